#include "../stream/StreamTestSupport.h"
#include "Peer.h"
#include "TestServer.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/RosterMemoryCache.h"
#include "xmpp/Stream.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::xmpp;

// Teahouse against an independent implementation (python3-slixmpp): signs in to an account
// that slixmpp registered in-band, does the subscription handshake both ways through the
// RosterManager, exchanges presence and a message each way; and slixmpp signs in to an
// account Teahouse registered.
class TestInteropPeer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    // The account a Teahouse client runs with its managers, as the app wires them.
    struct Client
    {
        explicit Client(const StreamSettings &settings)
            : tracker(&stream)
            , roster(&tracker, &cache)
            , presence(&stream)
        {
            stream.setSettings(settings);
        }
        Stream stream;
        IqTracker tracker;
        RosterMemoryCache cache;
        RosterManager roster;
        PresenceManager presence;
    };

    Status registerWithSlixmpp(const QString &user, const QString &password)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(TEAHOUSE_SOURCE_DIR "/tests/integration/interop/register_account.py"),
             m_server->jid(user), password, m_server->host(), QString::number(m_server->c2sPort()),
             m_server->caPath()});
        if (!process.waitForFinished(30000))
            return Error::make(Error::Code::Timeout, QStringLiteral("registration hung"));
        const QByteArray output = process.readAll();
        if (process.exitCode() != 0 || !output.contains("registered"))
            return Error::make(Error::Code::Protocol, QString::fromUtf8(output));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("bob pw")).ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    void accountMadeByAnotherClient()
    {
        const Status registered =
            registerWithSlixmpp(QStringLiteral("zhang"), QStringLiteral("茶馆 pw"));
        QVERIFY2(registered.ok(), qPrintable(registered.error().message));

        Client zhang(
            streamSettingsFor(*m_server, QStringLiteral("zhang"), QStringLiteral("茶馆 pw")));
        QSignalSpy rosterLoaded(&zhang.roster, &RosterManager::rosterReceived);
        zhang.presence.setOwnPresence(PresenceManager::Show::Online, QStringLiteral("在喝茶"));
        zhang.stream.connectToServer();
        QVERIFY(waitOnline(zhang.stream));
        QCOMPARE(zhang.stream.boundJid().bare().toString(), m_server->jid(QStringLiteral("zhang")));
        QVERIFY(waitFor([&] { return zhang.roster.isLoaded(); }));
        QVERIFY(zhang.roster.items().isEmpty());

        Peer bob(QStringLiteral("bobpeer"));
        QVERIFY(bob.start().ok());
        const Status signedIn =
            bob.signIn(*m_server, QStringLiteral("bob"), QStringLiteral("bob pw"),
                       QJsonObject{{QStringLiteral("auto_accept"), false}});
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        const Jid bobJid = Jid::parse(m_server->jid(QStringLiteral("bob")));
        const QString zhangBare = m_server->jid(QStringLiteral("zhang"));

        // Zhang asks to see Bob's presence.
        QSignalSpy approved(&zhang.roster, &RosterManager::subscriptionApproved);
        zhang.roster.subscribe(bobJid, QStringLiteral("我是小张"));
        auto request = bob.waitForEvent([&](const QJsonObject &e) {
            return e.value(u"event").toString() == u"presence" &&
                   e.value(u"type").toString() == u"subscribe";
        });
        QVERIFY2(request.has_value(), qPrintable(bob.diagnostics()));
        QCOMPARE(Jid::parse(request->value(u"from").toString()).bare().toString(), zhangBare);
        QCOMPARE(request->value(u"status").toString(), QStringLiteral("我是小张"));
        bob.sendPresence(zhangBare, QStringLiteral("subscribed"));
        QVERIFY(waitFor([&] { return !approved.isEmpty(); }));
        QCOMPARE(approved.first().first().value<Jid>(), bobJid);
        QVERIFY(waitFor([&] {
            const auto item = zhang.roster.item(bobJid);
            return item && item->subscription == RosterItem::Subscription::To;
        }));

        // And the other way: Bob asks, Zhang accepts.
        QSignalSpy requested(&zhang.roster, &RosterManager::subscriptionRequested);
        bob.sendPresence(zhangBare, QStringLiteral("subscribe"));
        QVERIFY(waitFor([&] { return !requested.isEmpty(); }));
        QCOMPARE(requested.first().first().value<RosterManager::SubscriptionRequest>().from,
                 bobJid);
        zhang.roster.approve(bobJid);
        QVERIFY(waitFor([&] {
            const auto item = zhang.roster.item(bobJid);
            return item && item->subscription == RosterItem::Subscription::Both;
        }));
        QCOMPARE(bob.subscription(zhangBare), QStringLiteral("both"));

        // Presence both ways: Bob sees Zhang's status, Zhang sees Bob come online.
        auto zhangPresence = bob.waitForEvent([&](const QJsonObject &e) {
            return e.value(u"event").toString() == u"presence" &&
                   Jid::parse(e.value(u"from").toString()).bare().toString() == zhangBare &&
                   e.value(u"type").toString() != u"unavailable" &&
                   e.value(u"type").toString() != u"subscribe" &&
                   e.value(u"type").toString() != u"subscribed";
        });
        if (!zhangPresence) {
            // Zhang's initial presence went out before the subscription existed; send it anew.
            zhang.presence.setOwnPresence(PresenceManager::Show::Online, QStringLiteral("在喝茶"));
            zhangPresence = bob.waitForEvent([&](const QJsonObject &e) {
                return e.value(u"event").toString() == u"presence" &&
                       Jid::parse(e.value(u"from").toString()).bare().toString() == zhangBare &&
                       e.value(u"status").toString() == u"在喝茶";
            });
        }
        QVERIFY2(zhangPresence.has_value(), qPrintable(bob.diagnostics()));
        QCOMPARE(Jid::parse(zhangPresence->value(u"from").toString()), zhang.stream.boundJid());
        QCOMPARE(zhangPresence->value(u"status").toString(), QStringLiteral("在喝茶"));

        bob.command(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("presence")},
                                {QStringLiteral("type"), QStringLiteral("available")},
                                {QStringLiteral("show"), QStringLiteral("dnd")},
                                {QStringLiteral("status"), QStringLiteral("building")}});
        QVERIFY(waitFor([&] {
            const auto best = zhang.presence.bestResource(bobJid);
            return best && best->status == u"building";
        }));
        QVERIFY(zhang.presence.isOnline(bobJid));
        QCOMPARE(zhang.presence.bestResource(bobJid)->show, PresenceManager::Show::DoNotDisturb);

        // A message each way.
        QSignalSpy received(&zhang.stream, &Stream::stanzaReceived);
        QSignalSpy acked(&zhang.stream, &Stream::stanzaAcked);
        zhang.stream.sendStanza(chatMessage(bobJid.toString(), QStringLiteral("你好 Bob, 喝茶吗?"),
                                            QStringLiteral("tea-1")));
        const auto message = bob.waitForEvent([](const QJsonObject &e) {
            return e.value(u"event").toString() == u"message" &&
                   e.value(u"type").toString() == u"chat";
        });
        QVERIFY2(message.has_value(), qPrintable(bob.diagnostics()));
        QCOMPARE(message->value(u"body").toString(), QStringLiteral("你好 Bob, 喝茶吗?"));
        QCOMPARE(message->value(u"id").toString(), QStringLiteral("tea-1"));
        QCOMPARE(Jid::parse(message->value(u"from").toString()), zhang.stream.boundJid());
        QVERIFY(waitFor([&] { return !acked.isEmpty(); }));

        bob.sendMessage(zhangBare, QStringLiteral("好的, 马上到"));
        Element reply;
        QVERIFY(waitFor([&] {
            for (const auto &args : received) {
                const Element e = args.first().value<Element>();
                if (e.name() == u"message" && !e.childText(u"body").isEmpty()) {
                    reply = e;
                    return true;
                }
            }
            return false;
        }));
        QCOMPARE(reply.childText(u"body"), QStringLiteral("好的, 马上到"));
        QCOMPARE(Jid::parse(reply.attribute(u"from")).bare(), bobJid);

        zhang.stream.disconnectFromServer();
        auto gone = bob.waitForEvent([&](const QJsonObject &e) {
            return e.value(u"event").toString() == u"presence" &&
                   e.value(u"type").toString() == u"unavailable" &&
                   Jid::parse(e.value(u"from").toString()).bare().toString() == zhangBare;
        });
        QVERIFY2(gone.has_value(), "a clean close makes the server send unavailable");
    }

    void slixmppSignsInToAccountTeahouseRegistered()
    {
        StreamSettings s = streamSettingsFor(*m_server, QStringLiteral("x"), QString());
        s.jid = Jid::parse(m_server->domain());
        Stream stream;
        stream.setSettings(s);
        QSignalSpy ready(&stream, &Stream::registrationReady);
        QSignalSpy received(&stream, &Stream::stanzaReceived);
        stream.connectForRegistration();
        QVERIFY(waitFor([&] { return !ready.isEmpty(); }));
        Element set(QStringLiteral("iq"));
        set.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
        set.setAttribute(QStringLiteral("id"), QStringLiteral("reg"));
        Element &query =
            set.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
        query.addTextChild(QStringLiteral("username"), QStringLiteral("li"));
        query.addTextChild(QStringLiteral("password"), QStringLiteral("李 pw"));
        stream.sendStanza(set);
        QVERIFY(waitFor([&] { return !received.isEmpty(); }));
        QCOMPARE(received.first().first().value<Element>().attribute(u"type"),
                 QStringLiteral("result"));
        stream.disconnectFromServer();

        Peer li(QStringLiteral("lipeer"));
        QVERIFY(li.start().ok());
        const Status signedIn = li.signIn(*m_server, QStringLiteral("li"), QStringLiteral("李 pw"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QCOMPARE(Jid::parse(li.boundJid()).bare().toString(), m_server->jid(QStringLiteral("li")));
    }
};

QTEST_GUILESS_MAIN(TestInteropPeer)
#include "tst_interop_peer.moc"
