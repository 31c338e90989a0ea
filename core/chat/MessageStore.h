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

// The chat_messages table and its FTS4 index chat_search (bodies as storage::cjkBigramTokens,
// so Chinese is found by any two-character word): insert, find by wire ids (duplicate
// detection), pages by sort key, updates of state/attachment/recall, search.
// Search is served by FTS4 alone: each message's FTS docid is its search_key, a unique number
// that follows the sort key (time), and the index is stored newest first (order=DESC), so
// "the newest N matches" stops after N rows instead of collecting every match; a second FTS
// column holds a token per conversation, so a search in one chat is an FTS intersection too.
class MessageStore
{
public:
    explicit MessageStore(storage::Database &db)
        : m_db(&db)
    {}
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    // While one is alive, inserts queue their FTS rows and write them at the end in ascending
    // docid order. FTS4 flushes its pending terms into a new segment whenever a docid is not
    // above the previous one, and a catch-up inserts newest first (descending keys): without
    // this every archived message would become its own index segment. Create it inside the
    // transaction that stores the messages; searches and FTS changes flush it first.
    class IndexBatch
    {
    public:
        explicit IndexBatch(MessageStore &store);
        ~IndexBatch();
        IndexBatch(const IndexBatch &) = delete;
        IndexBatch &operator=(const IndexBatch &) = delete;

    private:
        MessageStore *m_store;
    };

    // The FTS4 token that marks a conversation's rows in chat_search's "chat" column.
    [[nodiscard]] static QString conversationToken(const QString &conversation);

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
    // Moves a message within its conversation (the archive placed it elsewhere). Its search key
    // stays: search order follows time to the second either way.
    [[nodiscard]] Status setSortKey(qint64 id, qint64 sortKey);
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

    // Writes the queued FTS rows (see IndexBatch).
    Status flushSearchIndex() const;

private:
    struct PendingIndex
    {
        qint64 docid = 0;
        QString body;
        QString chat;
    };
    // `wanted`, or the nearest lower number no message uses as its search key.
    [[nodiscard]] Result<qint64> freeSearchKey(qint64 wanted) const;
    [[nodiscard]] qint64 searchKeyOf(qint64 id) const;
    // The docids of the newest `limit` rows matching `match` (an ftsMatchQuery of several
    // tokens), found by walking its longest token's rows; nullopt if that takes too long.
    [[nodiscard]] std::optional<QList<qint64>> searchByLeadingToken(const QString &match,
                                                                    int limit) const;
    // An integer column of one message (0 if there is no such message).
    [[nodiscard]] qint64 keyOf(qint64 id, const char *column) const;

    [[nodiscard]] MessagePage page(const QString &sql, const QString &conversation, qint64 key,
                                   int limit, bool reverse) const;
    [[nodiscard]] QList<ChatMessage> query(const QString &where, const QString &conversation,
                                           qint64 key, int limit) const;

    storage::Database *m_db;
    int m_batchDepth = 0;
    mutable QList<PendingIndex> m_pendingIndex;
};

} // namespace teahouse::chat
