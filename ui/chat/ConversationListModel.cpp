#include "ConversationListModel.h"

#include "ChatText.h"
#include "chat/ChatService.h"

namespace teahouse::ui {

using chat::Conversation;

namespace {

bool before(const Conversation &a, const Conversation &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    return a.lastActivity > b.lastActivity;
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ConversationListModel::setService(chat::ChatService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &chat::ChatService::conversationChanged, this,
                &ConversationListModel::refresh);
        connect(service, &chat::ChatService::conversationRemoved, this,
                &ConversationListModel::remove);
    }
    reload();
}

void ConversationListModel::reload()
{
    const int before = count();
    beginResetModel();
    m_items = m_service ? m_service->conversations() : QList<Conversation>();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

void ConversationListModel::setCurrentJid(const QString &jid)
{
    if (jid == m_current)
        return;
    const int oldRow = rowOf(m_current);
    m_current = jid;
    if (oldRow >= 0)
        Q_EMIT dataChanged(index(oldRow), index(oldRow), {CurrentRole});
    const int newRow = rowOf(jid);
    if (newRow >= 0)
        Q_EMIT dataChanged(index(newRow), index(newRow), {CurrentRole});
    Q_EMIT currentJidChanged();
}

void ConversationListModel::setGroupAvatarMembers(
    std::function<QVariantList(const QString &)> members)
{
    m_groupAvatarMembers = std::move(members);
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {AvatarMembersRole});
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        {JidRole, "jid"},
        {NameRole, "name"},
        {IsGroupRole, "isGroup"},
        {AvatarSourceRole, "avatarSource"},
        {PreviewRole, "preview"},
        {TimeTextRole, "timeText"},
        {UnreadCountRole, "unreadCount"},
        {PinnedRole, "pinned"},
        {MutedRole, "muted"},
        {DraftRole, "draft"},
        {MentionUnreadRole, "mentionUnread"},
        {CurrentRole, "current"},
        {AvatarMembersRole, "avatarMembers"},
    };
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_items.at(index.row());
    switch (role) {
    case JidRole:
        return c.jid;
    case NameRole:
        return c.name.isEmpty() ? c.jid.section(u'@', 0, 0) : c.name;
    case IsGroupRole:
        return c.isGroup();
    case AvatarSourceRole:
        return c.avatarId.isEmpty() ? QString() : QStringLiteral("image://chatmedia/") + c.avatarId;
    case PreviewRole:
        return c.isGroup() && !c.lastSenderName.isEmpty() && !c.lastMessagePreview.isEmpty()
                   ? c.lastSenderName + QStringLiteral(": ") + c.lastMessagePreview
                   : c.lastMessagePreview;
    case TimeTextRole:
        return chattext::listTime(c.lastActivity, QDateTime::currentDateTime());
    case UnreadCountRole:
        return c.unreadCount;
    case PinnedRole:
        return c.pinned;
    case MutedRole:
        return c.muted;
    case DraftRole:
        return c.draft;
    case MentionUnreadRole:
        return c.mentionUnread;
    case CurrentRole:
        return c.jid == m_current;
    case AvatarMembersRole:
        return c.isGroup() && c.avatarId.isEmpty() && m_groupAvatarMembers
                   ? m_groupAvatarMembers(c.jid)
                   : QVariantList();
    default:
        return {};
    }
}

int ConversationListModel::rowOf(const QString &jid) const
{
    if (jid.isEmpty())
        return -1;
    for (int i = 0; i < count(); ++i) {
        if (m_items.at(i).jid == jid)
            return i;
    }
    return -1;
}

bool ConversationListModel::isPinned(const QString &jid) const
{
    const int row = rowOf(jid);
    return row >= 0 && m_items.at(row).pinned;
}

bool ConversationListModel::isMuted(const QString &jid) const
{
    const int row = rowOf(jid);
    return row >= 0 && m_items.at(row).muted;
}

std::optional<Conversation> ConversationListModel::at(int row) const
{
    if (row < 0 || row >= count())
        return std::nullopt;
    return m_items.at(row);
}

int ConversationListModel::insertPosition(const Conversation &c, int skipRow) const
{
    int position = 0;
    for (int i = 0; i < count(); ++i) {
        if (i == skipRow)
            continue;
        if (before(m_items.at(i), c))
            ++position;
    }
    return position;
}

void ConversationListModel::refresh(const QString &jid)
{
    if (!m_service)
        return;
    const std::optional<Conversation> fresh = m_service->conversation(jid);
    if (!fresh) {
        remove(jid);
        return;
    }
    const int row = rowOf(jid);
    if (row < 0) {
        const int at = insertPosition(*fresh, -1);
        beginInsertRows({}, at, at);
        m_items.insert(at, *fresh);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    const int target = insertPosition(*fresh, row); // position among the others
    m_items[row] = *fresh;
    if (target != row) {
        // beginMoveRows counts the destination before the move.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_items.move(row, target);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(target), index(target));
}

void ConversationListModel::remove(const QString &jid)
{
    const int row = rowOf(jid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

} // namespace teahouse::ui
