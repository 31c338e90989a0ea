#include "chat/ChatSchema.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

namespace teahouse::chat {

Status ChatSchema::apply(storage::Database &db)
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
    m.addSql(QStringLiteral(
        "CREATE INDEX chat_messages_search ON chat_messages (id, sort_key, conversation);"));
    return m.apply(db);
}

} // namespace teahouse::chat
