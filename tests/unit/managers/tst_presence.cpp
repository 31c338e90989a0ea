#include "FakeChannel.h"
#include "xmpp/PresenceManager.h"

#include <QSignalSpy>
#include <QtTest>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

class TestPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_presence = std::make_unique<PresenceManager>(m_channel.get());
        m_channel->startSession();
    }
    void cleanup()
    {
        m_presence.reset();
        m_channel.reset();
    }

    void tracksResources()
    {
        const Jid romeo = Jid::parse(u"romeo@example.net");
        QSignalSpy online(m_presence.get(), &PresenceManager::onlineChanged);
        QVERIFY(!m_presence->isOnline(romeo));
        // RFC 6121 §4.4.2 style presence with show/status/priority and caps.
        m_channel->inject("<presence from='romeo@example.net/orchard' "
                          "to='juliet@capulet.lit/balcony' xml:lang='en'>"
                          "<show>dnd</show><status>Wooing Juliet</status>"
                          "<priority>1</priority>"
                          "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                          "node='http://psi-im.org' ver='q07IKJEyjvHSyhy//CH0CxmKi8w='/>"
                          "</presence>");
        QVERIFY(m_presence->isOnline(romeo));
        QVERIFY(m_presence->isOnline(Jid::parse(u"romeo@example.net/other")));
        QCOMPARE(online.size(), 1);
        const auto orchard = m_presence->resource(Jid::parse(u"romeo@example.net/orchard"));
        QVERIFY(orchard.has_value());
        QCOMPARE(orchard->show, PresenceManager::Show::DoNotDisturb);
        QCOMPARE(orchard->status, QStringLiteral("Wooing Juliet"));
        QCOMPARE(orchard->priority, 1);
        QCOMPARE(orchard->capsVer, QStringLiteral("q07IKJEyjvHSyhy//CH0CxmKi8w="));
        QCOMPARE(orchard->capsNode, QStringLiteral("http://psi-im.org"));

        m_channel->inject("<presence from='romeo@example.net/mobile'><show>away</show>"
                          "<priority>1</priority></presence>");
        QCOMPARE(m_presence->resources(romeo).size(), 2);
        QCOMPARE(online.size(), 1);
        // Same priority: 'away' beats 'dnd'.
        QCOMPARE(m_presence->bestResource(romeo)->resource, QStringLiteral("mobile"));
        m_channel->inject("<presence from='romeo@example.net/orchard'><priority>5</priority>"
                          "</presence>");
        QCOMPARE(m_presence->bestResource(romeo)->resource, QStringLiteral("orchard"));
        QCOMPARE(m_presence->resource(Jid::parse(u"romeo@example.net/orchard"))->show,
                 PresenceManager::Show::Online);

        m_channel->inject("<presence from='romeo@example.net/orchard' type='unavailable'/>");
        QVERIFY(m_presence->isOnline(romeo));
        m_channel->inject("<presence from='romeo@example.net/mobile' type='unavailable'/>");
        QVERIFY(!m_presence->isOnline(romeo));
        QCOMPARE(online.size(), 2);
        QCOMPARE(online.at(1).at(1).toBool(), false);
        QVERIFY(!m_presence->bestResource(romeo).has_value());
    }

    void priorityClampedAndGarbageIgnored()
    {
        m_channel->inject("<presence from='a@example.net/x'><priority>999</priority>"
                          "<show>bogus</show></presence>");
        const auto r = m_presence->resource(Jid::parse(u"a@example.net/x"));
        QCOMPARE(r->priority, 127);
        QCOMPARE(r->show, PresenceManager::Show::Online);
        m_channel->inject("<presence><status>no from</status></presence>");
        m_channel->inject("<presence from='@@'/>");
        QCOMPARE(m_presence->onlineContacts().size(), 1);
        // Subscription presences are not availability.
        m_channel->inject("<presence from='b@example.net' type='subscribe'/>");
        QVERIFY(!m_presence->isOnline(Jid::parse(u"b@example.net")));
    }

    void errorAndBareUnavailable()
    {
        m_channel->inject("<presence from='a@example.net/x'/>");
        m_channel->inject("<presence from='a@example.net/y'/>");
        m_channel->inject("<presence from='a@example.net' type='unavailable'/>");
        QVERIFY(!m_presence->isOnline(Jid::parse(u"a@example.net")));
        m_channel->inject("<presence from='b@example.net/x'/>");
        m_channel->inject("<presence from='b@example.net' type='error'><error type='cancel'>"
                          "<remote-server-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
        QVERIFY(!m_presence->isOnline(Jid::parse(u"b@example.net")));
    }

    void newSessionForgetsResumedKeeps()
    {
        m_channel->inject("<presence from='a@example.net/x'/>");
        m_channel->dropLink();
        m_channel->startSession(true);
        QVERIFY(m_presence->isOnline(Jid::parse(u"a@example.net")));
        QSignalSpy gone(m_presence.get(), &PresenceManager::resourceGone);
        QSignalSpy online(m_presence.get(), &PresenceManager::onlineChanged);
        m_channel->endSession();
        QVERIFY(!m_presence->isOnline(Jid::parse(u"a@example.net")));
        QCOMPARE(gone.size(), 1);
        QCOMPARE(online.size(), 1);
        m_channel->startSession(false);
        QCOMPARE(gone.size(), 1);
    }

    void ownPresence()
    {
        QVERIFY(m_channel->expectNothing()); // nothing until the app says so
        m_presence->setCapsSource([] {
            return FakeChannel::parse("<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                                      "node='https://teahouse.example' ver='abc='/>");
        });
        m_presence->setOwnPresence(PresenceManager::Show::Away, QStringLiteral("在喝茶"), 5);
        QVERIFY(m_channel->expect("<presence><show>away</show><status>在喝茶</status>"
                                  "<priority>5</priority>"
                                  "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                                  "node='https://teahouse.example' ver='abc='/></presence>"));
        // Sent again as initial presence of a new session, not after a resumption.
        m_channel->dropLink();
        m_channel->startSession(true);
        QVERIFY(m_channel->expectNothing());
        m_channel->endSession();
        m_channel->startSession(false);
        QVERIFY(m_channel->expect("<presence><show>away</show><status>在喝茶</status>"
                                  "<priority>5</priority>"
                                  "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' "
                                  "node='https://teahouse.example' ver='abc='/></presence>"));
        m_presence->setCapsSource({});
        m_presence->setOwnPresence(PresenceManager::Show::Online);
        QVERIFY(m_channel->expect("<presence/>"));
        m_presence->setUnavailable(QStringLiteral("bye"));
        QVERIFY(m_channel->expect("<presence type='unavailable'><status>bye</status>"
                                  "</presence>"));
        m_channel->endSession();
        m_channel->startSession(false);
        QVERIFY(m_channel->expectNothing());
    }

private:
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<PresenceManager> m_presence;
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
