#include "AccountsModel.h"

namespace teahouse::ui {

AccountsModel::AccountsModel(bool followedOnly, QObject *parent)
    : QAbstractListModel(parent)
    , m_followedOnly(followedOnly)
{}

void AccountsModel::setAccounts(const QList<articles::OfficialAccount> &accounts)
{
    m_all = accounts;
    rebuild();
}

void AccountsModel::setFilter(const QString &text)
{
    if (m_filter == text)
        return;
    m_filter = text;
    rebuild();
}

void AccountsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const QString needle = m_filter.trimmed();
    for (const auto &a : m_all) {
        if (m_followedOnly && !a.followed)
            continue;
        if (!needle.isEmpty() && !a.title.contains(needle, Qt::CaseInsensitive) &&
            !a.description.contains(needle, Qt::CaseInsensitive))
            continue;
        m_rows.append(a);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.title.isEmpty() ? a.node : a.title;
    case AccountIdRole:
        return a.id;
    case DescriptionRole:
        return a.description;
    case AvatarRole:
        return a.avatar;
    case FollowedRole:
        return a.followed;
    case UnreadRole:
        return a.unread;
    case ArticleCountRole:
        return a.articleCount;
    case IsFeedRole:
        return a.kind == articles::OfficialAccount::Kind::Feed;
    case AvatarSourceRole:
        return m_avatarLookup ? m_avatarLookup(a) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    return {{AccountIdRole, "accountId"},       {TitleRole, "title"},
            {DescriptionRole, "description"},   {AvatarRole, "avatar"},
            {FollowedRole, "followed"},         {UnreadRole, "unread"},
            {ArticleCountRole, "articleCount"}, {IsFeedRole, "isFeed"},
            {AvatarSourceRole, "avatarSource"}};
}

} // namespace teahouse::ui
