#include "ShareTargetsModel.h"

#include <QSet>

namespace teahouse::ui {

ShareTargetsModel::ShareTargetsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ShareTargetsModel::setSources(QAbstractItemModel *conversations, QAbstractItemModel *contacts)
{
    for (QAbstractItemModel *old : {m_conversations.data(), m_contacts.data()}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_conversations = conversations;
    m_contacts = contacts;
    watch(conversations);
    watch(contacts);
    reload();
}

void ShareTargetsModel::watch(QAbstractItemModel *model)
{
    if (!model)
        return;
    // The chat's lists change as messages arrive; the picker is short-lived, so reading them
    // again on each change is simpler than mirroring row moves.
    connect(model, &QAbstractItemModel::modelReset, this, &ShareTargetsModel::reload);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ShareTargetsModel::reload);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ShareTargetsModel::reload);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ShareTargetsModel::reload);
    connect(model, &QAbstractItemModel::dataChanged, this, &ShareTargetsModel::reload);
    connect(model, &QObject::destroyed, this, &ShareTargetsModel::reload, Qt::QueuedConnection);
}

void ShareTargetsModel::setFilter(const QString &text)
{
    if (m_filter == text)
        return;
    m_filter = text;
    reload();
    Q_EMIT filterChanged();
}

void ShareTargetsModel::read(QAbstractItemModel *model, const QString &kind,
                             QList<Target> &out) const
{
    if (!model)
        return;
    const QHash<int, QByteArray> names = model->roleNames();
    const int jidRole = names.key("jid", -1);
    const int nameRole = names.key("name", -1);
    const int groupRole = names.key("isGroup", -1);
    const int avatarRole = names.key("avatarSource", -1);
    if (jidRole < 0)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        Target t;
        t.jid = model->data(index, jidRole).toString();
        t.name = nameRole >= 0 ? model->data(index, nameRole).toString() : QString();
        if (t.name.isEmpty())
            t.name = t.jid;
        t.isGroup = groupRole >= 0 && model->data(index, groupRole).toBool();
        t.avatarSource = avatarRole >= 0 ? model->data(index, avatarRole).toString() : QString();
        t.kind = kind;
        if (!t.jid.isEmpty())
            out.append(t);
    }
}

void ShareTargetsModel::reload()
{
    QList<Target> all;
    read(m_conversations, QStringLiteral("chats"), all);
    read(m_contacts, QStringLiteral("contacts"), all);
    QList<Target> rows;
    QSet<QString> seen;
    const QString needle = m_filter.trimmed();
    for (const Target &t : std::as_const(all)) {
        // A contact with a conversation is listed once, with the chats.
        if (seen.contains(t.jid))
            continue;
        seen.insert(t.jid);
        if (!needle.isEmpty() && !t.name.contains(needle, Qt::CaseInsensitive) &&
            !t.jid.contains(needle, Qt::CaseInsensitive))
            continue;
        rows.append(t);
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int ShareTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ShareTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Target &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case JidRole:
        return t.jid;
    case IsGroupRole:
        return t.isGroup;
    case AvatarSourceRole:
        return t.avatarSource;
    case KindRole:
        return t.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> ShareTargetsModel::roleNames() const
{
    return {{JidRole, "jid"},
            {NameRole, "name"},
            {IsGroupRole, "isGroup"},
            {AvatarSourceRole, "avatarSource"},
            {KindRole, "kind"}};
}

} // namespace teahouse::ui
