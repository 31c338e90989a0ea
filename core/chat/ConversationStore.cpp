#include "chat/ConversationStore.h"

#include "chat/MessagePreview.h"
#include "chat/MessageStore.h"
#include "storage/Database.h"

namespace teahouse::chat {

namespace {
const QString kColumns = QStringLiteral(
    "jid, kind, name, avatar_id, pinned, muted, draft, unread, mention_unread, last_message_id, "
    "last_activity");

bool allowedColumn(const QString &column)
{
    static const QStringList allowed{
        QStringLiteral("pinned"),  QStringLiteral("muted"),    QStringLiteral("joined"),
        QStringLiteral("draft"),   QStringLiteral("nick"),     QStringLiteral("topic"),
        QStringLiteral("avatar_id"), QStringLiteral("history_complete"), QStringLiteral("name"),
        QStringLiteral("kind")};
    return allowed.contains(column);
}
} // namespace

QList<Conversation> ConversationStore::select(const QString &where, const QString &arg) const
{
    QList<Conversation> out;
    auto s = m_db->prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM chat_conversations ") + where);
    if (!s.ok())
        return out;
    if (!arg.isNull())
        s->bind(1, arg);
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        Conversation c;
        int i = 0;
        c.jid = s->columnText(i++);
        c.kind = static_cast<Conversation::Kind>(s->columnInt(i++));
        c.name = s->columnText(i++);
        c.avatarId = s->columnText(i++);
        c.pinned = s->columnInt(i++) != 0;
        c.muted = s->columnInt(i++) != 0;
        c.draft = s->columnText(i++);
        c.unreadCount = s->columnInt(i++);
        c.mentionUnread = s->columnInt(i++) != 0;
        const qint64 lastId = s->columnInt64(i++);
        const qint64 activity = s->columnInt64(i++);
        if (activity > 0)
            c.lastActivity = QDateTime::fromMSecsSinceEpoch(activity);
        if (m_messages && lastId > 0) {
            if (auto m = m_messages->find(lastId)) {
                c.lastMessagePreview = MessagePreview::of(*m);
                if (c.isGroup() && m->kind != ChatMessage::Kind::Recalled)
                    c.lastSenderName = m->senderName;
            }
        }
        if (c.name.isEmpty())
            c.name = c.jid.section(u'@', 0, 0);
        out.append(c);
    }
    return out;
}

QList<Conversation> ConversationStore::all() const
{
    return select(QStringLiteral("ORDER BY pinned DESC, last_activity DESC, jid"), QString());
}

std::optional<Conversation> ConversationStore::find(const QString &jid) const
{
    const auto list = select(QStringLiteral("WHERE jid = ?"), jid);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

Result<bool> ConversationStore::ensure(const QString &jid, Conversation::Kind kind,
                                       const QString &name)
{
    auto s = m_db->prepare(QStringLiteral(
        "INSERT OR IGNORE INTO chat_conversations (jid, kind, name) VALUES (?, ?, ?)"));
    if (!s.ok())
        return s.error();
    s->bind(1, jid).bind(2, static_cast<int>(kind)).bind(3, name);
    if (Status st = s->execute(); !st.ok())
        return st.error();
    return m_db->changes() > 0;
}

Status ConversationStore::setName(const QString &jid, const QString &name)
{
    return setText(jid, QStringLiteral("name"), name);
}

Status ConversationStore::setFlag(const QString &jid, const QString &column, int value)
{
    if (!allowedColumn(column))
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("unknown column"));
    auto s = m_db->prepare(QStringLiteral("UPDATE chat_conversations SET %1 = ? WHERE jid = ?")
                               .arg(column));
    if (!s.ok())
        return s.error();
    s->bind(1, value).bind(2, jid);
    return s->execute();
}

Status ConversationStore::setText(const QString &jid, const QString &column, const QString &value)
{
    if (!allowedColumn(column))
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("unknown column"));
    auto s = m_db->prepare(QStringLiteral("UPDATE chat_conversations SET %1 = ? WHERE jid = ?")
                               .arg(column));
    if (!s.ok())
        return s.error();
    s->bind(1, value).bind(2, jid);
    return s->execute();
}

Status ConversationStore::touch(const QString &jid, qint64 messageId, qint64 activityMs,
                                int addUnread, bool mention)
{
    auto s = m_db->prepare(QStringLiteral(
        "UPDATE chat_conversations SET last_message_id = ?, last_activity = MAX(last_activity, ?), "
        "unread = unread + ?, mention_unread = MAX(mention_unread, ?) WHERE jid = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, messageId).bind(2, activityMs).bind(3, addUnread).bind(4, mention ? 1 : 0).bind(5, jid);
    return s->execute();
}

Status ConversationStore::clearUnread(const QString &jid)
{
    auto s = m_db->prepare(QStringLiteral(
        "UPDATE chat_conversations SET unread = 0, mention_unread = 0 WHERE jid = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, jid);
    return s->execute();
}

Status ConversationStore::remove(const QString &jid)
{
    auto s = m_db->prepare(QStringLiteral("DELETE FROM chat_conversations WHERE jid = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, jid);
    return s->execute();
}

int ConversationStore::totalUnread() const
{
    auto s = m_db->prepare(QStringLiteral(
        "SELECT COALESCE(SUM(unread), 0) FROM chat_conversations WHERE muted = 0"));
    if (!s.ok())
        return 0;
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt(0) : 0;
}

QString ConversationStore::text(const QString &jid, const QString &column) const
{
    if (!allowedColumn(column))
        return {};
    auto s = m_db->prepare(
        QStringLiteral("SELECT %1 FROM chat_conversations WHERE jid = ?").arg(column));
    if (!s.ok())
        return {};
    s->bind(1, jid);
    auto row = s->step();
    return row.ok() && row.value() ? s->columnText(0) : QString();
}

int ConversationStore::flag(const QString &jid, const QString &column) const
{
    if (!allowedColumn(column))
        return 0;
    auto s = m_db->prepare(
        QStringLiteral("SELECT %1 FROM chat_conversations WHERE jid = ?").arg(column));
    if (!s.ok())
        return 0;
    s->bind(1, jid);
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt(0) : 0;
}

QList<std::pair<QString, QString>> ConversationStore::joinedGroups() const
{
    QList<std::pair<QString, QString>> out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT jid, nick FROM chat_conversations WHERE kind = 1 AND joined = 1"));
    if (!s.ok())
        return out;
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        out.append({s->columnText(0), s->columnText(1)});
    }
    return out;
}

} // namespace teahouse::chat
