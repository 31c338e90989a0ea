#include "ArticleListModel.h"

#include <QLocale>

namespace teahouse::ui {

void ArticleListModel::setArticles(const QList<articles::Article> &articles,
                                   const QHash<QString, QString> &accountTitles)
{
    beginResetModel();
    m_rows = articles;
    m_titles = accountTitles;
    endResetModel();
    Q_EMIT countChanged();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case ArticleIdRole:
        return a.id;
    case SummaryRole:
        return a.summary;
    case AccountIdRole:
        return a.accountId;
    case AccountTitleRole:
        return m_titles.value(a.accountId);
    case DateRole:
        return QLocale().toString(a.published.toLocalTime().date(), QLocale::ShortFormat);
    case ReadRole:
        return a.read;
    case LikedRole:
        return a.liked;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    return {{ArticleIdRole, "articleId"}, {TitleRole, "title"},
            {SummaryRole, "summary"},     {AccountIdRole, "accountId"},
            {AccountTitleRole, "accountTitle"}, {DateRole, "date"},
            {ReadRole, "read"},           {LikedRole, "liked"}};
}

} // namespace teahouse::ui
