#pragma once

#include "base/Result.h"
#include "chat/Conversation.h"

#include <QList>
#include <QString>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::chat {

class MessageStore;

// The chat_conversations table: one row per contact or group, with the list's state (pinned,
// muted, draft, unread, mention flag) and, for groups, our nick and whether to rejoin.
class ConversationStore
{
public:
    explicit ConversationStore(storage::Database &db)
        : m_db(&db)
    {}

    // Pinned first, then newest activity first.
    [[nodiscard]] QList<Conversation> all() const;
    [[nodiscard]] std::optional<Conversation> find(const QString &jid) const;
    // Creates the row if missing (name used only then); returns whether it was created.
    [[nodiscard]] Result<bool> ensure(const QString &jid, Conversation::Kind kind,
                                      const QString &name);
    Status setName(const QString &jid, const QString &name);
    Status setFlag(const QString &jid, const QString &column, int value);
    Status setText(const QString &jid, const QString &column, const QString &value);
    // The newest message changed: keeps last_message_id/last_activity, adds to unread.
    Status touch(const QString &jid, qint64 messageId, qint64 activityMs, int addUnread,
                 bool mention);
    Status clearUnread(const QString &jid);
    Status remove(const QString &jid);
    [[nodiscard]] int totalUnread() const;
    [[nodiscard]] QString text(const QString &jid, const QString &column) const;
    [[nodiscard]] int flag(const QString &jid, const QString &column) const;
    // Groups to rejoin at each session.
    [[nodiscard]] QList<std::pair<QString, QString>> joinedGroups() const; // jid, nick

    // Attaches a message store to fill lastMessagePreview (optional).
    void setMessages(const MessageStore *messages) { m_messages = messages; }

private:
    [[nodiscard]] QList<Conversation> select(const QString &where, const QString &arg) const;

    storage::Database *m_db;
    const MessageStore *m_messages = nullptr;
};

} // namespace teahouse::chat
