#include "chat/MessageStore.h"

#include "base/Logging.h"
#include "chat/MatchRanges.h"
#include "storage/Database.h"
#include "storage/FtsText.h"

#include <QCryptographicHash>
#include <QStringList>
#include <algorithm>
#include <utility>

namespace teahouse::chat {

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.conversation, m.sender_jid, m.sender_name, m.body, m.ts, m.received_at, "
    "m.direction, m.state, m.kind, m.origin_id, m.stanza_id, m.message_id, m.edited, "
    "m.recalled, m.mentions_me, m.mentions, m.reply_to_id, m.reply_to_sender, "
    "m.reply_to_preview, m.att_name, m.att_mime, m.att_size, m.att_media, m.att_thumb, "
    "m.att_url, m.att_width, m.att_height, m.att_state, m.card_kind, m.card_xml");

QString encodeMentions(const QList<Mention> &mentions)
{
    QStringList parts;
    for (const Mention &m : mentions)
        parts.append(QStringLiteral("%1:%2:%3").arg(m.start).arg(m.length).arg(m.jid));
    return parts.join(u'\n');
}

QList<Mention> decodeMentions(const QString &text)
{
    QList<Mention> out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList p = line.split(u':');
        if (p.size() < 3)
            continue;
        Mention m;
        m.start = p.at(0).toInt();
        m.length = p.at(1).toInt();
        m.jid = p.mid(2).join(u':');
        out.append(m);
    }
    return out;
}

ChatMessage readRow(const storage::Statement &s)
{
    ChatMessage m;
    int c = 0;
    m.id = s.columnInt64(c++);
    m.conversation = s.columnText(c++);
    m.senderJid = s.columnText(c++);
    m.senderName = s.columnText(c++);
    m.body = s.columnText(c++);
    m.timestamp = QDateTime::fromMSecsSinceEpoch(s.columnInt64(c++));
    m.receivedAt = QDateTime::fromMSecsSinceEpoch(s.columnInt64(c++));
    m.direction = static_cast<ChatMessage::Direction>(s.columnInt(c++));
    m.state = static_cast<ChatMessage::State>(s.columnInt(c++));
    m.kind = static_cast<ChatMessage::Kind>(s.columnInt(c++));
    m.originId = s.columnText(c++);
    m.stanzaId = s.columnText(c++);
    m.messageId = s.columnText(c++);
    m.edited = s.columnInt(c++) != 0;
    m.recalled = s.columnInt(c++) != 0;
    m.mentionsMe = s.columnInt(c++) != 0;
    m.mentions = decodeMentions(s.columnText(c++));
    m.replyToId = s.columnInt64(c++);
    m.replyToSender = s.columnText(c++);
    m.replyToPreview = s.columnText(c++);
    m.attachment.name = s.columnText(c++);
    m.attachment.mimeType = s.columnText(c++);
    m.attachment.size = s.columnInt64(c++);
    m.attachment.mediaId = s.columnText(c++);
    m.attachment.thumbnailId = s.columnText(c++);
    m.attachment.url = s.columnText(c++);
    m.attachment.width = s.columnInt(c++);
    m.attachment.height = s.columnInt(c++);
    m.attachment.transferState = static_cast<Attachment::TransferState>(s.columnInt(c++));
    m.attachment.progress = m.attachment.transferState == Attachment::TransferState::Done ? 1 : 0;
    m.cardKind = s.columnText(c++);
    m.cardXml = s.columnText(c++);
    return m;
}

QString ftsBody(const ChatMessage &m)
{
    QString text = m.body;
    if (m.hasAttachment() && !m.attachment.name.isEmpty())
        text += u' ' + m.attachment.name;
    return storage::cjkBigramTokens(text);
}

} // namespace

MessageStore::~MessageStore()
{
    if (!m_pendingIndex.isEmpty())
        qCWarning(lcStorage) << "chat: search rows dropped, an index batch was never flushed";
}

MessageStore::IndexBatch::IndexBatch(MessageStore &store)
    : m_store(&store)
{
    ++m_store->m_batchDepth;
}

MessageStore::IndexBatch::~IndexBatch()
{
    if (--m_store->m_batchDepth == 0) {
        if (Status st = m_store->flushSearchIndex(); !st.ok())
            qCWarning(lcStorage) << "chat: search index batch failed:" << st.error().message;
    }
}

QString MessageStore::conversationToken(const QString &conversation)
{
    // Letters and digits only, so FTS4's simple tokenizer keeps it as one token; the "chat"
    // column is never searched by what the user types (queries name the body column).
    return QStringLiteral("c") +
           QString::fromLatin1(
               QCryptographicHash::hash(conversation.toUtf8(), QCryptographicHash::Sha1)
                   .toHex()
                   .left(20));
}

Status MessageStore::flushSearchIndex() const
{
    if (m_pendingIndex.isEmpty())
        return {};
    QList<PendingIndex> rows = std::exchange(m_pendingIndex, {});
    std::sort(rows.begin(), rows.end(),
              [](const PendingIndex &a, const PendingIndex &b) { return a.docid < b.docid; });
    auto f = m_db->prepare(
        QStringLiteral("INSERT INTO chat_search (docid, body, chat) VALUES (?, ?, ?)"));
    if (!f.ok())
        return f.error();
    for (const PendingIndex &row : std::as_const(rows)) {
        f->bind(1, row.docid).bind(2, row.body).bind(3, row.chat);
        if (Status st = f->execute(); !st.ok())
            return st;
    }
    return {};
}

Result<qint64> MessageStore::freeSearchKey(qint64 wanted) const
{
    // Sort keys are unique within a conversation but two archives can give the same one; the
    // next lower free number keeps the search order (newest first) all but unchanged.
    auto s = m_db->prepare(QStringLiteral("SELECT 1 FROM chat_messages WHERE search_key = ?"));
    if (!s.ok())
        return s.error();
    for (qint64 key = wanted;; --key) {
        s->bind(1, key);
        auto row = s->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return key;
        if (Status st = s->reset(); !st.ok())
            return st.error();
    }
}

qint64 MessageStore::searchKeyOf(qint64 id) const
{
    return keyOf(id, "search_key");
}

qint64 MessageStore::keyOf(qint64 id, const char *column) const
{
    auto s = m_db->prepare(
        QStringLiteral("SELECT %1 FROM chat_messages WHERE id = ?").arg(QLatin1StringView(column)));
    if (!s.ok())
        return 0;
    s->bind(1, id);
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt64(0) : 0;
}

Result<qint64> MessageStore::insert(const ChatMessage &m, qint64 sortKey, bool markable,
                                    const QString &replyToWire)
{
    auto tx = m_db->transaction();
    if (!tx.ok())
        return tx.error();
    auto s = m_db->prepare(QStringLiteral(
        "INSERT INTO chat_messages (conversation, sort_key, sender_jid, sender_name, body, ts, "
        "received_at, direction, state, kind, origin_id, stanza_id, message_id, edited, "
        "recalled, mentions_me, mentions, markable, reply_to_id, reply_to_wire, "
        "reply_to_sender, reply_to_preview, att_name, att_mime, att_size, att_media, "
        "att_thumb, att_url, att_width, att_height, att_state, card_kind, card_xml, search_key) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!s.ok())
        return s.error();
    auto searchKey = freeSearchKey(sortKey);
    if (!searchKey.ok())
        return searchKey.error();
    int i = 1;
    s->bind(i++, m.conversation)
        .bind(i++, sortKey)
        .bind(i++, m.senderJid)
        .bind(i++, m.senderName)
        .bind(i++, m.body)
        .bind(i++, m.timestamp.toMSecsSinceEpoch())
        .bind(i++, (m.receivedAt.isValid() ? m.receivedAt : QDateTime::currentDateTimeUtc())
                       .toMSecsSinceEpoch())
        .bind(i++, static_cast<int>(m.direction))
        .bind(i++, static_cast<int>(m.state))
        .bind(i++, static_cast<int>(m.kind))
        .bind(i++, m.originId)
        .bind(i++, m.stanzaId)
        .bind(i++, m.messageId)
        .bind(i++, m.edited ? 1 : 0)
        .bind(i++, m.recalled ? 1 : 0)
        .bind(i++, m.mentionsMe ? 1 : 0)
        .bind(i++, encodeMentions(m.mentions))
        .bind(i++, markable ? 1 : 0)
        .bind(i++, m.replyToId)
        .bind(i++, replyToWire)
        .bind(i++, m.replyToSender)
        .bind(i++, m.replyToPreview)
        .bind(i++, m.attachment.name)
        .bind(i++, m.attachment.mimeType)
        .bind(i++, m.attachment.size)
        .bind(i++, m.attachment.mediaId)
        .bind(i++, m.attachment.thumbnailId)
        .bind(i++, m.attachment.url)
        .bind(i++, m.attachment.width)
        .bind(i++, m.attachment.height)
        .bind(i++, static_cast<int>(m.attachment.transferState))
        .bind(i++, m.cardKind)
        .bind(i++, m.cardXml)
        .bind(i++, searchKey.value());
    if (Status st = s->execute(); !st.ok())
        return st.error();
    const qint64 id = m_db->lastInsertRowId();
    if (!m.recalled) {
        PendingIndex row{searchKey.value(), ftsBody(m), conversationToken(m.conversation)};
        if (m_batchDepth > 0) {
            m_pendingIndex.append(std::move(row));
        } else {
            auto f = m_db->prepare(
                QStringLiteral("INSERT INTO chat_search (docid, body, chat) VALUES (?, ?, ?)"));
            if (!f.ok())
                return f.error();
            f->bind(1, row.docid).bind(2, row.body).bind(3, row.chat);
            if (Status st = f->execute(); !st.ok())
                return st.error();
        }
    }
    if (Status st = tx->commit(); !st.ok())
        return st.error();
    return id;
}

QList<ChatMessage> MessageStore::query(const QString &where, const QString &conversation,
                                       qint64 key, int limit) const
{
    QList<ChatMessage> out;
    auto s = m_db->prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM chat_messages m WHERE ") + where);
    if (!s.ok()) {
        qCWarning(lcStorage) << "chat query failed:" << s.error().message;
        return out;
    }
    s->bind(1, conversation).bind(2, key).bind(3, limit);
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        out.append(readRow(*s));
    }
    return out;
}

std::optional<ChatMessage> MessageStore::find(qint64 id) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM chat_messages m WHERE m.id = ?"));
    if (!s.ok())
        return std::nullopt;
    s->bind(1, id);
    auto row = s->step();
    if (!row.ok() || !row.value())
        return std::nullopt;
    return readRow(*s);
}

namespace {
qint64 scalar(storage::Database *db, const QString &sql, const QString &a, const QString &b)
{
    auto s = db->prepare(sql);
    if (!s.ok())
        return 0;
    s->bind(1, a).bind(2, b);
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt64(0) : 0;
}
} // namespace

qint64 MessageStore::findByOriginId(const QString &conversation, const QString &originId) const
{
    if (originId.isEmpty())
        return 0;
    return scalar(m_db,
                  QStringLiteral("SELECT id FROM chat_messages WHERE conversation = ? AND "
                                 "origin_id = ? AND origin_id != '' LIMIT 1"),
                  conversation, originId);
}

qint64 MessageStore::findByStanzaId(const QString &conversation, const QString &stanzaId) const
{
    if (stanzaId.isEmpty())
        return 0;
    return scalar(m_db,
                  QStringLiteral("SELECT id FROM chat_messages WHERE conversation = ? AND "
                                 "stanza_id = ? AND stanza_id != '' LIMIT 1"),
                  conversation, stanzaId);
}

qint64 MessageStore::findByMessageId(const QString &conversation, const QString &messageId) const
{
    if (messageId.isEmpty())
        return 0;
    return scalar(m_db,
                  QStringLiteral("SELECT id FROM chat_messages WHERE conversation = ? AND "
                                 "message_id = ? AND message_id != '' LIMIT 1"),
                  conversation, messageId);
}

qint64 MessageStore::findByWireIds(const QString &conversation, const QString &originId,
                                   const QString &stanzaId, const QString &messageId) const
{
    if (qint64 id = findByStanzaId(conversation, stanzaId))
        return id;
    if (qint64 id = findByOriginId(conversation, originId))
        return id;
    return findByMessageId(conversation, messageId);
}

qint64 MessageStore::sortKeyOf(qint64 id) const
{
    return keyOf(id, "sort_key");
}

Status MessageStore::setSortKey(qint64 id, qint64 sortKey)
{
    auto s = m_db->prepare(QStringLiteral("UPDATE chat_messages SET sort_key = ? WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, sortKey).bind(2, id);
    return s->execute();
}

qint64 MessageStore::maxSortKey() const
{
    auto s = m_db->prepare(QStringLiteral("SELECT MAX(sort_key) FROM chat_messages"));
    if (!s.ok())
        return 0;
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt64(0) : 0;
}

MessagePage MessageStore::newest(const QString &conversation, int limit) const
{
    MessagePage p;
    p.messages = query(QStringLiteral("m.conversation = ?1 AND m.sort_key < ?2 ORDER BY "
                                      "m.sort_key DESC LIMIT ?3"),
                       conversation, std::numeric_limits<qint64>::max(), limit + 1);
    p.hasMoreBefore = p.messages.size() > limit;
    if (p.hasMoreBefore)
        p.messages.removeLast();
    std::reverse(p.messages.begin(), p.messages.end());
    return p;
}

MessagePage MessageStore::before(const QString &conversation, qint64 id, int limit) const
{
    MessagePage p;
    const qint64 key = sortKeyOf(id);
    p.messages = query(QStringLiteral("m.conversation = ?1 AND m.sort_key < ?2 ORDER BY "
                                      "m.sort_key DESC LIMIT ?3"),
                       conversation, key, limit + 1);
    p.hasMoreBefore = p.messages.size() > limit;
    if (p.hasMoreBefore)
        p.messages.removeLast();
    std::reverse(p.messages.begin(), p.messages.end());
    p.hasMoreAfter = true;
    return p;
}

MessagePage MessageStore::after(const QString &conversation, qint64 id, int limit) const
{
    MessagePage p;
    const qint64 key = sortKeyOf(id);
    p.messages = query(QStringLiteral("m.conversation = ?1 AND m.sort_key > ?2 ORDER BY "
                                      "m.sort_key ASC LIMIT ?3"),
                       conversation, key, limit + 1);
    p.hasMoreAfter = p.messages.size() > limit;
    if (p.hasMoreAfter)
        p.messages.removeLast();
    p.hasMoreBefore = true;
    return p;
}

MessagePage MessageStore::around(const QString &conversation, qint64 id, int limit) const
{
    const qint64 key = sortKeyOf(id);
    const int half = std::max(1, limit / 2);
    MessagePage older = before(conversation, id, half);
    QList<ChatMessage> atAndAfter =
        query(QStringLiteral("m.conversation = ?1 AND m.sort_key >= ?2 ORDER BY m.sort_key ASC "
                             "LIMIT ?3"),
              conversation, key, half + 1);
    MessagePage p;
    p.messages = older.messages;
    p.hasMoreBefore = older.hasMoreBefore;
    p.hasMoreAfter = atAndAfter.size() > half;
    if (p.hasMoreAfter)
        atAndAfter.removeLast();
    p.messages.append(atAndAfter);
    return p;
}

std::optional<ChatMessage> MessageStore::oldest(const QString &conversation) const
{
    const auto list = query(QStringLiteral("m.conversation = ?1 AND m.sort_key > ?2 ORDER BY "
                                           "m.sort_key ASC LIMIT ?3"),
                            conversation, std::numeric_limits<qint64>::min(), 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<ChatMessage> MessageStore::newestMessage(const QString &conversation) const
{
    const auto list = query(QStringLiteral("m.conversation = ?1 AND m.sort_key < ?2 ORDER BY "
                                           "m.sort_key DESC LIMIT ?3"),
                            conversation, std::numeric_limits<qint64>::max(), 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<ChatMessage> MessageStore::newestIncoming(const QString &conversation,
                                                        bool markableOnly) const
{
    const QString where =
        QStringLiteral("m.conversation = ?1 AND m.direction = ?2 %1 ORDER BY m.sort_key DESC "
                       "LIMIT ?3")
            .arg(markableOnly ? QStringLiteral("AND m.markable = 1") : QString());
    const auto list =
        query(where, conversation, static_cast<qint64>(ChatMessage::Direction::Incoming), 1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

qint64 MessageStore::count(const QString &conversation) const
{
    auto s = m_db->prepare(
        conversation.isEmpty()
            ? QStringLiteral("SELECT COUNT(*) FROM chat_messages")
            : QStringLiteral("SELECT COUNT(*) FROM chat_messages WHERE conversation = ?"));
    if (!s.ok())
        return 0;
    if (!conversation.isEmpty())
        s->bind(1, conversation);
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt64(0) : 0;
}

Status MessageStore::setState(qint64 id, ChatMessage::State state)
{
    auto s = m_db->prepare(QStringLiteral("UPDATE chat_messages SET state = ? WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, static_cast<int>(state)).bind(2, id);
    return s->execute();
}

QList<qint64> MessageStore::markReadUpTo(const QString &conversation, qint64 id)
{
    QList<qint64> ids;
    const qint64 key = sortKeyOf(id);
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id FROM chat_messages WHERE conversation = ? AND sort_key <= ? AND direction = ? "
        "AND state IN (?, ?, ?) ORDER BY sort_key DESC LIMIT 500"));
    if (!s.ok())
        return ids;
    s->bind(1, conversation)
        .bind(2, key)
        .bind(3, static_cast<int>(ChatMessage::Direction::Outgoing))
        .bind(4, static_cast<int>(ChatMessage::State::Sent))
        .bind(5, static_cast<int>(ChatMessage::State::Acked))
        .bind(6, static_cast<int>(ChatMessage::State::Delivered));
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        ids.append(s->columnInt64(0));
    }
    for (qint64 m : ids)
        (void)setState(m, ChatMessage::State::Read);
    return ids;
}

Status MessageStore::setStanzaId(qint64 id, const QString &stanzaId)
{
    auto s = m_db->prepare(QStringLiteral("UPDATE chat_messages SET stanza_id = ? WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, stanzaId).bind(2, id);
    return s->execute();
}

Status MessageStore::setAttachment(qint64 id, const Attachment &a)
{
    auto s = m_db->prepare(QStringLiteral(
        "UPDATE chat_messages SET att_name = ?, att_mime = ?, att_size = ?, att_media = ?, "
        "att_thumb = ?, att_url = ?, att_width = ?, att_height = ?, att_state = ? WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, a.name)
        .bind(2, a.mimeType)
        .bind(3, a.size)
        .bind(4, a.mediaId)
        .bind(5, a.thumbnailId)
        .bind(6, a.url)
        .bind(7, a.width)
        .bind(8, a.height)
        .bind(9, static_cast<int>(a.transferState))
        .bind(10, id);
    return s->execute();
}

Status MessageStore::setRecalled(qint64 id)
{
    auto tx = m_db->transaction();
    if (!tx.ok())
        return tx.error();
    auto s = m_db->prepare(
        QStringLiteral("UPDATE chat_messages SET recalled = 1, kind = ?, body = '', card_xml = '', "
                       "att_url = '' WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, static_cast<int>(ChatMessage::Kind::Recalled)).bind(2, id);
    if (Status st = s->execute(); !st.ok())
        return st;
    if (Status st = flushSearchIndex(); !st.ok())
        return st;
    auto f = m_db->prepare(QStringLiteral("DELETE FROM chat_search WHERE docid = ?"));
    if (!f.ok())
        return f.error();
    f->bind(1, searchKeyOf(id));
    if (Status st = f->execute(); !st.ok())
        return st;
    return tx->commit();
}

Status MessageStore::setBody(qint64 id, const QString &body)
{
    auto tx = m_db->transaction();
    if (!tx.ok())
        return tx.error();
    auto s =
        m_db->prepare(QStringLiteral("UPDATE chat_messages SET body = ?, edited = 1 WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, body).bind(2, id);
    if (Status st = s->execute(); !st.ok())
        return st;
    if (Status st = flushSearchIndex(); !st.ok())
        return st;
    auto f = m_db->prepare(QStringLiteral("UPDATE chat_search SET body = ? WHERE docid = ?"));
    if (!f.ok())
        return f.error();
    f->bind(1, storage::cjkBigramTokens(body)).bind(2, searchKeyOf(id));
    if (Status st = f->execute(); !st.ok())
        return st;
    return tx->commit();
}

Status MessageStore::remove(qint64 id)
{
    auto tx = m_db->transaction();
    if (!tx.ok())
        return tx.error();
    if (Status st = flushSearchIndex(); !st.ok())
        return st;
    const qint64 docid = searchKeyOf(id);
    for (const QString &sql : {QStringLiteral("DELETE FROM chat_search WHERE docid = ?"),
                               QStringLiteral("DELETE FROM chat_messages WHERE id = ?")}) {
        auto s = m_db->prepare(sql);
        if (!s.ok())
            return s.error();
        s->bind(1, sql.contains(u"chat_search") ? docid : id);
        if (Status st = s->execute(); !st.ok())
            return st;
    }
    return tx->commit();
}

Status MessageStore::removeConversation(const QString &conversation)
{
    auto tx = m_db->transaction();
    if (!tx.ok())
        return tx.error();
    if (Status st = flushSearchIndex(); !st.ok())
        return st;
    auto f = m_db->prepare(QStringLiteral(
        "DELETE FROM chat_search WHERE docid IN (SELECT search_key FROM chat_messages WHERE "
        "conversation = ?)"));
    if (!f.ok())
        return f.error();
    f->bind(1, conversation);
    if (Status st = f->execute(); !st.ok())
        return st;
    auto s = m_db->prepare(QStringLiteral("DELETE FROM chat_messages WHERE conversation = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, conversation);
    if (Status st = s->execute(); !st.ok())
        return st;
    return tx->commit();
}

namespace {

// At most this many rows of the leading word are checked one by one before the search falls
// back to FTS4's own evaluation of the whole query.
constexpr int kMaxCandidates = 500;

// One term of an ftsMatchQuery expression: a phrase of tokens, or a prefix.
struct MatchTerm
{
    QStringList tokens;
    bool prefix = false;
};

// The terms of an ftsMatchQuery result ("quoted phrases" and prefix* terms, ANDed); empty if
// it holds anything else.
QList<MatchTerm> parseMatch(const QString &match)
{
    QList<MatchTerm> out;
    qsizetype i = 0;
    while (i < match.size()) {
        if (match.at(i) == u' ') {
            ++i;
        } else if (match.at(i) == u'"') {
            const qsizetype end = match.indexOf(u'"', i + 1);
            if (end < 0)
                return {};
            out.append({match.mid(i + 1, end - i - 1).split(u' ', Qt::SkipEmptyParts), false});
            i = end + 1;
        } else {
            qsizetype end = match.indexOf(u' ', i);
            if (end < 0)
                end = match.size();
            QString term = match.mid(i, end - i);
            if (!term.endsWith(u'*'))
                return {};
            term.chop(1);
            out.append({{term}, true});
            i = end;
        }
    }
    return out;
}

// Whether indexed text (tokens separated by single spaces, as cjkBigramTokens writes it)
// holds every term, as FTS4 would decide it.
bool holdsAll(const QString &indexed, const QList<MatchTerm> &terms)
{
    const QStringList tokens = indexed.split(u' ', Qt::SkipEmptyParts);
    for (const MatchTerm &term : terms) {
        bool found = false;
        const qsizetype n = term.tokens.size();
        for (qsizetype i = 0; !found && i < tokens.size(); ++i) {
            if (term.prefix) {
                found = tokens.at(i).startsWith(term.tokens.first());
                continue;
            }
            if (i + n > tokens.size())
                break;
            found = true;
            for (qsizetype k = 0; found && k < n; ++k)
                found = tokens.at(i + k) == term.tokens.at(k);
        }
        if (!found && n > 0)
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<qint64>> MessageStore::searchByLeadingToken(const QString &match,
                                                                int limit) const
{
    // FTS4 reads a lone token's doclist incrementally, newest first, but a query of several
    // tokens makes it load whole doclists (for 100,000 matches of a common word, 60-140 ms).
    // So the newest rows holding the longest token are read and the rest is checked here.
    const QList<MatchTerm> terms = parseMatch(match);
    QString leading;
    for (const MatchTerm &term : terms) {
        for (const QString &token : term.tokens) {
            if (!term.prefix && token.size() > leading.size())
                leading = token;
        }
    }
    if (leading.isEmpty())
        return std::nullopt;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT docid, body FROM chat_search WHERE body MATCH ? ORDER BY docid DESC"));
    if (!s.ok())
        return std::nullopt;
    s->bind(1, QLatin1Char('"') + leading + QLatin1Char('"'));
    QList<qint64> docids;
    for (int examined = 0; docids.size() < limit; ++examined) {
        auto row = s->step();
        if (!row.ok())
            return std::nullopt;
        if (!row.value())
            return docids; // every row with the token was checked
        if (examined == kMaxCandidates)
            return std::nullopt;
        if (holdsAll(s->columnText(1), terms))
            docids.append(s->columnInt64(0));
    }
    return docids;
}

QList<SearchHit> MessageStore::search(const QString &text, const QString &conversation,
                                      int limit) const
{
    QList<SearchHit> hits;
    QString match = storage::ftsMatchQuery(text);
    if (match.isEmpty())
        return hits;
    if (Status st = flushSearchIndex(); !st.ok())
        qCWarning(lcStorage) << "chat search index flush failed:" << st.error().message;
    // FTS4 walks the matches newest first (docid = search key, index stored descending) and
    // the LIMIT stops it: the cost follows `limit`, not how common the words are. Only the
    // hits' message rows are read, each by the unique search-key index.
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(", c.name FROM chat_search f CROSS JOIN chat_messages m ON "
                                 "m.search_key = f.docid LEFT JOIN chat_conversations c ON "
                                 "c.jid = m.conversation WHERE ");
    const bool several = match.contains(u' ') || match.endsWith(u'*');
    const std::optional<QList<qint64>> found =
        conversation.isEmpty() && several ? searchByLeadingToken(match, limit) : std::nullopt;
    if (found && found->isEmpty())
        return hits;
    if (found) {
        QStringList keys;
        for (qint64 docid : *found)
            keys.append(QString::number(docid));
        sql += QStringLiteral("f.docid IN (%1) ").arg(keys.join(u','));
    } else {
        sql += QStringLiteral("f.body MATCH ?1 ");
        if (!conversation.isEmpty()) {
            match += QStringLiteral(" chat:") + conversationToken(conversation);
            sql += QStringLiteral("AND m.conversation = ?3 ");
        }
    }
    sql += QStringLiteral("ORDER BY f.docid DESC LIMIT ?2");
    auto s = m_db->prepare(sql);
    if (!s.ok()) {
        qCWarning(lcStorage) << "chat search failed:" << s.error().message;
        return hits;
    }
    if (!found)
        s->bind(1, match);
    s->bind(2, limit);
    if (!found && !conversation.isEmpty())
        s->bind(3, conversation);
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        SearchHit hit;
        hit.message = readRow(*s);
        hit.conversationName = s->columnText(s->columnCount() - 1);
        hit.ranges = MatchRanges::find(hit.message.body, text);
        hits.append(hit);
    }
    return hits;
}

} // namespace teahouse::chat
