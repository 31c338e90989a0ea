#include "FakeChannel.h"
#include "StorageTestUtils.h"
#include "chat/ChatSchema.h"
#include "chat/ChatService.h"
#include "chat/ConversationStore.h"
#include "chat/MatchRanges.h"
#include "chat/MessageStore.h"
#include "chat/OutboxStore.h"
#include "storage/Database.h"
#include "storage/FtsText.h"
#include "xmpp/IqTracker.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::chat;
using teahouse::test::FakeChannel;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kRomeo = QStringLiteral("romeo@montague.lit");
}

class TestChatService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    storage::Database m_db;
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<xmpp::IqTracker> m_iq;
    std::unique_ptr<ChatService> m_chat;

    void openDb()
    {
        auto db =
            storage::Database::open(m_dir->filePath(QStringLiteral("t.db")), test::fixedKey(7));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }
    void makeService()
    {
        m_chat = std::make_unique<ChatService>(Jid::parse(u"juliet@capulet.lit"), m_db,
                                               m_dir->filePath(QStringLiteral("media")));
        QVERIFY2(m_chat->isReady(), qPrintable(m_chat->errorMessage()));
    }
    // Answers the session-start requests (carbons, bookmarks, MAM catch-up) with empty results.
    void drainSessionStart()
    {
        while (m_channel->pendingCount() > 0) {
            const xmpp::Element s = m_channel->takeSent();
            if (s.name() != u"iq")
                continue;
            if (s.hasChild(u"query", u"urn:xmpp:mam:2")) {
                m_channel->inject(QStringLiteral("<iq type='result' id='%1'><fin "
                                                 "xmlns='urn:xmpp:mam:2' complete='true'/></iq>")
                                      .arg(s.attribute(u"id"))
                                      .toUtf8());
            } else {
                m_channel->inject(
                    QStringLiteral("<iq type='result' id='%1'/>").arg(s.attribute(u"id")).toUtf8());
            }
        }
    }
    // The last MAM query sent (null if none); other requests get empty results.
    xmpp::Element takeMamQuery()
    {
        xmpp::Element query;
        while (m_channel->pendingCount() > 0) {
            const auto s = m_channel->takeSent();
            if (s.hasChild(u"query", u"urn:xmpp:mam:2"))
                query = s;
            else if (s.name() == u"iq")
                m_channel->inject(
                    QStringLiteral("<iq type='result' id='%1'/>").arg(s.attribute(u"id")).toUtf8());
        }
        return query;
    }
    // Online on the channel: the sign-in's history catch-up query (null if none was sent).
    xmpp::Element startAndTakeMamQuery()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        return takeMamQuery();
    }
    // Romeo's message `body` arriving live, with the archive id the server gave it.
    void injectLive(const QString &body, const QString &archiveId)
    {
        m_channel->inject(QStringLiteral("<message from='romeo@montague.lit/home' "
                                         "to='juliet@capulet.lit/balcony' type='chat' id='w-%1'>"
                                         "<body>%1</body><stanza-id xmlns='urn:xmpp:sid:0' "
                                         "by='juliet@capulet.lit' id='%2'/></message>")
                              .arg(body, archiveId)
                              .toUtf8());
    }
    // The same message as a result of the MAM query with this queryid.
    void injectArchived(const QString &queryId, const QString &body, const QString &archiveId,
                        const QString &stamp)
    {
        m_channel->inject(
            QStringLiteral(
                "<message to='juliet@capulet.lit/balcony'><result xmlns='urn:xmpp:mam:2' "
                "queryid='%1' id='%2'><forwarded xmlns='urn:xmpp:forward:0'><delay "
                "xmlns='urn:xmpp:delay' stamp='%3'/><message from='romeo@montague.lit/home' "
                "to='juliet@capulet.lit' type='chat' id='w-%4'><body>%4</body></message>"
                "</forwarded></result></message>")
                .arg(queryId, archiveId, stamp, body)
                .toUtf8());
    }
    // The end of a MAM query's answer: the whole archive.
    void injectMamEnd(const xmpp::Element &query, const QString &first, const QString &last)
    {
        m_channel->inject(
            QStringLiteral("<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                           "complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
                           "<first>%2</first><last>%3</last></set></fin></iq>")
                .arg(query.attribute(u"id"), first, last)
                .toUtf8());
    }
    [[nodiscard]] QStringList romeoBodies() const
    {
        QStringList bodies;
        for (const ChatMessage &m : m_chat->newestMessages(kRomeo).messages)
            bodies << m.body;
        return bodies;
    }
    QList<xmpp::Element> sentMessages()
    {
        QList<xmpp::Element> out;
        while (m_channel->pendingCount() > 0) {
            const xmpp::Element s = m_channel->takeSent();
            if (s.name() == u"message")
                out.append(s);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        openDb();
        m_channel = std::make_unique<FakeChannel>();
        m_iq = std::make_unique<xmpp::IqTracker>(m_channel.get());
        makeService();
    }
    void cleanup()
    {
        m_chat.reset();
        m_iq.reset();
        m_channel.reset();
        m_db.close();
        m_dir.reset();
    }

    void matchRanges()
    {
        const auto r = MatchRanges::find(QStringLiteral("我们明天去医院, Hospital hospital"),
                                         QStringLiteral("医院 hospital"));
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).start, 5);
        QCOMPARE(r.at(0).length, 2);
        QCOMPARE(r.at(1).start, 9);
        QCOMPARE(r.at(2).length, 8);
        // Overlaps merge.
        const auto m = MatchRanges::find(QStringLiteral("abcdef"), QStringLiteral("abc cde"));
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().length, 5);
    }

    void storesPagesAndSearch()
    {
        MessageStore messages(m_db);
        ConversationStore conversations(m_db);
        conversations.setMessages(&messages);
        QVERIFY(conversations.ensure(kRomeo, Conversation::Kind::Direct, QStringLiteral("Romeo"))
                    .value());
        QVERIFY(
            !conversations.ensure(kRomeo, Conversation::Kind::Direct, QStringLiteral("x")).value());
        QList<qint64> ids;
        for (int i = 0; i < 100; ++i) {
            ChatMessage m;
            m.conversation = kRomeo;
            m.senderJid = kRomeo;
            m.body =
                i == 42 ? QStringLiteral("我们明天去医院") : QStringLiteral("message %1").arg(i);
            m.timestamp = QDateTime::fromMSecsSinceEpoch(1700000000000 + i * 1000);
            // Inserted out of order: the sort key decides.
            auto id = messages.insert(m, (i % 2 ? 1000 + i : 1000 + i));
            QVERIFY(id.ok());
            ids.append(id.value());
        }
        const MessagePage newest = messages.newest(kRomeo, 30);
        QCOMPARE(newest.messages.size(), 30);
        QVERIFY(newest.hasMoreBefore);
        QCOMPARE(newest.messages.last().body, QStringLiteral("message 99"));
        QCOMPARE(newest.messages.first().body, QStringLiteral("message 70"));
        const MessagePage before = messages.before(kRomeo, newest.messages.first().id, 50);
        QCOMPARE(before.messages.size(), 50);
        QCOMPARE(before.messages.last().body, QStringLiteral("message 69"));
        const MessagePage last = messages.before(kRomeo, before.messages.first().id, 50);
        QCOMPARE(last.messages.size(), 20);
        QVERIFY(!last.hasMoreBefore);
        const MessagePage around = messages.around(kRomeo, ids.at(42), 10);
        QCOMPARE(around.messages.size(), 10);
        QCOMPARE(around.messages.at(5).id, ids.at(42));

        // CJK bigrams: a two-character word inside a sentence is found.
        const auto hits = messages.search(QStringLiteral("医院"), {}, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().message.id, ids.at(42));
        QCOMPARE(hits.first().conversationName, QStringLiteral("Romeo"));
        QCOMPARE(hits.first().ranges.size(), 1);
        QCOMPARE(hits.first().ranges.first().start, 5);
        QCOMPARE(messages.search(QStringLiteral("message 7"), kRomeo, 100).size(), 1);
        QCOMPARE(messages.search(QStringLiteral("医院"), QStringLiteral("x@y"), 10).size(), 0);
        QVERIFY(messages.setRecalled(ids.at(42)).ok());
        QCOMPARE(messages.search(QStringLiteral("医院"), {}, 10).size(), 0);
    }

    // Search is answered by FTS4 docid order (docid = search key, following the sort key):
    // newest first across chats, within one chat, with colliding sort keys, with rows stored
    // newest first in an index batch (as a catch-up stores them), and after recall/removal.
    void searchNewestFirst()
    {
        MessageStore messages(m_db);
        ConversationStore conversations(m_db);
        const QStringList chats = {kRomeo, QStringLiteral("nurse@capulet.lit"),
                                   QStringLiteral("room@muc.capulet.lit")};
        for (const QString &c : chats)
            QVERIFY(
                conversations.ensure(c, Conversation::Kind::Direct, c.section(u'@', 0, 0)).ok());
        QHash<qint64, qint64> keyOf; // message id -> sort key
        {
            auto tx = m_db.transaction();
            QVERIFY(tx.ok());
            std::optional<MessageStore::IndexBatch> batch(std::in_place, messages);
            // Newest first, every chat with the same keys (archives can collide).
            for (int i = 299; i >= 0; --i) {
                ChatMessage m;
                m.conversation = chats.at(i % 3);
                m.senderJid = m.conversation;
                m.body = QStringLiteral("我们明天去医院 visit %1").arg(i);
                m.timestamp = QDateTime::fromMSecsSinceEpoch(1700000000000 + i * 1000);
                auto id = messages.insert(m, 5000 + i / 3);
                QVERIFY(id.ok());
                keyOf.insert(id.value(), 5000 + i / 3);
            }
            // Still queued: a search flushes it first.
            const auto early = messages.search(QStringLiteral("visit 299"), {}, 5);
            QCOMPARE(early.size(), 1);
            batch.reset();
            QVERIFY(tx->commit().ok());
        }
        const auto hits = messages.search(QStringLiteral("医院"), {}, 20);
        QCOMPARE(hits.size(), 20);
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(keyOf.value(hits.at(i - 1).message.id) >= keyOf.value(hits.at(i).message.id));
        QCOMPARE(keyOf.value(hits.first().message.id), qint64(5000 + 99));
        QCOMPARE(hits.first().ranges.size(), 1);
        QCOMPARE(hits.first().ranges.first().start, 5);

        const auto nurse = messages.search(QStringLiteral("医院"), chats.at(1), 10);
        QCOMPARE(nurse.size(), 10);
        for (const SearchHit &h : nurse)
            QCOMPARE(h.message.conversation, chats.at(1));
        QCOMPARE(nurse.first().message.body, QStringLiteral("我们明天去医院 visit 298"));
        QCOMPARE(nurse.last().message.body, QStringLiteral("我们明天去医院 visit 271"));
        QCOMPARE(messages.search(QStringLiteral("visit 7"), chats.at(1), 10).size(), 1);
        QCOMPARE(messages.search(QStringLiteral("visit 7"), chats.at(0), 10).size(), 0);
        QCOMPARE(messages.search(QStringLiteral("医院"), {}, 1000).size(), 300);
        // The conversation token is never matched by what the user types.
        QCOMPARE(messages.search(MessageStore::conversationToken(kRomeo), {}, 10).size(), 0);

        QVERIFY(messages.setRecalled(nurse.first().message.id).ok());
        QCOMPARE(messages.search(QStringLiteral("visit 298"), {}, 10).size(), 0);
        QVERIFY(messages.setBody(nurse.last().message.id, QStringLiteral("changed words")).ok());
        QCOMPARE(messages.search(QStringLiteral("changed"), chats.at(1), 10).size(), 1);
        QVERIFY(messages.remove(nurse.last().message.id).ok());
        QCOMPARE(messages.search(QStringLiteral("changed"), {}, 10).size(), 0);
        QVERIFY(messages.removeConversation(chats.at(2)).ok());
        QCOMPARE(messages.search(QStringLiteral("医院"), chats.at(2), 10).size(), 0);
        // 300, less the recalled one, the changed-then-removed one and the room's 100.
        QCOMPARE(messages.search(QStringLiteral("医院"), {}, 1000).size(), 198);
    }

    // Queries of several words or a CJK phrase: the newest rows of the longest word are
    // checked one by one (phrases must stand in order), and past 500 of them FTS4 decides.
    void searchSeveralWords()
    {
        MessageStore messages(m_db);
        {
            auto tx = m_db.transaction();
            QVERIFY(tx.ok());
            std::optional<MessageStore::IndexBatch> batch(std::in_place, messages);
            for (int i = 0; i < 2100; ++i) {
                ChatMessage m;
                m.conversation = kRomeo;
                m.body = i == 0       ? QStringLiteral("common rare words")
                         : i == 1     ? QStringLiteral("医院明天 common")
                         : i % 2 == 0 ? QStringLiteral("common budget 我们明天去医院")
                                      : QStringLiteral("common budget report");
                m.timestamp = QDateTime::fromMSecsSinceEpoch(1700000000000 + i * 1000);
                QVERIFY(messages.insert(m, 10000 + i).ok());
            }
            batch.reset();
            QVERIFY(tx->commit().ok());
        }
        auto hits = messages.search(QStringLiteral("budget common"), {}, 50);
        QCOMPARE(hits.size(), 50);
        QCOMPARE(hits.first().message.timestamp.toMSecsSinceEpoch(), 1700000000000 + 2099 * 1000);
        hits = messages.search(QStringLiteral("明天去医院"), {}, 5000);
        QCOMPARE(hits.size(), 1049); // i even, from 2 to 2098: not "医院明天" (another order)
        hits = messages.search(QStringLiteral("医院明天"), {}, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().message.body, QStringLiteral("医院明天 common"));
        // The oldest row: beyond the 500 newest "common" rows, so FTS4 finds it.
        hits = messages.search(QStringLiteral("common rare"), {}, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().message.body, QStringLiteral("common rare words"));
        QCOMPARE(messages.search(QStringLiteral("budget rare"), {}, 10).size(), 0);
        QCOMPARE(messages.search(QStringLiteral("rep common"), {}, 10).size(), 0);
        QCOMPARE(messages.search(QStringLiteral("report 医"), {}, 10).size(), 0);
        QCOMPARE(messages.search(QStringLiteral("budget 医"), {}, 3000).size(), 1049);
    }

    // A profile from before the search redesign (chat schema version 2: FTS docid = message
    // id) is converted by the version 3 migration: same hits, newest first, per chat too.
    void migratesSearchIndex()
    {
        auto opened =
            storage::Database::open(m_dir->filePath(QStringLiteral("v2.db")), test::fixedKey(8));
        QVERIFY(opened.ok());
        storage::Database db = std::move(opened).value();
        QVERIFY(ChatSchema::applyUpTo(db, 2).ok());
        const QString nurse = QStringLiteral("nurse@capulet.lit");
        for (int i = 0; i < 40; ++i) {
            const QString conversation = i % 2 ? nurse : kRomeo;
            const QString body =
                i == 7 ? QStringLiteral("我们明天去医院") : QStringLiteral("old message %1").arg(i);
            // Inserted newest first with colliding keys, as v2 catch-ups did.
            const qint64 key = 9000 - i / 2;
            auto s = db.prepare(QStringLiteral(
                "INSERT INTO chat_messages (conversation, sort_key, body, ts, received_at, "
                "direction, state, kind) VALUES (?, ?, ?, ?, ?, 0, 0, 0)"));
            QVERIFY(s.ok());
            s->bind(1, conversation)
                .bind(2, key)
                .bind(3, body)
                .bind(4, qint64(i))
                .bind(5, qint64(i));
            QVERIFY(s->execute().ok());
            auto f = db.prepare(
                QStringLiteral("INSERT INTO chat_messages_fts (docid, body) VALUES (?, ?)"));
            QVERIFY(f.ok());
            f->bind(1, db.lastInsertRowId()).bind(2, storage::cjkBigramTokens(body));
            QVERIFY(f->execute().ok());
        }
        QVERIFY(ChatSchema::apply(db).ok());
        MessageStore messages(db);
        const auto all = messages.search(QStringLiteral("old message"), {}, 100);
        QCOMPARE(all.size(), 39);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(messages.sortKeyOf(all.at(i - 1).message.id) >=
                    messages.sortKeyOf(all.at(i).message.id));
        QVERIFY(all.first().message.body.endsWith(u" 0") ||
                all.first().message.body.endsWith(u" 1"));
        QVERIFY(all.last().message.body.endsWith(u" 38") ||
                all.last().message.body.endsWith(u" 39"));
        const auto hospital = messages.search(QStringLiteral("医院"), nurse, 10);
        QCOMPARE(hospital.size(), 1);
        QCOMPARE(hospital.first().ranges.first().start, 5);
        QCOMPARE(messages.search(QStringLiteral("医院"), kRomeo, 10).size(), 0);
        QCOMPARE(messages.search(QStringLiteral("message"), nurse, 100).size(), 19);
        // Keys stay unique and new messages land above the old ones.
        ChatMessage m;
        m.conversation = kRomeo;
        m.body = QStringLiteral("new message");
        m.timestamp = QDateTime::currentDateTimeUtc();
        QVERIFY(messages.insert(m, 9100).ok());
        const auto after = messages.search(QStringLiteral("message"), {}, 3);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.first().message.body, QStringLiteral("new message"));
        auto dup = db.prepare(
            QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT search_key) FROM chat_messages"));
        QVERIFY(dup.ok());
        QVERIFY(dup->step().value());
        QCOMPARE(dup->columnInt(0), 0);
    }

    void outboxStateMachine()
    {
        QSignalSpy added(m_chat.get(), &ChatService::messageAdded);
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        // Offline: stored and queued, nothing on the wire.
        auto id = m_chat->sendText(kRomeo, QStringLiteral("hello"));
        QVERIFY(id.ok());
        QCOMPARE(added.size(), 1);
        QCOMPARE(m_chat->message(id.value())->state, ChatMessage::State::Queued);
        QCOMPARE(m_channel->pendingCount(), 0);
        OutboxStore outbox(m_db);
        QCOMPARE(outbox.count(), 1);

        // Crash: a new service over the same database still has it and sends it once online.
        m_chat.reset();
        makeService();
        QSignalSpy changed(m_chat.get(), &ChatService::messageChanged);
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        const auto sent = sentMessages();
        QCOMPARE(sent.size(), 1);
        const xmpp::Element &stanza = sent.first();
        QCOMPARE(stanza.childText(u"body"), QStringLiteral("hello"));
        QCOMPARE(stanza.attribute(u"id"), stanza.firstChild(u"origin-id").attribute(u"id"));
        QVERIFY(stanza.hasChild(u"request", u"urn:xmpp:receipts"));
        QCOMPARE(m_chat->message(id.value())->state, ChatMessage::State::Sent);
        drainSessionStart();
        // A resumed session does not send it again (the stream resends unacked stanzas itself).
        m_channel->dropLink();
        m_channel->startSession(true);
        QCOMPARE(sentMessages().size(), 0);
        // The ack removes it from the outbox.
        Q_EMIT m_channel->stanzaAcked(stanza.attribute(u"id"));
        QCOMPARE(outbox.count(), 0);
        QCOMPARE(m_chat->message(id.value())->state, ChatMessage::State::Acked);
        // Receipt, then displayed marker.
        m_channel->inject(QStringLiteral("<message from='romeo@montague.lit/home' type='chat'>"
                                         "<received xmlns='urn:xmpp:receipts' id='%1'/></message>")
                              .arg(stanza.attribute(u"id"))
                              .toUtf8());
        QCOMPARE(m_chat->message(id.value())->state, ChatMessage::State::Delivered);
        m_channel->inject(
            QStringLiteral("<message from='romeo@montague.lit/home' type='chat'>"
                           "<displayed xmlns='urn:xmpp:chat-markers:0' id='%1'/></message>")
                .arg(stanza.attribute(u"id"))
                .toUtf8());
        QCOMPARE(m_chat->message(id.value())->state, ChatMessage::State::Read);
        QVERIFY(changed.size() >= 3);
        // A new session for good: nothing left to send.
        m_channel->endSession();
        m_channel->startSession(false);
        drainSessionStart();
        QCOMPARE(sentMessages().size(), 0);
    }

    void unackedResentInNewStreamAndDuplicatesDropped()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        drainSessionStart();
        auto id = m_chat->sendText(kRomeo, QStringLiteral("once"));
        QVERIFY(id.ok());
        const auto first = sentMessages();
        QCOMPARE(first.size(), 1);
        // The app builds a new stream after the link died for good: bound again, resent.
        auto channel2 = std::make_unique<FakeChannel>();
        xmpp::IqTracker iq2(channel2.get());
        m_chat->bindChannel(channel2.get(), &iq2);
        channel2->startSession();
        QList<xmpp::Element> again;
        while (channel2->pendingCount() > 0) {
            const auto s = channel2->takeSent();
            if (s.name() == u"message")
                again.append(s);
        }
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().attribute(u"id"), first.first().attribute(u"id"));
        m_chat->bindChannel(m_channel.get(), m_iq.get());

        // Incoming duplicates (same origin-id) are stored once.
        QSignalSpy added(m_chat.get(), &ChatService::messageAdded);
        QSignalSpy notify(m_chat.get(), &ChatService::incomingMessage);
        for (int i = 0; i < 3; ++i)
            m_channel->inject(
                "<message from='romeo@montague.lit/home' to='juliet@capulet.lit/balcony' "
                "type='chat' id='r1'><body>dup</body><origin-id xmlns='urn:xmpp:sid:0' "
                "id='o-r1'/><request xmlns='urn:xmpp:receipts'/></message>");
        QCOMPARE(added.size(), 1);
        QCOMPARE(notify.size(), 1);
        QCOMPARE(m_chat->newestMessages(kRomeo).messages.last().body, QStringLiteral("dup"));
        QCOMPARE(m_chat->conversation(kRomeo)->unreadCount, 1);
        // Receipt answered (for every copy: harmless, and the sender may have missed one).
        QList<xmpp::Element> receipts;
        for (const auto &s : sentMessages()) {
            if (s.hasChild(u"received", u"urn:xmpp:receipts"))
                receipts.append(s);
        }
        QVERIFY(!receipts.isEmpty());
        QCOMPARE(receipts.first().firstChild(u"received").attribute(u"id"), QStringLiteral("r1"));
    }

    void spoofedCarbonDropped()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        drainSessionStart();
        QSignalSpy added(m_chat.get(), &ChatService::messageAdded);
        m_channel->inject(
            "<message from='mallory@evil.lit' to='juliet@capulet.lit/balcony'>"
            "<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
            "<message from='romeo@montague.lit/home' to='juliet@capulet.lit' type='chat'>"
            "<body>forged</body></message></forwarded></received></message>");
        QCOMPARE(added.size(), 0);
        QVERIFY(!m_chat->conversation(kRomeo));
        // A real one (from our bare JID) is taken, as sent from our other device.
        m_channel->inject(
            "<message from='juliet@capulet.lit' to='juliet@capulet.lit/balcony'>"
            "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
            "<message from='juliet@capulet.lit/phone' to='romeo@montague.lit' type='chat'>"
            "<body>from phone</body></message></forwarded></sent></message>");
        QCOMPARE(added.size(), 1);
        const ChatMessage m = added.first().at(0).value<ChatMessage>();
        QVERIFY(m.isOutgoing());
        QCOMPARE(m.conversation, kRomeo);
    }

    void mamCatchUpNewestFirstKeepsOrder()
    {
        const xmpp::Element mamQuery = startAndTakeMamQuery();
        QVERIFY(!mamQuery.isNull());
        QVERIFY(mamQuery.firstChild(u"query").firstChild(u"set").hasChild(u"before"));
        const QString qid = mamQuery.firstChild(u"query").attribute(u"queryid");
        // 5 messages stamped in the same second: archive order must survive.
        for (int i = 0; i < 5; ++i) {
            m_channel->inject(
                QStringLiteral(
                    "<message to='juliet@capulet.lit/balcony'><result xmlns='urn:xmpp:mam:2' "
                    "queryid='%1' "
                    "id='arch-%2'><forwarded xmlns='urn:xmpp:forward:0'><delay "
                    "xmlns='urn:xmpp:delay' "
                    "stamp='2024-05-01T10:00:00Z'/><message from='romeo@montague.lit/home' "
                    "to='juliet@capulet.lit' type='chat'><body>m%2</body></message></forwarded>"
                    "</result></message>")
                    .arg(qid)
                    .arg(i)
                    .toUtf8());
        }
        // ... and a forged result from a contact.
        m_channel->inject(
            QStringLiteral(
                "<message from='romeo@montague.lit' to='juliet@capulet.lit/balcony'><result "
                "xmlns='urn:xmpp:mam:2' queryid='%1' id='evil'><forwarded "
                "xmlns='urn:xmpp:forward:0'>"
                "<message from='nurse@capulet.lit/x' to='juliet@capulet.lit' "
                "type='chat'><body>forged"
                "</body></message></forwarded></result></message>")
                .arg(qid)
                .toUtf8());
        m_channel->inject(
            QStringLiteral("<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                           "complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
                           "<first>arch-0</first><last>arch-4</last></set></fin></iq>")
                .arg(mamQuery.attribute(u"id"))
                .toUtf8());
        // Pages are stored in slices between event-loop turns.
        QTRY_VERIFY(!m_chat->isSyncing());
        const auto page = m_chat->newestMessages(kRomeo);
        QCOMPARE(page.messages.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(page.messages.at(i).body, QStringLiteral("m%1").arg(i));
        QVERIFY(!m_chat->conversation(QStringLiteral("nurse@capulet.lit")));
        // The same message arriving live with the archive's stanza-id is a duplicate.
        QSignalSpy added(m_chat.get(), &ChatService::messageAdded);
        m_channel->inject("<message from='romeo@montague.lit/home' to='juliet@capulet.lit/balcony' "
                          "type='chat'><body>m4</body><stanza-id xmlns='urn:xmpp:sid:0' "
                          "by='juliet@capulet.lit' id='arch-4'/></message>");
        QCOMPARE(added.size(), 0);
    }

    // The catch-up's answer overlaps what came live meanwhile, with archive stamps in whole
    // seconds (later than the live arrival times): every message is filed once, in the
    // archive's order, and a live message newer than the whole answer stays after it.
    void mamCatchUpOverlappingLiveKeepsArchiveOrder()
    {
        const xmpp::Element mamQuery = startAndTakeMamQuery();
        QVERIFY(!mamQuery.isNull());
        const QString qid = mamQuery.firstChild(u"query").attribute(u"queryid");
        // m2 and m3 arrive live before the answer, m4 (not in it) too.
        for (int i : {2, 3, 4})
            injectLive(QStringLiteral("m%1").arg(i), QStringLiteral("arch-%1").arg(i));
        // This second, whole: the archive's stamps sort after the live arrivals in it.
        QDateTime second = QDateTime::currentDateTimeUtc();
        second.setTime(QTime(second.time().hour(), second.time().minute(), second.time().second()));
        for (int i = 0; i < 4; ++i)
            injectArchived(qid, QStringLiteral("m%1").arg(i), QStringLiteral("arch-%1").arg(i),
                           second.toString(Qt::ISODate));
        injectMamEnd(mamQuery, u"arch-0"_s, u"arch-3"_s);
        QTRY_VERIFY(!m_chat->isSyncing());
        // m5 comes live after the catch-up.
        injectLive(u"m5"_s, u"arch-5"_s);
        QCOMPARE(romeoBodies(),
                 (QStringList{u"m0"_s, u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s, u"m5"_s}));
    }

    // A live copy that came out of the archive's order (after a newer message) is moved to its
    // archive place by the catch-up.
    void mamCatchUpMovesLiveCopyToArchivePlace()
    {
        const xmpp::Element mamQuery = startAndTakeMamQuery();
        QVERIFY(!mamQuery.isNull());
        const QString qid = mamQuery.firstChild(u"query").attribute(u"queryid");
        // Live: n1 then n0, though the archive holds n0 before n1.
        injectLive(u"n1"_s, u"a-n1"_s);
        injectLive(u"n0"_s, u"a-n0"_s);
        QCOMPARE(romeoBodies(), (QStringList{u"n1"_s, u"n0"_s}));
        for (int i = 0; i < 2; ++i)
            injectArchived(qid, QStringLiteral("n%1").arg(i), QStringLiteral("a-n%1").arg(i),
                           u"2024-05-01T10:00:00Z"_s);
        injectMamEnd(mamQuery, u"a-n0"_s, u"a-n1"_s);
        QTRY_VERIFY(!m_chat->isSyncing());
        QCOMPARE(romeoBodies(), (QStringList{u"n0"_s, u"n1"_s}));
    }

    // A fresh profile's first sync fetches the two newest archive pages and records the gap
    // below them; scrolling up past the oldest message asks the archive for what is before
    // the gap, stores it under what is there, and the gap is gone.
    void mamGapRecordedAndFilledOnScroll()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        const auto answer = [this](const xmpp::Element &query, const QStringList &ids,
                                   const QString &hour, bool complete) {
            const QString qid = query.firstChild(u"query").attribute(u"queryid");
            for (int i = 0; i < ids.size(); ++i) {
                m_channel->inject(
                    QStringLiteral(
                        "<message to='juliet@capulet.lit/balcony'><result xmlns='urn:xmpp:mam:2' "
                        "queryid='%1' id='%2'><forwarded xmlns='urn:xmpp:forward:0'><delay "
                        "xmlns='urn:xmpp:delay' stamp='2024-05-01T%3:0%4Z'/><message "
                        "from='romeo@montague.lit/home' to='juliet@capulet.lit' type='chat'>"
                        "<body>%2</body></message></forwarded></result></message>")
                        .arg(qid, ids.at(i), hour)
                        .arg(i)
                        .toUtf8());
            }
            m_channel->inject(
                QStringLiteral("<iq type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                               "complete='%2'><set xmlns='http://jabber.org/protocol/rsm'>"
                               "<first>%3</first><last>%4</last></set></fin></iq>")
                    .arg(query.attribute(u"id"), complete ? u"true"_qs : u"false"_qs, ids.first(),
                         ids.last())
                    .toUtf8());
        };
        const xmpp::Element first = takeMamQuery();
        QVERIFY(!first.isNull());
        answer(first, {u"p1-a"_qs, u"p1-b"_qs}, u"10:00"_qs, false);
        const xmpp::Element second = takeMamQuery(); // prefetched while the first is stored
        QVERIFY(!second.isNull());
        QCOMPARE(second.firstChild(u"query").firstChild(u"set").childText(u"before"), u"p1-a"_qs);
        answer(second, {u"p2-a"_qs, u"p2-b"_qs}, u"09:00"_qs, false);
        QTRY_VERIFY(!m_chat->isSyncing());
        QCOMPARE(m_channel->pendingCount(), 0); // two pages on a fresh profile, no more

        auto page = m_chat->newestMessages(kRomeo);
        QCOMPARE(page.messages.size(), 4);
        QCOMPARE(page.messages.first().body, u"p2-a"_qs);
        // Scrolling up past the oldest message fills the gap from the archive.
        QSignalSpy changed(m_chat.get(), &ChatService::historyChanged);
        const MessagePage older = m_chat->messagesBefore(kRomeo, page.messages.first().id);
        QVERIFY(older.hasMoreBefore); // being fetched
        const xmpp::Element fill = takeMamQuery();
        QVERIFY(!fill.isNull());
        QCOMPARE(fill.firstChild(u"query").firstChild(u"set").childText(u"before"), u"p2-a"_qs);
        answer(fill, {u"o-a"_qs, u"o-b"_qs}, u"08:00"_qs, true);
        QTRY_VERIFY(!changed.isEmpty());
        page = m_chat->newestMessages(kRomeo);
        QStringList bodies;
        for (const ChatMessage &m : page.messages)
            bodies << m.body;
        QCOMPARE(bodies, (QStringList{u"o-a"_qs, u"o-b"_qs, u"p2-a"_qs, u"p2-b"_qs, u"p1-a"_qs,
                                      u"p1-b"_qs}));
        // The gap is closed: the archive is complete, nothing more is asked.
        (void)m_chat->messagesBefore(kRomeo, page.messages.first().id);
        QVERIFY(takeMamQuery().isNull());
    }

    void conversationsListState()
    {
        m_chat->openConversation(kRomeo, QStringLiteral("Romeo"));
        m_chat->openConversation(QStringLiteral("nurse@capulet.lit"), QStringLiteral("Nurse"));
        m_chat->setPinned(QStringLiteral("nurse@capulet.lit"), true);
        m_chat->setMuted(kRomeo, true);
        m_chat->setDraft(kRomeo, QStringLiteral("half"));
        auto list = m_chat->conversations();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().jid, QStringLiteral("nurse@capulet.lit"));
        QCOMPARE(list.last().draft, QStringLiteral("half"));
        QVERIFY(list.last().muted);
        QVERIFY(m_chat->deleteConversation(kRomeo).ok());
        QCOMPARE(m_chat->conversations().size(), 1);
    }

    // An incoming file tells its size before it is downloaded, from the XEP-0447/0446
    // metadata (or XEP-0385 SIMS) next to the XEP-0066 link; a plain link has none.
    void incomingFileAnnouncesSize()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        drainSessionStart();
        const QString url = QStringLiteral("https://up.montague.lit/a1/report%20Q3.pdf");
        m_channel->inject(
            QStringLiteral(
                "<message from='romeo@montague.lit/home' type='chat' id='f1'><body>%1</body>"
                "<x xmlns='jabber:x:oob'><url>%1</url></x>"
                "<file-sharing xmlns='urn:xmpp:sfs:0' disposition='attachment'>"
                "<file xmlns='urn:xmpp:file:metadata:0'><media-type>application/pdf</media-type>"
                "<name>季度报告.pdf</name><size>3145728</size></file><sources><url-data "
                "xmlns='http://jabber.org/protocol/url-data' target='%1'/></sources>"
                "</file-sharing></message>")
                .arg(url)
                .toUtf8());
        auto m = m_chat->newestMessages(kRomeo).messages.last();
        QCOMPARE(m.kind, ChatMessage::Kind::File);
        QCOMPARE(m.attachment.size, qint64(3145728));
        QCOMPARE(m.attachment.name, QStringLiteral("季度报告.pdf"));
        QCOMPARE(m.attachment.mimeType, QStringLiteral("application/pdf"));
        QVERIFY(m.attachment.mediaId.isEmpty());                           // not downloaded
        QCOMPARE(m_chat->message(m.id)->attachment.size, qint64(3145728)); // stored

        m_channel->inject(
            QStringLiteral(
                "<message from='romeo@montague.lit/home' type='chat' id='f2'><body>%1</body>"
                "<x xmlns='jabber:x:oob'><url>%1</url></x>"
                "<reference xmlns='urn:xmpp:reference:0' type='data'><media-sharing "
                "xmlns='urn:xmpp:sims:1'><file xmlns='urn:xmpp:jingle:apps:file-transfer:5'>"
                "<name>notes.txt</name><size>2048</size></file></media-sharing></reference>"
                "</message>")
                .arg(QStringLiteral("https://up.montague.lit/b2/notes.txt"))
                .toUtf8());
        m = m_chat->newestMessages(kRomeo).messages.last();
        QCOMPARE(m.attachment.size, qint64(2048));
        QCOMPARE(m.attachment.name, QStringLiteral("notes.txt"));

        m_channel->inject(
            QStringLiteral("<message from='romeo@montague.lit/home' type='chat' "
                           "id='f3'><body>%1</body><x xmlns='jabber:x:oob'>"
                           "<url>%1</url></x></message>")
                .arg(QStringLiteral(
                    "https://127.0.0.1:9/c3/plain.zip") /* the size probe stays on loopback */)
                .toUtf8());
        m = m_chat->newestMessages(kRomeo).messages.last();
        QCOMPARE(m.kind, ChatMessage::Kind::File);
        QCOMPARE(m.attachment.size, qint64(0));
    }

    void replyRecallAndMentions()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        drainSessionStart();
        m_channel->inject(
            "<message from='romeo@montague.lit/home' type='chat' id='q1'>"
            "<body>明天见</body><markable xmlns='urn:xmpp:chat-markers:0'/></message>");
        (void)sentMessages();
        const qint64 quoted = m_chat->newestMessages(kRomeo).messages.last().id;
        auto id = m_chat->sendText(kRomeo, QStringLiteral("好的 @romeo"), quoted, {{3, 6, kRomeo}});
        QVERIFY(id.ok());
        const auto sent = sentMessages();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().firstChild(u"reply").attribute(u"id"), QStringLiteral("q1"));
        QVERIFY(sent.first().childText(u"body").startsWith(u"> 明天见\n"));
        QCOMPARE(sent.first().firstChild(u"reference").attribute(u"begin"), QStringLiteral("9"));
        const auto stored = m_chat->message(id.value());
        QCOMPARE(stored->replyToId, quoted);
        QCOMPARE(stored->replyToPreview, QStringLiteral("明天见"));
        QCOMPARE(stored->body, QStringLiteral("好的 @romeo"));

        // Read marker for the newest incoming markable message.
        m_chat->markRead(kRomeo);
        const auto marker = sentMessages();
        QCOMPARE(marker.size(), 1);
        QCOMPARE(marker.first().firstChild(u"displayed").attribute(u"id"), QStringLiteral("q1"));

        // Recall ours: retraction by origin-id; the message becomes Recalled locally.
        QVERIFY(m_chat->recall(id.value()).ok());
        const auto retraction = sentMessages();
        QCOMPARE(retraction.size(), 1);
        QCOMPARE(retraction.first().firstChild(u"retract").attribute(u"id"),
                 sent.first().attribute(u"id"));
        QVERIFY(m_chat->message(id.value())->recalled);
        QCOMPARE(m_chat->message(id.value())->kind, ChatMessage::Kind::Recalled);
        // Their recall of their message; a recall of our message by them is refused.
        m_channel->inject("<message from='romeo@montague.lit/home' type='chat'><retract "
                          "xmlns='urn:xmpp:message-retract:1' id='q1'/><body>x</body></message>");
        QVERIFY(m_chat->message(quoted)->recalled);
        QVERIFY(!m_chat->recall(quoted).ok());
    }

    void groupMentionNotifiesWhenMuted()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        drainSessionStart();
        m_chat->joinGroup(QStringLiteral("family@conference.capulet.lit"));
        (void)m_channel->takeSent(); // join presence
        m_channel->inject(
            "<presence from='family@conference.capulet.lit/juliet'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
            "role='participant' jid='juliet@capulet.lit/balcony'/><status code='110'/>"
            "</x></presence>");
        drainSessionStart();
        m_chat->setMuted(QStringLiteral("family@conference.capulet.lit"), true);
        QSignalSpy notify(m_chat.get(), &ChatService::incomingMessage);
        m_channel->inject(
            "<message from='family@conference.capulet.lit/mum' type='groupchat' "
            "id='g1'><body>@juliet 回家吃饭</body><reference xmlns='urn:xmpp:reference:0' "
            "type='mention' begin='0' end='7' uri='xmpp:juliet@capulet.lit'/>"
            "<stanza-id xmlns='urn:xmpp:sid:0' by='family@conference.capulet.lit' "
            "id='s-g1'/></message>");
        QCOMPARE(notify.size(), 1);
        QCOMPARE(notify.first().at(3).toBool(), true); // muted
        QCOMPARE(notify.first().at(4).toBool(), true); // mentions me
        const auto c = m_chat->conversation(QStringLiteral("family@conference.capulet.lit"));
        QVERIFY(c->isGroup());
        QVERIFY(c->mentionUnread);
        const auto page = m_chat->newestMessages(QStringLiteral("family@conference.capulet.lit"));
        QCOMPARE(page.messages.last().senderName, QStringLiteral("mum"));
        QCOMPARE(page.messages.last().stanzaId, QStringLiteral("s-g1"));
        // Our own message reflected by the room is not stored twice.
        auto id =
            m_chat->sendText(QStringLiteral("family@conference.capulet.lit"), QStringLiteral("好"));
        QVERIFY(id.ok());
        const auto sent = sentMessages();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().attribute(u"type"), QStringLiteral("groupchat"));
        m_channel->inject(QStringLiteral("<message from='family@conference.capulet.lit/juliet' "
                                         "type='groupchat' id='%1'><body>好</body><origin-id "
                                         "xmlns='urn:xmpp:sid:0' id='%1'/></message>")
                              .arg(sent.first().attribute(u"id"))
                              .toUtf8());
        QCOMPARE(
            m_chat->newestMessages(QStringLiteral("family@conference.capulet.lit")).messages.size(),
            2);
        QCOMPARE(m_chat->message(id.value())->state, ChatMessage::State::Delivered);
    }

    void groupAvatarFromRoomVCard()
    {
        m_chat->bindChannel(m_channel.get(), m_iq.get());
        m_channel->startSession();
        drainSessionStart();
        const QString room = QStringLiteral("family@conference.capulet.lit");
        m_chat->joinGroup(room);
        (void)m_channel->takeSent(); // join presence
        m_channel->inject(
            "<presence from='family@conference.capulet.lit/juliet'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
            "role='participant' jid='juliet@capulet.lit/balcony'/><status code='110'/>"
            "</x></presence>");
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::green);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        bool asked = false;
        while (m_channel->pendingCount() > 0) {
            const xmpp::Element s = m_channel->takeSent();
            if (s.name() != u"iq")
                continue;
            if (s.hasChild(u"vCard", u"vcard-temp")) {
                asked = true;
                QCOMPARE(s.attribute(u"to"), room);
                m_channel->inject(
                    QStringLiteral("<iq type='result' from='%1' id='%2'><vCard "
                                   "xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE>"
                                   "<BINVAL>%3</BINVAL></PHOTO></vCard></iq>")
                        .arg(room, s.attribute(u"id"), QString::fromLatin1(png.toBase64()))
                        .toUtf8());
            } else if (s.hasChild(u"query", u"urn:xmpp:mam:2")) {
                m_channel->inject(QStringLiteral("<iq type='result' from='%1' id='%2'><fin "
                                                 "xmlns='urn:xmpp:mam:2' complete='true'/></iq>")
                                      .arg(room, s.attribute(u"id"))
                                      .toUtf8());
            } else {
                m_channel->inject(QStringLiteral("<iq type='result' from='%1' id='%2'/>")
                                      .arg(s.attribute(u"to"), s.attribute(u"id"))
                                      .toUtf8());
            }
        }
        QVERIFY(asked);
        const GroupInfo info = m_chat->groupInfo(room);
        QVERIFY(!info.avatarId.isEmpty());
        QCOMPARE(m_chat->conversation(room)->avatarId, info.avatarId);
        auto bytes = m_chat->media(info.avatarId);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes.value(), png);
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chat_service.moc"
