#pragma once

#include "base/Result.h"
#include "chat/ChatMessage.h"
#include "chat/MessagePage.h"
#include "chat/SearchHit.h"

#include <QList>
#include <QString>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::chat {

// The chat_messages table and its FTS4 index (bodies as storage::cjkBigramTokens, so Chinese
// is found by any two-character word): insert, find by wire ids (duplicate detection), pages
// by sort key, updates of state/attachment/recall, search.
class MessageStore
{
public:
    explicit MessageStore(storage::Database &db)
        : m_db(&db)
    {}

    // Inserts (message.id ignored) with this sort key; returns the new id.
    [[nodiscard]] Result<qint64> insert(const ChatMessage &message, qint64 sortKey,
                                        bool markable = false, const QString &replyToWire = {});
    [[nodiscard]] std::optional<ChatMessage> find(qint64 id) const;
    // A message of the conversation with this origin-id, stanza-id or id attribute (any
    // non-empty one given); 0 if none.
    [[nodiscard]] qint64 findByWireIds(const QString &conversation, const QString &originId,
                                       const QString &stanzaId, const QString &messageId) const;
    [[nodiscard]] qint64 findByOriginId(const QString &conversation, const QString &originId) const;
    [[nodiscard]] qint64 findByStanzaId(const QString &conversation, const QString &stanzaId) const;
    [[nodiscard]] qint64 findByMessageId(const QString &conversation,
                                         const QString &messageId) const;
    [[nodiscard]] qint64 sortKeyOf(qint64 id) const;
    [[nodiscard]] qint64 maxSortKey() const;

    [[nodiscard]] MessagePage newest(const QString &conversation, int limit) const;
    [[nodiscard]] MessagePage before(const QString &conversation, qint64 id, int limit) const;
    [[nodiscard]] MessagePage after(const QString &conversation, qint64 id, int limit) const;
    [[nodiscard]] MessagePage around(const QString &conversation, qint64 id, int limit) const;
    // The oldest message of a conversation (nullopt if empty).
    [[nodiscard]] std::optional<ChatMessage> oldest(const QString &conversation) const;
    [[nodiscard]] std::optional<ChatMessage> newestMessage(const QString &conversation) const;
    // Newest incoming message (for read markers).
    [[nodiscard]] std::optional<ChatMessage> newestIncoming(const QString &conversation,
                                                            bool markableOnly) const;
    [[nodiscard]] qint64 count(const QString &conversation = {}) const;

    Status setState(qint64 id, ChatMessage::State state);
    // Outgoing messages of the conversation up to and including `id` that are not Read yet
    // become Read (a displayed marker covers everything before it); returns the ids changed.
    [[nodiscard]] QList<qint64> markReadUpTo(const QString &conversation, qint64 id);
    Status setStanzaId(qint64 id, const QString &stanzaId);
    Status setAttachment(qint64 id, const Attachment &attachment);
    Status setRecalled(qint64 id);
    Status setBody(qint64 id, const QString &body);
    Status removeConversation(const QString &conversation);
    Status remove(qint64 id);

    [[nodiscard]] QList<SearchHit> search(const QString &query, const QString &conversation,
                                          int limit) const;

private:
    [[nodiscard]] MessagePage page(const QString &sql, const QString &conversation, qint64 key,
                                   int limit, bool reverse) const;
    [[nodiscard]] QList<ChatMessage> query(const QString &where, const QString &conversation,
                                           qint64 key, int limit) const;

    storage::Database *m_db;
};

} // namespace teahouse::chat
