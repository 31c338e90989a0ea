#include "StreamTestSupport.h"
#include "TcpProxy.h"
#include "TestServer.h"
#include "xmpp/Stream.h"

#include <QSignalSpy>
#include <QTest>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::xmpp;

// The link cut in the middle of traffic (a loopback proxy between the client and Prosody):
// XEP-0198 resumption must deliver every numbered message exactly once and in order, both
// when the cut loses the client's stanzas and when it loses the server's acks; and when
// resumption fails, the un-acknowledged messages go out again in a new session.
class TestStreamResume : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    int m_round = 0;

    StreamSettings aliceSettings(quint16 port)
    {
        StreamSettings s =
            streamSettingsFor(*m_server, QStringLiteral("alice"), QStringLiteral("alice pw"));
        s.port = port;
        // Fast and exact first retry, so the test does not wait on jitter.
        s.reconnect.initialDelayMs = 300;
        s.reconnectRandom = [] {
            return 0.5;
        };
        return s;
    }

    // Bodies of the chat messages bob received with the given prefix, in arrival order.
    static QStringList bodies(const QSignalSpy &spy, const QString &prefix)
    {
        QStringList out;
        for (const auto &args : spy) {
            const Element e = args.first().value<Element>();
            if (e.name() == u"message" && e.childText(u"body").startsWith(prefix))
                out.append(e.childText(u"body"));
        }
        return out;
    }
    static QStringList numbered(const QString &prefix, int from, int to)
    {
        QStringList out;
        for (int i = from; i <= to; ++i)
            out.append(prefix + QString::number(i));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("alice"), QStringLiteral("alice pw")).ok());
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob pw")).ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    void cutAndResume_data()
    {
        QTest::addColumn<bool>("loseUpstream");
        // The client's stanzas vanish: the server never handled them, they must be resent.
        QTest::newRow("client stanzas lost") << true;
        // The server handled them but its acks vanish: they must not be sent twice.
        QTest::newRow("server acks lost") << false;
    }
    void cutAndResume()
    {
        QFETCH(bool, loseUpstream);
        const QString prefix = QStringLiteral("r%1-").arg(++m_round);
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        Stream alice;
        alice.setSettings(aliceSettings(proxy.port()));
        Stream bob;
        bob.setSettings(
            streamSettingsFor(*m_server, QStringLiteral("bob"), QStringLiteral("bob pw")));
        alice.connectToServer();
        bob.connectToServer();
        QVERIFY(waitOnline(alice));
        QVERIFY(waitOnline(bob));
        QSignalSpy received(&bob, &Stream::stanzaReceived);
        QSignalSpy acked(&alice, &Stream::stanzaAcked);
        QSignalSpy started(&alice, &Stream::sessionStarted);
        QSignalSpy ended(&alice, &Stream::sessionEnded);
        const QString to = bob.boundJid().toString();
        int next = 1;
        const auto send = [&](int count) {
            for (int i = 0; i < count; ++i, ++next)
                alice.sendStanza(chatMessage(to, prefix + QString::number(next),
                                             prefix + QStringLiteral("id%1").arg(next)));
        };

        // Traffic flows normally.
        send(10);
        QVERIFY(waitFor([&] { return acked.size() == 10; }));
        // The route dies silently in one direction; alice keeps sending.
        if (loseUpstream)
            proxy.setDropUpstream(true);
        else
            proxy.setDropDownstream(true);
        send(5);
        QVERIFY(waitFor([&] {
            return loseUpstream ? proxy.droppedUpstreamBytes() > 0
                                : bodies(received, prefix).size() == 15;
        }));
        QTest::qWait(200); // let the last writes reach the proxy
        QCOMPARE(alice.streamManagement().unackedCount(), 5);
        // Then the connection breaks.
        proxy.setDropUpstream(false);
        proxy.setDropDownstream(false);
        proxy.setRefuseNew(true);
        proxy.sever();
        QVERIFY(waitFor([&] { return alice.state() == Stream::State::Reconnecting; }));
        // Written while offline: queued, sent after the resumed ones.
        send(5);
        QCOMPARE(alice.queuedCount(), 5);
        proxy.setRefuseNew(false);
        alice.reconnectNow();
        QVERIFY(waitOnline(alice, 20000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toBool(), true); // resumed, not a new session
        QCOMPARE(ended.size(), 0);

        QVERIFY(
            waitFor([&] { return bodies(received, prefix).size() >= 20 && acked.size() == 20; }));
        QTest::qWait(300); // a duplicate would arrive now
        QCOMPARE(bodies(received, prefix), numbered(prefix, 1, 20));
        QCOMPARE(acked.size(), 20);
        QStringList ackedIds;
        for (const auto &args : acked)
            ackedIds.append(args.first().toString());
        QCOMPARE(ackedIds.size(), QSet<QString>(ackedIds.begin(), ackedIds.end()).size());
        QCOMPARE(alice.streamManagement().unackedCount(), 0);
        QVERIFY(proxy.connectionCount() >= 2);
        alice.disconnectFromServer();
        bob.disconnectFromServer();
    }

    void resumptionFailsThenResent()
    {
        const QString prefix = QStringLiteral("f%1-").arg(++m_round);
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        Stream alice;
        alice.setSettings(aliceSettings(proxy.port()));
        Stream bob;
        bob.setSettings(
            streamSettingsFor(*m_server, QStringLiteral("bob"), QStringLiteral("bob pw")));
        alice.connectToServer();
        bob.connectToServer();
        QVERIFY(waitOnline(alice));
        QVERIFY(waitOnline(bob));
        QSignalSpy received(&bob, &Stream::stanzaReceived);
        QSignalSpy started(&alice, &Stream::sessionStarted);
        QSignalSpy ended(&alice, &Stream::sessionEnded);
        QSignalSpy acked(&alice, &Stream::stanzaAcked);
        const QString to = bob.boundJid().toString();
        const QString aliceJid = alice.boundJid().toString();

        alice.sendStanza(chatMessage(to, prefix + QStringLiteral("1")));
        QVERIFY(waitFor([&] { return acked.size() == 1; }));
        proxy.setDropUpstream(true);
        for (int i = 2; i <= 6; ++i)
            alice.sendStanza(chatMessage(to, prefix + QString::number(i)));
        QVERIFY(waitFor([&] { return proxy.droppedUpstreamBytes() > 0; }));
        QTest::qWait(200);
        QCOMPARE(alice.streamManagement().unackedCount(), 5);
        proxy.setDropUpstream(false);
        proxy.setRefuseNew(true);
        proxy.sever();
        QVERIFY(waitFor([&] { return alice.state() == Stream::State::Reconnecting; }));

        // Meanwhile the same account and resource signs in elsewhere: Prosody replaces the
        // hibernating session, so its resumption id is gone.
        {
            Stream usurper;
            usurper.setSettings(
                streamSettingsFor(*m_server, QStringLiteral("alice"), QStringLiteral("alice pw")));
            usurper.connectToServer();
            QVERIFY(waitOnline(usurper));
            QCOMPARE(usurper.boundJid().toString(), aliceJid);
            usurper.disconnectFromServer();
            QVERIFY(waitFor([&] { return usurper.state() == Stream::State::Disconnected; }));
        }

        proxy.setRefuseNew(false);
        alice.reconnectNow();
        QVERIFY(waitOnline(alice, 20000));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toBool(), false); // a new session
        QVERIFY(waitFor([&] { return bodies(received, prefix).size() >= 6; }));
        QVERIFY(waitFor([&] { return alice.streamManagement().unackedCount() == 0; }));
        QTest::qWait(300);
        QCOMPARE(bodies(received, prefix), numbered(prefix, 1, 6));
        alice.disconnectFromServer();
        bob.disconnectFromServer();
    }

    void deadLinkDetectedByKeepalive()
    {
        // No FIN, no RST: the route just goes quiet. The keepalive notices and resumes.
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        StreamSettings s = aliceSettings(proxy.port());
        s.keepaliveIntervalMs = 500;
        s.keepaliveTimeoutMs = 1000;
        Stream alice;
        alice.setSettings(s);
        alice.connectToServer();
        QVERIFY(waitOnline(alice));
        QSignalSpy started(&alice, &Stream::sessionStarted);
        proxy.setDropUpstream(true);
        proxy.setDropDownstream(true);
        QVERIFY(waitFor([&] { return alice.state() != Stream::State::Online; }, 10000));
        QCOMPARE(alice.lastError().code, Error::Code::Timeout);
        proxy.setDropUpstream(false);
        proxy.setDropDownstream(false);
        proxy.sever(); // the old connection is dead anyway; Prosody hibernates the session
        QVERIFY(waitOnline(alice, 20000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toBool(), true);
        alice.disconnectFromServer();
    }
};

QTEST_GUILESS_MAIN(TestStreamResume)
#include "tst_stream_resume.moc"
