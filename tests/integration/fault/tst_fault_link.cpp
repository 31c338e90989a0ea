// Faults on the way to the real server, with the client in this process: Prosody killed and
// started again in the middle of a conversation and of an upload, the link cut (TcpProxy) during
// an upload, during the history catch-up and at each step of a payment. After each: nothing
// lost, nothing doubled (counted on both sides and in the provider's ledger), and the state the
// user sees says what happened.

#include "../stream/TcpProxy.h"
#include "FaultClientProcess.h"
#include "FaultSupport.h"
#include "StorageTestUtils.h"
#include "TestServer.h"
#include "chat/ChatService.h"
#include "pay/PayService.h"
#include "storage/Database.h"
#include "xmpp/Command.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::chat;
using namespace teahouse::test;

class TestFaultLink : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        for (const char *user :
             {"alice", "bob", "carol", "dave", "erin", "frank", "lihua", "pay", "cafe"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kChatPassword).ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    // Prosody dies (SIGKILL) in the middle of a conversation and comes back: what was written
    // while it was away waits in the outbox as Queued, then goes out once the clients are back,
    // and each side holds every message once.
    void serverKilledMidConversation()
    {
        ChatTestClient alice;
        // The server's own port, with the quick reconnect settings a proxied client gets.
        QVERIFY(alice.start(*m_server, QStringLiteral("alice"), m_server->c2sPort()));
        ChatTestClient bob;
        QVERIFY(bob.start(*m_server, QStringLiteral("bob"), m_server->c2sPort()));
        const QString aliceJid = m_server->jid(QStringLiteral("alice"));
        const QString bobJid = m_server->jid(QStringLiteral("bob"));

        for (int i = 0; i < 5; ++i) {
            QVERIFY(alice.chat->sendText(bobJid, QStringLiteral("a %1").arg(i)).ok());
            QVERIFY(bob.chat->sendText(aliceJid, QStringLiteral("b %1").arg(i)).ok());
        }
        QVERIFY(waitFor([&] {
            return bodiesWithPrefix(bob.chat->newestMessages(aliceJid, 200).messages,
                                    QStringLiteral("a "))
                           .size() == 5 &&
                   bodiesWithPrefix(alice.chat->newestMessages(bobJid, 200).messages,
                                    QStringLiteral("b "))
                           .size() == 5;
        }));
        // Every message so far is in the server's hands before it dies.
        QVERIFY(waitFor([&] {
            for (const ChatMessage &m : alice.chat->newestMessages(bobJid, 200).messages) {
                if (m.isOutgoing() && !acknowledged(m))
                    return false;
            }
            return true;
        }));

        QVERIFY(m_server->kill().ok());
        QVERIFY(waitFor([&] { return !alice.stream->isOnline() && !bob.stream->isOnline(); }));
        QList<qint64> queued;
        for (int i = 5; i < 15; ++i) {
            auto a = alice.chat->sendText(bobJid, QStringLiteral("a %1").arg(i));
            QVERIFY(a.ok());
            queued.append(a.value());
            QVERIFY(bob.chat->sendText(aliceJid, QStringLiteral("b %1").arg(i)).ok());
        }
        // What the user sees meanwhile: the stream is not online, and the messages wait.
        QVERIFY(alice.stream->state() != xmpp::Stream::State::Online);
        for (qint64 id : std::as_const(queued))
            QCOMPARE(alice.chat->message(id)->state, ChatMessage::State::Queued);

        QVERIFY(m_server->restart().ok());
        QVERIFY(waitOnline(*alice.stream, 30000));
        QVERIFY(waitOnline(*bob.stream, 30000));
        QVERIFY(waitFor(
            [&] {
                return bodiesWithPrefix(bob.chat->newestMessages(aliceJid, 200).messages,
                                        QStringLiteral("a "))
                               .size() >= 15 &&
                       bodiesWithPrefix(alice.chat->newestMessages(bobJid, 200).messages,
                                        QStringLiteral("b "))
                               .size() >= 15;
            },
            30000));
        QTest::qWait(500); // a duplicate would arrive now
        // Each message once, none lost, in the order it was written: a message the receiver got
        // both live and from its catch-up after the reconnect is filed in the archive's order.
        QCOMPARE(bodiesWithPrefix(wholeHistory(*bob.chat, aliceJid), QStringLiteral("a ")),
                 numbered(QStringLiteral("a "), 0, 15));
        QCOMPARE(bodiesWithPrefix(wholeHistory(*alice.chat, bobJid), QStringLiteral("b ")),
                 numbered(QStringLiteral("b "), 0, 15));
        QCOMPARE(bodiesWithPrefix(wholeHistory(*alice.chat, bobJid), QStringLiteral("a ")),
                 numbered(QStringLiteral("a "), 0, 15));
        QVERIFY(waitFor([&] {
            for (qint64 id : std::as_const(queued)) {
                if (!acknowledged(*alice.chat->message(id)))
                    return false;
            }
            return true;
        }));
    }

    // Prosody dies while a file is going up: the upload fails and the message says Failed
    // (with the reason), nothing is sent for it; after the server is back a retry sends it once.
    void serverKilledDuringUpload()
    {
        ChatTestClient carol;
        QVERIFY(carol.start(*m_server, QStringLiteral("carol"), m_server->c2sPort()));
        ChatTestClient dave;
        QVERIFY(dave.start(*m_server, QStringLiteral("dave"), m_server->c2sPort()));
        const QString carolJid = m_server->jid(QStringLiteral("carol"));
        const QString daveJid = m_server->jid(QStringLiteral("dave"));
        constexpr qint64 kSize = 8 * 1024 * 1024;
        const QByteArray data = FaultClientProcess::pattern(kSize);

        bool killed = false;
        connect(carol.chat.get(), &ChatService::uploadProgress, this,
                [&](qint64, qint64 done, qint64 total) {
                    if (!killed && done < total) {
                        killed = true;
                        QVERIFY(m_server->kill().ok());
                    }
                });
        auto id = carol.chat->sendData(daveJid, data, QStringLiteral("big.bin"),
                                       QStringLiteral("application/octet-stream"));
        QVERIFY(id.ok());
        QVERIFY(waitFor([&] {
            const auto m = carol.chat->message(id.value());
            return m->attachment.transferState != Attachment::TransferState::Uploading;
        }));
        QVERIFY(killed);
        const ChatMessage failed = *carol.chat->message(id.value());
        QCOMPARE(failed.attachment.transferState, Attachment::TransferState::Failed);
        QCOMPARE(failed.state, ChatMessage::State::Failed);
        QVERIFY(failed.attachment.url.isEmpty());

        QVERIFY(m_server->restart().ok());
        QVERIFY(waitOnline(*carol.stream, 30000));
        QVERIFY(waitOnline(*dave.stream, 30000));
        QVERIFY(carol.chat->retry(id.value()).ok());
        QVERIFY(waitFor([&] { return acknowledged(*carol.chat->message(id.value())); }, 30000));
        QCOMPARE(carol.chat->message(id.value())->attachment.transferState,
                 Attachment::TransferState::Done);
        QVERIFY(waitFor([&] { return !dave.chat->newestMessages(carolJid).messages.isEmpty(); }));
        QTest::qWait(300);
        const QList<ChatMessage> got = dave.chat->newestMessages(carolJid).messages;
        QCOMPARE(got.size(), 1);
        dave.chat->downloadAttachment(got.first().id);
        QVERIFY(waitFor([&] {
            return dave.chat->message(got.first().id)->attachment.transferState ==
                   Attachment::TransferState::Done;
        }));
        auto bytes = dave.chat->media(dave.chat->message(got.first().id)->attachment.mediaId);
        QVERIFY(bytes.ok());
        QVERIFY(bytes.value() == data);
        QCOMPARE(carol.chat->newestMessages(daveJid).messages.size(), 1);
    }

    // The XMPP link is cut while the file goes up over HTTP: the upload finishes, the link
    // message waits for the stream and goes out once it is back; the receiver gets one message.
    void linkCutDuringUpload()
    {
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        ChatTestClient alice;
        QVERIFY(alice.start(*m_server, QStringLiteral("alice"), proxy.port()));
        ChatTestClient erin;
        QVERIFY(erin.start(*m_server, QStringLiteral("erin")));
        const QString aliceJid = m_server->jid(QStringLiteral("alice"));
        const QString erinJid = m_server->jid(QStringLiteral("erin"));
        constexpr qint64 kSize = 4 * 1024 * 1024;
        const QByteArray data = FaultClientProcess::pattern(kSize);

        bool cut = false;
        connect(alice.chat.get(), &ChatService::uploadProgress, this, [&](qint64, qint64, qint64) {
            if (!cut) {
                cut = true;
                proxy.setRefuseNew(true);
                proxy.sever();
            }
        });
        auto id = alice.chat->sendData(erinJid, data, QStringLiteral("cut.bin"),
                                       QStringLiteral("application/octet-stream"));
        QVERIFY(id.ok());
        QVERIFY(waitFor([&] { return cut; }));
        QVERIFY(waitFor([&] {
            return alice.chat->message(id.value())->attachment.transferState !=
                   Attachment::TransferState::Uploading;
        }));
        const ChatMessage uploaded = *alice.chat->message(id.value());
        QCOMPARE(uploaded.attachment.transferState, Attachment::TransferState::Done);
        QVERIFY(!uploaded.attachment.url.isEmpty());
        // Not on the wire yet: the user sees it waiting, not delivered.
        QVERIFY(!acknowledged(uploaded));
        QVERIFY(erin.chat->newestMessages(aliceJid).messages.isEmpty());

        proxy.setRefuseNew(false);
        QVERIFY(waitOnline(*alice.stream, 30000));
        QVERIFY(waitFor([&] { return acknowledged(*alice.chat->message(id.value())); }, 30000));
        QVERIFY(waitFor([&] { return !erin.chat->newestMessages(aliceJid).messages.isEmpty(); }));
        QTest::qWait(300);
        const QList<ChatMessage> got = erin.chat->newestMessages(aliceJid).messages;
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().attachment.url, uploaded.attachment.url);
    }

    // The link is cut in the middle of the history catch-up, and again while it resumes:
    // each archived message ends up stored once, in order.
    void linkCutDuringCatchUp()
    {
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        ChatTestClient frank;
        QVERIFY(frank.start(*m_server, QStringLiteral("frank"), proxy.port()));
        const QString bobJid = m_server->jid(QStringLiteral("bob"));
        frank.stream->disconnectFromServer();
        QVERIFY(
            waitFor([&] { return frank.stream->state() == xmpp::Stream::State::Disconnected; }));

        constexpr int kCount = 700; // three archive pages
        QVERIFY(burstTo(*m_server, QStringLiteral("bob"), QStringLiteral("frank"),
                        QStringLiteral("h "), kCount));
        int cuts = 0;
        connect(frank.chat.get(), &ChatService::historyChanged, this, [&](const QString &) {
            if (cuts < 2 && proxy.openConnections() > 0) {
                ++cuts;
                proxy.sever();
            }
        });
        frank.stream->connectToServer();
        QVERIFY(waitFor([&] { return cuts == 2; }, 30000));
        QVERIFY(waitOnline(*frank.stream, 30000));
        QVERIFY(waitFor([&] { return !frank.chat->isSyncing(); }, 60000));
        QCOMPARE(bodiesWithPrefix(wholeHistory(*frank.chat, bobJid), QStringLiteral("h ")),
                 numbered(QStringLiteral("h "), 0, kCount));
    }

    // A payment with the link cut before the service's form arrives, and with the answer lost
    // after the service booked it: the order waits (not paid, not failed) while offline, then
    // completes by itself once the link is back, and the ledger holds it once.
    void linkCutDuringPayment_data()
    {
        QTest::addColumn<bool>("afterBooking");
        QTest::newRow("before the form") << false;
        QTest::newRow("answer lost after booking") << true;
    }
    void linkCutDuringPayment()
    {
        QFETCH(bool, afterBooking);
        QTemporaryDir dir;
        PaymentProvider bank;
        const QString why = bank.start(*m_server);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto *payment = bank.payment();
        const auto balance = [&](const char *account) {
            return bank.balance(QString::fromLatin1(account));
        };
        const QString code = bank.cafeCode();
        auto request = pay::PaymentRequest::fromText(code);
        QVERIFY(request.ok());

        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        xmpp::Stream stream;
        xmpp::StreamSettings settings =
            streamSettingsFor(*m_server, QStringLiteral("lihua"), kChatPassword);
        settings.port = proxy.port();
        settings.reconnect.initialDelayMs = 200;
        settings.reconnectRandom = [] {
            return 0.5;
        };
        stream.setSettings(settings);
        xmpp::IqTracker tracker(&stream);
        auto opened =
            storage::Database::open(dir.filePath(QStringLiteral("lihua.db")), fixedKey(9));
        QVERIFY(opened.ok());
        storage::Database db = std::move(opened).value();
        pay::PayService service(db);
        QVERIFY(service.open().ok());
        service.pin().setCost(10);
        QVERIFY(service.pin().set(QStringLiteral("135790")).ok());
        service.setServiceJid(Jid::parse(u"pay@localhost"));
        service.setTracker(&tracker);
        service.setTimeout(std::chrono::milliseconds(4000));
        stream.connectToServer();
        QVERIFY(waitOnline(stream));

        // The cut: the client's link goes silent (nothing reaches it) at the chosen moment.
        bool cut = false;
        QString booked;
        connect(payment, &provider::PaymentModule::paymentBooked, this,
                [&](const QString &transactionId) {
                    if (booked.isEmpty())
                        booked = transactionId;
                    if (afterBooking && !cut) {
                        cut = true;
                        proxy.setDropDownstream(true);
                    }
                });
        const qint64 payerBefore = balance("lihua@localhost");
        const qint64 cafeBefore = balance("cafe@localhost");
        std::optional<Result<pay::PaymentOrder>> first;
        service.pay(request.value(), QStringLiteral("7.50"), QString(), QStringLiteral("135790"),
                    [&](const Result<pay::PaymentOrder> &r) { first = r; });
        if (!afterBooking) {
            cut = true;
            proxy.setDropDownstream(true);
        }
        QVERIFY(waitFor([&] { return first.has_value(); }, 20000));
        QVERIFY(cut);
        QVERIFY(first->ok());
        const QString orderId = first->value().orderId;
        // Told: no answer, it will be sent again; not paid, not refused.
        QCOMPARE(first->value().state, pay::PaymentOrder::State::Unknown);
        QVERIFY(!first->value().message.isEmpty());
        QCOMPARE(balance("cafe@localhost"), afterBooking ? cafeBefore + 750 : cafeBefore);

        proxy.setDropDownstream(false);
        proxy.sever();
        QVERIFY(waitOnline(stream, 30000));
        QVERIFY(waitFor(
            [&] {
                auto o = service.store().order(orderId);
                return o.ok() && o->has_value() && (*o)->state == pay::PaymentOrder::State::Paid;
            },
            20000));
        const auto done = service.store().order(orderId);
        QCOMPARE((*done)->duplicate, afterBooking);
        QCOMPARE(balance("lihua@localhost"), payerBefore - 750);
        QCOMPARE(balance("cafe@localhost"), cafeBefore + 750);
        QCOMPARE(bank.bookings(QStringLiteral("lihua@localhost"), orderId), 1);
        service.setTracker(nullptr);
        stream.disconnectFromServer();
    }
};

QTEST_GUILESS_MAIN(TestFaultLink)
#include "tst_fault_link.moc"
