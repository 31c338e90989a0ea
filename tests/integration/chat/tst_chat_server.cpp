#include "../stream/StreamTestSupport.h"
#include "../stream/TcpProxy.h"
#include "ChatTestClient.h"
#include "Peer.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "chat/ChatService.h"
#include "storage/Database.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::chat;
using namespace teahouse::test;

namespace {
// The server has it (Failed sorts after these, so no >= on the enum).
bool acknowledged(const ChatMessage &m)
{
    return m.state == ChatMessage::State::Acked || m.state == ChatMessage::State::Delivered ||
           m.state == ChatMessage::State::Read;
}

} // namespace

class TestChatServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    bool addUsers(const QStringList &users)
    {
        for (const QString &u : users) {
            if (!m_server->addUser(u, kChatPassword).ok())
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(addUsers({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                          QStringLiteral("mallory"), QStringLiteral("dave")}));
    }
    void cleanupTestCase() { m_server.reset(); }

    void oneToOneBothWays()
    {
        ChatTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice")));
        Peer bob(QStringLiteral("bob"));
        QVERIFY(bob.start().ok());
        QVERIFY(bob.signIn(*m_server, QStringLiteral("bob"), kChatPassword).ok());

        const QString bobJid = m_server->jid(QStringLiteral("bob"));
        auto id = alice.chat->sendText(bobJid, QStringLiteral("你好 Bob, 我们明天去医院"));
        QVERIFY(id.ok());
        auto got = bob.waitForEvent([](const QJsonObject &e) {
            return e.value(u"event").toString() == u"message" &&
                   !e.value(u"body").toString().isEmpty();
        });
        QVERIFY2(got, qPrintable(bob.diagnostics()));
        QCOMPARE(got->value(u"body").toString(), QStringLiteral("你好 Bob, 我们明天去医院"));
        // The server acknowledged it: out of the outbox.
        QVERIFY(waitFor([&] {
            const auto m = alice.chat->message(id.value());
            return m && acknowledged(*m);
        }));

        QSignalSpy incoming(alice.chat.get(), &ChatService::incomingMessage);
        bob.sendMessage(m_server->jid(QStringLiteral("alice")), QStringLiteral("Hi Alice 😀"));
        QVERIFY(waitFor([&] { return incoming.size() == 1; }));
        const auto page = alice.chat->newestMessages(bobJid);
        QCOMPARE(page.messages.size(), 2);
        QCOMPARE(page.messages.last().body, QStringLiteral("Hi Alice 😀"));
        QVERIFY(!page.messages.last().isOutgoing());
        QCOMPARE(alice.chat->search(QStringLiteral("医院")).size(), 1);

        // Spoofed carbon: mallory wraps a forged message from bob.
        Peer mallory(QStringLiteral("mallory"));
        QVERIFY(mallory.start().ok());
        QVERIFY(mallory.signIn(*m_server, QStringLiteral("mallory"), kChatPassword).ok());
        const QString aliceFull = alice.stream->boundJid().toString();
        QJsonObject raw;
        raw.insert(QStringLiteral("cmd"), QStringLiteral("raw"));
        raw.insert(
            QStringLiteral("xml"),
            QStringLiteral("<message xmlns='jabber:client' to='%1'><received "
                           "xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                           "<message xmlns='jabber:client' from='%2/x' to='%3' type='chat'>"
                           "<body>forged transfer</body></message></forwarded></received>"
                           "</message>")
                .arg(aliceFull, bobJid, m_server->jid(QStringLiteral("alice"))));
        QVERIFY(mallory.request(raw).ok());
        // A marker message afterwards proves the forged one has been processed (in order).
        mallory.sendMessage(m_server->jid(QStringLiteral("alice")), QStringLiteral("after"));
        QVERIFY(waitFor([&] {
            return alice.chat->conversation(m_server->jid(QStringLiteral("mallory"))).has_value();
        }));
        QCOMPARE(alice.chat->newestMessages(bobJid).messages.size(), 2);
        QCOMPARE(alice.chat->search(QStringLiteral("forged")).size(), 0);
    }

    void imageUploadDownloadAndRecallReply()
    {
        ChatTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice")));
        ChatTestClient carol;
        QVERIFY(carol.start(*m_server, QStringLiteral("carol")));
        const QString carolJid = m_server->jid(QStringLiteral("carol"));
        const QString aliceJid = m_server->jid(QStringLiteral("alice"));

        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QSignalSpy progress(alice.chat.get(), &ChatService::uploadProgress);
        auto id = alice.chat->sendData(carolJid, png, QStringLiteral("red.png"),
                                       QStringLiteral("image/png"));
        QVERIFY(id.ok());
        QVERIFY(waitFor([&] {
            const auto m = alice.chat->message(id.value());
            return m && !m->attachment.url.isEmpty();
        }));
        QVERIFY(!progress.isEmpty());
        // Carol gets it as an image and downloads it (automatically) into her media store.
        QVERIFY(waitFor([&] {
            const auto page = carol.chat->newestMessages(aliceJid);
            return !page.messages.isEmpty() &&
                   page.messages.last().attachment.transferState == Attachment::TransferState::Done;
        }));
        const ChatMessage received = carol.chat->newestMessages(aliceJid).messages.last();
        QCOMPARE(received.kind, ChatMessage::Kind::Image);
        QCOMPARE(received.attachment.width, 64);
        auto bytes = carol.chat->media(received.attachment.mediaId);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes.value(), png);
        QVERIFY(!received.attachment.thumbnailId.isEmpty());

        // Reply, then recall: both sides see it.
        auto text = alice.chat->sendText(carolJid, QStringLiteral("原话"));
        QVERIFY(text.ok());
        QVERIFY(waitFor(
            [&] { return carol.chat->newestMessages(aliceJid).messages.last().body == u"原话"; }));
        const qint64 quoted = carol.chat->newestMessages(aliceJid).messages.last().id;
        QVERIFY(carol.chat->sendText(aliceJid, QStringLiteral("回复"), quoted).ok());
        QVERIFY(waitFor(
            [&] { return alice.chat->newestMessages(carolJid).messages.last().body == u"回复"; }));
        const ChatMessage reply = alice.chat->newestMessages(carolJid).messages.last();
        QCOMPARE(reply.replyToId, text.value());
        QCOMPARE(reply.replyToPreview, QStringLiteral("原话"));

        QVERIFY(alice.chat->recall(text.value()).ok());
        QVERIFY(waitFor([&] { return carol.chat->message(quoted)->recalled; }));
        QCOMPARE(carol.chat->message(quoted)->kind, ChatMessage::Kind::Recalled);
    }

    void groupOfThree()
    {
        ChatTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice")));
        ChatTestClient carol;
        QVERIFY(carol.start(*m_server, QStringLiteral("carol")));
        Peer bob(QStringLiteral("bob"));
        QVERIFY(bob.start().ok());
        QVERIFY(bob.signIn(*m_server, QStringLiteral("bob"), kChatPassword).ok());
        // Invitations carry no body: slixmpp reports them only to a catch-all handler.
        QVERIFY(bob.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("watch_messages")}})
                    .ok());
        // Carol accepts invitations.
        connect(carol.chat.get(), &ChatService::groupInvitation, carol.chat.get(),
                [&carol](const QString &room) { carol.chat->joinGroup(room); });

        std::optional<Result<QString>> created;
        alice.chat->createGroup(
            QStringLiteral("家人群"),
            {m_server->jid(QStringLiteral("bob")), m_server->jid(QStringLiteral("carol"))},
            [&](const Result<QString> &r) { created = r; });
        QVERIFY(waitFor([&] { return created.has_value(); }));
        QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().message));
        const QString room = created->value();
        // Bob (slixmpp) gets the XEP-0249 invitation and joins.
        auto invite = bob.waitForEvent([](const QJsonObject &e) {
            return e.value(u"event").toString() == u"any_message" &&
                   e.value(u"xml").toString().contains(u"jabber:x:conference");
        });
        QVERIFY2(invite, qPrintable(bob.diagnostics()));
        QJsonObject join;
        join.insert(QStringLiteral("cmd"), QStringLiteral("raw"));
        join.insert(QStringLiteral("xml"),
                    QStringLiteral("<presence xmlns='jabber:client' to='%1/bob'>"
                                   "<x xmlns='http://jabber.org/protocol/muc'/></presence>")
                        .arg(room));
        QVERIFY(bob.request(join).ok());
        QVERIFY(waitFor([&] { return carol.chat->groupInfo(room).joined; }));
        QVERIFY(waitFor([&] { return alice.chat->groupInfo(room).members.size() >= 3; }));
        QCOMPARE(alice.chat->conversation(room)->name, QStringLiteral("家人群"));

        QVERIFY(alice.chat->sendText(room, QStringLiteral("大家好")).ok());
        QVERIFY(waitFor([&] {
            const auto p = carol.chat->newestMessages(room);
            return !p.messages.isEmpty() && p.messages.last().body == u"大家好";
        }));
        auto atBob = bob.waitForEvent([](const QJsonObject &e) {
            return e.value(u"event").toString() == u"message" &&
                   e.value(u"body").toString() == u"大家好";
        });
        QVERIFY(atBob);
        QSignalSpy notify(alice.chat.get(), &ChatService::incomingMessage);
        alice.chat->setMuted(room, true);
        bob.sendMessage(room, QStringLiteral("@alice 晚饭吃什么"), QStringLiteral("groupchat"));
        QVERIFY(waitFor([&] { return notify.size() == 1; }));
        QVERIFY(notify.first().at(3).toBool());
        QVERIFY(notify.first().at(4).toBool()); // mentioned: notify although muted
        // Alice's own message is stored once (the room's reflection is a duplicate).
        const auto page = alice.chat->newestMessages(room);
        QCOMPARE(page.messages.size(), 2);
        QCOMPARE(page.messages.first().state, ChatMessage::State::Delivered);
    }

    // The outbox rule on a real link: 500 messages sent while a proxy between the client and
    // the server cuts every connection at random moments; the slixmpp peer must get each one
    // exactly once and in order, and the outbox must end empty (everything acknowledged).
    void fiveHundredThroughCutLink()
    {
        constexpr int kCount = 500;
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        ChatTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice"), proxy.port()));
        Peer dave(QStringLiteral("dave"));
        QVERIFY(dave.start().ok());
        QVERIFY(dave.signIn(*m_server, QStringLiteral("dave"), kChatPassword).ok());
        const QString daveJid = dave.boundJid();

        // Reproducible: the seed is printed, and TEAHOUSE_CHAT_CUT_SEED replays a run.
        const quint32 seed = qEnvironmentVariableIsSet("TEAHOUSE_CHAT_CUT_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("TEAHOUSE_CHAT_CUT_SEED"))
                                 : 20261121u;
        qInfo("cut seed %u", seed);
        QRandomGenerator rng(seed);
        QSignalSpy started(alice.stream.get(), &xmpp::StanzaChannel::sessionStarted);
        QList<qint64> ids;
        int cuts = 0;
        int sentWhileOffline = 0;
        for (int i = 0; i < kCount; ++i) {
            if (!alice.stream->isOnline())
                ++sentWhileOffline;
            auto id = alice.chat->sendText(daveJid, QStringLiteral("cut %1").arg(i));
            QVERIFY(id.ok());
            ids.append(id.value());
            // Let some traffic flow (and acks come back) between sends, a random amount.
            if (qEnvironmentVariableIsSet("TEAHOUSE_CHAT_CUT_FAST")) {
                // Faster than the link: most messages wait in the outbox for a session.
                const int spin = int(rng.bounded(4));
                for (int k = 0; k < spin; ++k)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            } else {
                QTest::qWait(int(rng.bounded(8)));
            }
            // A cut after about one send in 20 while connected (some 5 to 15 over the run), at
            // random points: mid-write, before an ack arrived, during a resumption.
            if (rng.bounded(20) == 0 && proxy.openConnections() > 0) {
                proxy.sever();
                ++cuts;
            }
        }
        qInfo("%d cuts, %d messages written while offline, %lld sessions resumed or started", cuts,
              sentWhileOffline, static_cast<long long>(started.size()));
        QVERIFY(cuts >= 5);

        const auto received = [&dave] {
            QStringList bodies;
            for (const QJsonObject &e : dave.history()) {
                if (e.value(u"event").toString() == u"message" &&
                    e.value(u"body").toString().startsWith(u"cut "))
                    bodies.append(e.value(u"body").toString());
            }
            return bodies;
        };
        const auto report = [&] {
            const QStringList got = received();
            QStringList missing;
            for (int i = 0; i < kCount; ++i) {
                if (!got.contains(QStringLiteral("cut %1").arg(i))) {
                    const auto m = alice.chat->message(ids.at(i));
                    missing.append(
                        QStringLiteral("%1(state %2)").arg(i).arg(m ? int(m->state) : -1));
                }
            }
            auto s = alice.db.prepare(QStringLiteral("SELECT COUNT(*) FROM chat_outbox"));
            const int outbox = s.ok() && s->step().ok() ? s->columnInt(0) : -1;
            return QStringLiteral("received %1, outbox %2, stream queued %3 unacked %4, "
                                  "missing: %5")
                .arg(got.size())
                .arg(outbox)
                .arg(alice.stream->queuedCount())
                .arg(alice.stream->streamManagement().unackedCount())
                .arg(missing.mid(0, 40).join(u' '));
        };
        // A bound for a stuck run, not a speed target: beside the fault tests on two loaded
        // cores the reconnects after the last cuts took longer than 30 s once.
        QVERIFY2(waitFor([&] { return received().size() >= kCount; }, 120000),
                 qPrintable(report()));
        // Everything acknowledged: the outbox is empty and every message says so.
        QVERIFY(waitFor(
            [&] {
                auto s = alice.db.prepare(QStringLiteral("SELECT COUNT(*) FROM chat_outbox"));
                return s.ok() && s->step().ok() && s->columnInt(0) == 0;
            },
            60000));
        QTest::qWait(500); // a duplicate would arrive now
        QStringList expected;
        for (int i = 0; i < kCount; ++i)
            expected.append(QStringLiteral("cut %1").arg(i));
        QCOMPARE(received(), expected);
        for (qint64 id : std::as_const(ids)) {
            const auto m = alice.chat->message(id);
            QVERIFY(m);
            QVERIFY2(acknowledged(*m), qPrintable(m->body));
        }
    }

    void mamCatchUpAfterOffline()
    {
        const int count = qEnvironmentVariableIntValue("TEAHOUSE_CHAT_MAM_COUNT") > 0
                              ? qEnvironmentVariableIntValue("TEAHOUSE_CHAT_MAM_COUNT")
                              : 2000;
        ChatTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice")));
        const QString bobJid = m_server->jid(QStringLiteral("bob"));
        // Something already held, so the catch-up has a known point to stop at.
        QVERIFY(waitFor([&] { return !alice.chat->isSyncing(); }));
        const qint64 before = alice.chat->newestMessages(bobJid, 200).messages.size();
        alice.stream->disconnectFromServer();
        QVERIFY(
            waitFor([&] { return alice.stream->state() == xmpp::Stream::State::Disconnected; }));

        Peer bob(QStringLiteral("bob"));
        QVERIFY(bob.start().ok());
        QVERIFY(bob.signIn(*m_server, QStringLiteral("bob"), kChatPassword).ok());
        QVERIFY(
            bob.request(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("burst")},
                                    {QStringLiteral("to"), m_server->jid(QStringLiteral("alice"))},
                                    {QStringLiteral("prefix"), QStringLiteral("offline ")},
                                    {QStringLiteral("count"), count}})
                .ok());
        // Wait until the last one is in the archive: it is acknowledged by our next query.
        QJsonObject ping;
        ping.insert(QStringLiteral("cmd"), QStringLiteral("iq"));
        ping.insert(
            QStringLiteral("xml"),
            QStringLiteral("<iq type='get' to='localhost'><ping xmlns='urn:xmpp:ping'/></iq>"));
        ping.insert(QStringLiteral("timeout"), 120);
        const auto pong = bob.request(ping, 60000);
        QVERIFY2(pong.ok(),
                 qPrintable(pong.ok() ? QString()
                                      : pong.error().message + bob.diagnostics().right(3000)));

        alice.stream->connectToServer();
        QVERIFY(waitOnline(*alice.stream));
        QVERIFY(waitFor([&] { return !alice.chat->isSyncing(); }, 120000));
        // Every message exactly once, in order, paging back through the history.
        qint64 cursor = 0;
        MessagePage p = alice.chat->newestMessages(bobJid, 200);
        QList<ChatMessage> collected = p.messages;
        while (p.hasMoreBefore && !p.messages.isEmpty()) {
            cursor = p.messages.first().id;
            p = alice.chat->messagesBefore(bobJid, cursor, 200);
            if (p.messages.isEmpty())
                break;
            collected = p.messages + collected;
        }
        QStringList offline;
        for (const ChatMessage &m : collected) {
            if (m.body.startsWith(u"offline "))
                offline.append(m.body);
        }
        QCOMPARE(offline.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(offline.at(i), QStringLiteral("offline %1").arg(i));
        Q_UNUSED(before);
    }
};

QTEST_GUILESS_MAIN(TestChatServer)
#include "tst_chat_server.moc"
