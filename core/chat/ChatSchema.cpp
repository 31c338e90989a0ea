#include "chat/ChatSchema.h"

#include "chat/MessageStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QList>
#include <QStringList>
#include <limits>
#include <utility>

namespace teahouse::chat {

namespace {

// Steps through the rows of `sql`, calling `read` for each.
template<typename Read> Status forEachRow(storage::Database &db, const QString &sql, Read read)
{
    auto s = db.prepare(sql);
    if (!s.ok())
        return s.error();
    while (true) {
        auto row = s->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return {};
        read(*s);
    }
}

Status run(storage::Database &db, const QString &sql, const QString &a = {}, const QString &b = {})
{
    auto s = db.prepare(sql);
    if (!s.ok())
        return s.error();
    if (!a.isNull())
        s->bind(1, a);
    if (!b.isNull())
        s->bind(2, b);
    return s->execute();
}

// Version 3: search by FTS4 docid order. Every message gets a unique search_key following its
// sort key (ties broken downwards, so the order is kept), and the index moves to chat_search,
// keyed by it, stored newest first, with a conversation token column. The old index's rows
// are copied (they already hold the bigram text), conversation by conversation, so each
// conversation's rows go in with ascending docids (FTS4 writes a segment per descent).
Status searchByDocidOrder(storage::Database &db)
{
    if (Status st = db.exec(QStringLiteral(
            "ALTER TABLE chat_messages ADD COLUMN search_key INTEGER NOT NULL DEFAULT 0;"));
        !st.ok())
        return st;
    QList<std::pair<qint64, qint64>> keys; // id, search key
    qint64 previous = std::numeric_limits<qint64>::max();
    if (Status st = forEachRow(db,
                               QStringLiteral("SELECT id, sort_key FROM chat_messages ORDER BY "
                                              "sort_key DESC, id DESC"),
                               [&](const storage::Statement &s) {
                                   const qint64 key = std::min(s.columnInt64(1), previous - 1);
                                   keys.append({s.columnInt64(0), key});
                                   previous = key;
                               });
        !st.ok())
        return st;
    {
        auto u = db.prepare(QStringLiteral("UPDATE chat_messages SET search_key = ? WHERE id = ?"));
        if (!u.ok())
            return u.error();
        for (const auto &[id, key] : std::as_const(keys)) {
            u->bind(1, key).bind(2, id);
            if (Status st = u->execute(); !st.ok())
                return st;
        }
    }
    if (Status st = db.exec(QStringLiteral(
            "CREATE UNIQUE INDEX chat_messages_search_key ON chat_messages (search_key);"
            "DROP INDEX chat_messages_search;"
            "CREATE VIRTUAL TABLE chat_search USING fts4 (body, chat, tokenize=simple, "
            "order=DESC);"));
        !st.ok())
        return st;
    QStringList conversations;
    if (Status st =
            forEachRow(db, QStringLiteral("SELECT DISTINCT conversation FROM chat_messages"),
                       [&](const storage::Statement &s) { conversations.append(s.columnText(0)); });
        !st.ok())
        return st;
    for (const QString &conversation : std::as_const(conversations)) {
        if (Status st = run(db,
                            QStringLiteral("INSERT INTO chat_search (docid, body, chat) SELECT "
                                           "m.search_key, f.body, ?1 FROM chat_messages m JOIN "
                                           "chat_messages_fts f ON f.docid = m.id WHERE "
                                           "m.conversation = ?2 ORDER BY m.search_key"),
                            MessageStore::conversationToken(conversation), conversation);
            !st.ok())
            return st;
    }
    return db.exec(QStringLiteral("DROP TABLE chat_messages_fts;"));
}

} // namespace

Status ChatSchema::apply(storage::Database &db)
{
    return applyUpTo(db, std::numeric_limits<int>::max());
}

Status ChatSchema::applyUpTo(storage::Database &db, int version)
{
    storage::Migrations m(QStringLiteral("chat"));
    // Version 1. sort_key orders a conversation's history: archive order for catch-up (which
    // arrives newest first, with second-resolution stamps) and arrival order for live messages.
    m.addSql(QStringLiteral(R"(
CREATE TABLE chat_conversations (
    jid TEXT PRIMARY KEY NOT NULL,
    kind INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    avatar_id TEXT NOT NULL DEFAULT '',
    pinned INTEGER NOT NULL DEFAULT 0,
    muted INTEGER NOT NULL DEFAULT 0,
    draft TEXT NOT NULL DEFAULT '',
    unread INTEGER NOT NULL DEFAULT 0,
    mention_unread INTEGER NOT NULL DEFAULT 0,
    last_message_id INTEGER NOT NULL DEFAULT 0,
    last_activity INTEGER NOT NULL DEFAULT 0,
    nick TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    joined INTEGER NOT NULL DEFAULT 0,
    history_complete INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE chat_messages (
    id INTEGER PRIMARY KEY,
    conversation TEXT NOT NULL,
    sort_key INTEGER NOT NULL,
    sender_jid TEXT NOT NULL DEFAULT '',
    sender_name TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    ts INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    state INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    origin_id TEXT NOT NULL DEFAULT '',
    stanza_id TEXT NOT NULL DEFAULT '',
    message_id TEXT NOT NULL DEFAULT '',
    edited INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0,
    mentions_me INTEGER NOT NULL DEFAULT 0,
    mentions TEXT NOT NULL DEFAULT '',
    markable INTEGER NOT NULL DEFAULT 0,
    reply_to_id INTEGER NOT NULL DEFAULT 0,
    reply_to_wire TEXT NOT NULL DEFAULT '',
    reply_to_sender TEXT NOT NULL DEFAULT '',
    reply_to_preview TEXT NOT NULL DEFAULT '',
    att_name TEXT NOT NULL DEFAULT '',
    att_mime TEXT NOT NULL DEFAULT '',
    att_size INTEGER NOT NULL DEFAULT 0,
    att_media TEXT NOT NULL DEFAULT '',
    att_thumb TEXT NOT NULL DEFAULT '',
    att_url TEXT NOT NULL DEFAULT '',
    att_width INTEGER NOT NULL DEFAULT 0,
    att_height INTEGER NOT NULL DEFAULT 0,
    att_state INTEGER NOT NULL DEFAULT 0,
    card_kind TEXT NOT NULL DEFAULT '',
    card_xml TEXT NOT NULL DEFAULT ''
);
CREATE INDEX chat_messages_order ON chat_messages (conversation, sort_key);
CREATE INDEX chat_messages_origin ON chat_messages (conversation, origin_id) WHERE origin_id != '';
CREATE INDEX chat_messages_stanza ON chat_messages (conversation, stanza_id) WHERE stanza_id != '';
CREATE INDEX chat_messages_wire ON chat_messages (conversation, message_id) WHERE message_id != '';
CREATE VIRTUAL TABLE chat_messages_fts USING fts4 (body, tokenize=simple);
CREATE TABLE chat_outbox (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL DEFAULT 0,
    stanza_id TEXT NOT NULL,
    stanza TEXT NOT NULL,
    created INTEGER NOT NULL
);
CREATE INDEX chat_outbox_stanza ON chat_outbox (stanza_id);
CREATE TABLE chat_sync (
    archive TEXT PRIMARY KEY NOT NULL,
    last_id TEXT NOT NULL DEFAULT '',
    last_ts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE chat_gaps (
    id INTEGER PRIMARY KEY,
    archive TEXT NOT NULL,
    conversation TEXT NOT NULL DEFAULT '',
    before_id TEXT NOT NULL,
    after_id TEXT NOT NULL DEFAULT '',
    sort_key INTEGER NOT NULL
);
)"));
    // Version 2. Search ranks every FTS match by sort_key: this narrow covering index gives
    // sort_key (and the conversation) per message id without reading the wide message rows.
    if (version >= 2)
        m.addSql(QStringLiteral(
            "CREATE INDEX chat_messages_search ON chat_messages (id, sort_key, conversation);"));
    if (version >= 3)
        m.add(searchByDocidOrder);
    return m.apply(db);
}

} // namespace teahouse::chat
