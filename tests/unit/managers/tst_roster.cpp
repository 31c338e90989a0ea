#include "FakeChannel.h"
#include "xmpp/IqTracker.h"
#include "xmpp/RosterManager.h"
#include "xmpp/RosterMemoryCache.h"

#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

namespace {

// RFC 6121 §2.1.4, Example: roster result.
constexpr const char *kRosterResult =
    "<iq id='$ID' to='juliet@capulet.lit/balcony' type='result'>"
    "<query xmlns='jabber:iq:roster' ver='ver11'>"
    "<item jid='romeo@example.net' name='Romeo' subscription='both'>"
    "<group>Friends</group></item>"
    "<item jid='mercutio@example.com' name='Mercutio' subscription='from'/>"
    "<item jid='benvolio@example.net' name='Benvolio' subscription='none'/>"
    "</query></iq>";

Jid jid(const char *text)
{
    return Jid::parse(QString::fromUtf8(text));
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_cache = std::make_unique<RosterMemoryCache>();
    }
    void cleanup()
    {
        m_roster.reset();
        m_tracker.reset();
        m_channel.reset();
        m_cache.reset();
    }

    void fetchFullRoster()
    {
        makeRoster();
        QSignalSpy received(m_roster.get(), &RosterManager::rosterReceived);
        m_channel->startSession();
        QVERIFY(m_channel->expect("<iq type='get' id='$ID'>"
                                  "<query xmlns='jabber:iq:roster' ver=''/></iq>"));
        QVERIFY(!m_roster->isLoaded());
        m_channel->inject(kRosterResult);
        QCOMPARE(received.size(), 1);
        QVERIFY(m_roster->isLoaded());
        QCOMPARE(m_roster->items().size(), 3);
        const auto romeo = m_roster->item(jid("romeo@example.net/orchard"));
        QVERIFY(romeo.has_value());
        QCOMPARE(romeo->name, QStringLiteral("Romeo"));
        QCOMPARE(romeo->groups, QStringList{QStringLiteral("Friends")});
        QCOMPARE(romeo->subscription, RosterItem::Subscription::Both);
        QVERIFY(romeo->seesTheirPresence() && romeo->sharesOurPresence());
        QCOMPARE(m_roster->item(jid("mercutio@example.com"))->subscription,
                 RosterItem::Subscription::From);
        QCOMPARE(m_cache->version(), QStringLiteral("ver11"));
        QCOMPARE(m_cache->items().size(), 3);
        QVERIFY(m_channel->expectNothing());
    }

    void fetchWithCurrentVersionUsesCache()
    {
        RosterItem nurse;
        nurse.jid = jid("nurse@example.com");
        nurse.name = QStringLiteral("Nurse");
        nurse.subscription = RosterItem::Subscription::Both;
        QVERIFY(m_cache->replaceAll(QStringLiteral("ver14"), {nurse}).ok());
        makeRoster();
        QCOMPARE(m_roster->items().size(), 1); // available offline, before any fetch
        QSignalSpy received(m_roster.get(), &RosterManager::rosterReceived);
        m_channel->startSession();
        // RFC 6121 §2.6.3: the cached version goes out, an empty result says it is current.
        QVERIFY(m_channel->expect("<iq type='get' id='$ID'>"
                                  "<query xmlns='jabber:iq:roster' ver='ver14'/></iq>"));
        m_channel->inject("<iq id='$ID' to='juliet@capulet.lit/balcony' type='result'/>");
        QCOMPARE(received.size(), 1);
        QVERIFY(m_roster->isLoaded());
        QCOMPARE(m_roster->items(), QList<RosterItem>{nurse});
        // Then changes arrive as pushes carrying the new version.
        m_channel->inject("<iq id='a78b4q6ha463' type='set'>"
                          "<query xmlns='jabber:iq:roster' ver='ver15'>"
                          "<item jid='nurse@example.com' subscription='remove'/>"
                          "</query></iq>");
        QVERIFY(m_channel->expect("<iq id='a78b4q6ha463' type='result'/>"));
        QVERIFY(m_roster->items().isEmpty());
        QCOMPARE(m_cache->version(), QStringLiteral("ver15"));
        QVERIFY(m_cache->items().isEmpty());
    }

    void noVersionWhenServerLacksIt()
    {
        makeRoster();
        m_roster->setVersioningSupported(false);
        m_channel->startSession();
        QVERIFY(m_channel->expect("<iq type='get' id='$ID'>"
                                  "<query xmlns='jabber:iq:roster'/></iq>"));
    }

    void resumedSessionDoesNotRefetch()
    {
        startWithRoster();
        m_channel->dropLink();
        m_channel->startSession(true);
        QVERIFY(m_channel->expectNothing());
        QVERIFY(m_roster->isLoaded());
        // A lost session: the roster is fetched again with the stored version.
        m_channel->endSession();
        QVERIFY(!m_roster->isLoaded());
        QCOMPARE(m_roster->items().size(), 3); // still shown from the cache meanwhile
        m_channel->startSession(false);
        QVERIFY(m_channel->expect("<iq type='get' id='$ID'>"
                                  "<query xmlns='jabber:iq:roster' ver='ver11'/></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(m_roster->isLoaded());
    }

    void fetchErrorReported()
    {
        makeRoster();
        m_roster->setFetchOnSessionStart(false);
        m_channel->startSession();
        std::optional<Status> status;
        m_roster->fetch(this, [&](const Status &s) { status = s; });
        QVERIFY(m_channel->expect("<iq type='get' id='$ID'>"
                                  "<query xmlns='jabber:iq:roster' ver=''/></iq>"));
        m_channel->inject("<iq id='$ID' type='error'><error type='wait'>"
                          "<internal-server-error xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "</error></iq>");
        QVERIFY(status.has_value());
        QVERIFY(!status->ok());
        QVERIFY(!m_roster->isLoaded());
    }

    void pushAccepted_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("replyTo");
        QTest::newRow("no-from") << ""
                                 << "";
        QTest::newRow("own-bare") << "juliet@capulet.lit"
                                  << "juliet@capulet.lit";
        QTest::newRow("own-bare-case") << "Juliet@Capulet.lit"
                                       << "Juliet@Capulet.lit";
    }
    void pushAccepted()
    {
        QFETCH(QString, from);
        QFETCH(QString, replyTo);
        startWithRoster();
        QSignalSpy changed(m_roster.get(), &RosterManager::itemChanged);
        // RFC 6121 §2.3.2, Example: roster push.
        Element push = FakeChannel::parse("<iq id='a78b4q6ha463' type='set'>"
                                          "<query xmlns='jabber:iq:roster' ver='ver13'>"
                                          "<item jid='nurse@example.com' name='Nurse'>"
                                          "<group>Servants</group></item></query></iq>");
        if (!from.isEmpty())
            push.setAttribute(QStringLiteral("from"), from);
        m_channel->inject(push);
        Element reply = FakeChannel::parse("<iq id='a78b4q6ha463' type='result'/>");
        if (!replyTo.isEmpty())
            reply.setAttribute(QStringLiteral("to"), replyTo);
        QVERIFY(m_channel->expect(reply.toXml()));
        QCOMPARE(changed.size(), 1);
        const auto nurse = m_roster->item(jid("nurse@example.com"));
        QVERIFY(nurse.has_value());
        QCOMPARE(nurse->groups, QStringList{QStringLiteral("Servants")});
        QCOMPARE(nurse->subscription, RosterItem::Subscription::None);
        QCOMPARE(m_roster->items().size(), 4);
        QCOMPARE(m_cache->version(), QStringLiteral("ver13"));
        QCOMPARE(m_cache->items().size(), 4);
    }

    void forgedPushIgnored_data()
    {
        QTest::addColumn<QString>("from");
        QTest::newRow("contact") << "romeo@example.net";
        QTest::newRow("contact-full") << "romeo@example.net/orchard";
        QTest::newRow("server") << "capulet.lit";
        QTest::newRow("own-full") << "juliet@capulet.lit/chamber";
        QTest::newRow("same-local-other-domain") << "juliet@montague.lit";
    }
    void forgedPushIgnored()
    {
        QFETCH(QString, from);
        startWithRoster();
        QSignalSpy changed(m_roster.get(), &RosterManager::itemChanged);
        QSignalSpy removed(m_roster.get(), &RosterManager::itemRemoved);
        Element push = FakeChannel::parse("<iq id='evil1' type='set'>"
                                          "<query xmlns='jabber:iq:roster' ver='ver99'>"
                                          "<item jid='romeo@example.net' subscription='remove'/>"
                                          "</query></iq>");
        push.setAttribute(QStringLiteral("from"), from);
        m_channel->inject(push);
        Element reply = FakeChannel::parse(
            "<iq id='evil1' type='error'><error type='cancel'><service-unavailable "
            "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        reply.setAttribute(QStringLiteral("to"), from);
        QVERIFY(m_channel->expect(reply.toXml()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(m_roster->item(jid("romeo@example.net")).has_value());
        QCOMPARE(m_cache->version(), QStringLiteral("ver11"));
    }

    void malformedPushRefused()
    {
        startWithRoster();
        m_channel->inject("<iq id='p2' type='set'><query xmlns='jabber:iq:roster' ver='v'>"
                          "<item jid='a@example.net'/><item jid='b@example.net'/>"
                          "</query></iq>");
        QVERIFY(m_channel->expect("<iq id='p2' type='error'><error type='modify'><bad-request "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        m_channel->inject("<iq id='p3' type='set'><query xmlns='jabber:iq:roster' ver='v'>"
                          "<item jid='not a jid@@'/></query></iq>");
        QVERIFY(m_channel->expect("<iq id='p3' type='error'><error type='modify'><bad-request "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        QCOMPARE(m_roster->items().size(), 3);
        QCOMPARE(m_cache->version(), QStringLiteral("ver11"));
    }

    void pushRemove()
    {
        startWithRoster();
        QSignalSpy removed(m_roster.get(), &RosterManager::itemRemoved);
        m_channel->inject("<iq id='r1' type='set'><query xmlns='jabber:iq:roster' ver='ver12'>"
                          "<item jid='benvolio@example.net' subscription='remove'/>"
                          "</query></iq>");
        QVERIFY(m_channel->expect("<iq id='r1' type='result'/>"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).value<Jid>(), jid("benvolio@example.net"));
        QVERIFY(!m_roster->item(jid("benvolio@example.net")).has_value());
        QCOMPARE(m_cache->items().size(), 2);
    }

    void addUpdateRemove()
    {
        startWithRoster();
        std::optional<Status> status;
        // RFC 6121 §2.3.1 / §2.4.1: no subscription attribute from the client.
        m_roster->addOrUpdate(
            jid("nurse@example.com"), QStringLiteral("Nurse"),
            {QStringLiteral("Servants"), QStringLiteral(" Servants "), QStringLiteral("茶友")},
            this, [&](const Status &s) { status = s; });
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'>"
                                  "<item jid='nurse@example.com' name='Nurse'>"
                                  "<group>Servants</group><group>茶友</group></item>"
                                  "</query></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QVERIFY(status.has_value() && status->ok());

        status.reset();
        m_roster->remove(jid("romeo@example.net/orchard"), this,
                         [&](const Status &s) { status = s; });
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><query xmlns='jabber:iq:roster'>"
                                  "<item jid='romeo@example.net' subscription='remove'/>"
                                  "</query></iq>"));
        m_channel->inject("<iq type='error' id='$ID'><error type='cancel'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(status.has_value());
        QCOMPARE(status->error().code, Error::Code::NotFound);
    }

    void outgoingSubscriptions()
    {
        startWithRoster();
        m_roster->subscribe(jid("romeo@example.net/orchard"), QStringLiteral("我是朱丽叶"));
        QVERIFY(m_channel->expect("<presence id='$ID' to='romeo@example.net' type='subscribe'>"
                                  "<status>我是朱丽叶</status></presence>"));
        // XEP-0379 §3.4: the token rides along.
        m_roster->subscribe(jid("romeo@montague.net"), {}, QStringLiteral("1tMFqYDdKhfe2pwp"));
        QVERIFY(m_channel->expect("<presence id='$ID' to='romeo@montague.net' type='subscribe'>"
                                  "<preauth xmlns='urn:xmpp:pars:0' token='1tMFqYDdKhfe2pwp'/>"
                                  "</presence>"));
        m_roster->approve(jid("romeo@example.net"));
        QVERIFY(m_channel->expect("<presence id='$ID' to='romeo@example.net' type='subscribed'/>"));
        m_roster->preApprove(jid("nurse@example.com"));
        QVERIFY(m_channel->expect("<presence id='$ID' to='nurse@example.com' type='subscribed'/>"));
        m_roster->deny(jid("tybalt@example.net"));
        QVERIFY(
            m_channel->expect("<presence id='$ID' to='tybalt@example.net' type='unsubscribed'/>"));
        m_roster->unsubscribe(jid("romeo@example.net"));
        QVERIFY(
            m_channel->expect("<presence id='$ID' to='romeo@example.net' type='unsubscribe'/>"));
        QVERIFY(m_channel->expectNothing());
    }

    void incomingRequests()
    {
        startWithRoster();
        QSignalSpy requested(m_roster.get(), &RosterManager::subscriptionRequested);
        QSignalSpy changed(m_roster.get(), &RosterManager::pendingRequestsChanged);
        m_channel->inject("<presence from='romeo@example.net' to='juliet@example.com' "
                          "type='subscribe' id='s1'><status>Hi, it is Romeo</status>"
                          "</presence>");
        m_channel->inject("<presence from='nurse@example.com' type='subscribe'>"
                          "<preauth xmlns='urn:xmpp:pars:0' token='abc'/></presence>");
        QCOMPARE(requested.size(), 2);
        const auto requests = m_roster->pendingRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].from, jid("romeo@example.net"));
        QCOMPARE(requests[0].message, QStringLiteral("Hi, it is Romeo"));
        QCOMPARE(requests[1].preauthToken, QStringLiteral("abc"));
        // The server repeats pending requests at each login: no duplicate.
        m_channel->inject("<presence from='romeo@example.net' type='subscribe'>"
                          "<status>Hi, it is Romeo</status></presence>");
        QCOMPARE(requested.size(), 2);
        QCOMPARE(m_roster->pendingRequests().size(), 2);
        // Our own account and malformed senders are not requests.
        m_channel->inject("<presence from='juliet@capulet.lit/other' type='subscribe'/>");
        m_channel->inject("<presence type='subscribe'/>");
        m_channel->inject("<presence from='@bad' type='subscribe'/>");
        QCOMPARE(requested.size(), 2);

        m_roster->approve(jid("romeo@example.net"));
        QVERIFY(m_channel->expect("<presence id='$ID' to='romeo@example.net' type='subscribed'/>"));
        QCOMPARE(m_roster->pendingRequests().size(), 1);
        // The nurse withdraws her request.
        m_channel->inject("<presence from='nurse@example.com' type='unsubscribe'/>");
        QVERIFY(m_roster->pendingRequests().isEmpty());
        QVERIFY(changed.size() >= 4);
    }

    void requestSettledElsewhere()
    {
        startWithRoster();
        m_channel->inject("<presence from='nurse@example.com' type='subscribe'/>");
        QCOMPARE(m_roster->pendingRequests().size(), 1);
        // Approved on another device: the push shows subscription 'from'.
        m_channel->inject("<iq id='p9' type='set'><query xmlns='jabber:iq:roster' ver='v12'>"
                          "<item jid='nurse@example.com' subscription='from'/></query></iq>");
        QVERIFY(m_channel->expect("<iq id='p9' type='result'/>"));
        QVERIFY(m_roster->pendingRequests().isEmpty());
    }

    void answersToOurRequests()
    {
        startWithRoster();
        QSignalSpy approved(m_roster.get(), &RosterManager::subscriptionApproved);
        QSignalSpy refused(m_roster.get(), &RosterManager::subscriptionRefused);
        QSignalSpy gone(m_roster.get(), &RosterManager::contactUnsubscribed);
        m_channel->inject("<presence from='romeo@example.net' type='subscribed'/>");
        m_channel->inject("<presence from='tybalt@example.net/x' type='unsubscribed'/>");
        m_channel->inject("<presence from='mercutio@example.com' type='unsubscribe'/>");
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.at(0).at(0).value<Jid>(), jid("romeo@example.net"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).value<Jid>(), jid("tybalt@example.net"));
        QCOMPARE(gone.size(), 1);
    }

    void itemParsing()
    {
        const auto item = RosterItem::fromElement(
            FakeChannel::parse(
                "<item xmlns='jabber:iq:roster' jid='Romeo@Example.NET' ask='subscribe' "
                "approved='true' subscription='none'><group>A</group><group>A</group>"
                "<group> </group></item>")
                .firstChild());
        QVERIFY(!item.ok()); // firstChild of <item/> is a <group/>
        const auto parsed = RosterItem::fromElement(
            Element::fromXml("<item xmlns='jabber:iq:roster' jid='Romeo@Example.NET' "
                             "ask='subscribe' approved='true' subscription='none'>"
                             "<group>A</group><group>A</group><group> </group></item>"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->jid.toString(), QStringLiteral("romeo@example.net"));
        QVERIFY(parsed->askSubscribe);
        QVERIFY(parsed->approved);
        QCOMPARE(parsed->groups, QStringList{QStringLiteral("A")});
        QVERIFY(!RosterItem::fromElement(
                     Element::fromXml("<item xmlns='jabber:iq:roster' jid='a@b/c'/>"))
                     .ok());
        QVERIFY(
            !RosterItem::fromElement(
                 Element::fromXml("<item xmlns='jabber:iq:roster' jid='a@b' subscription='all'/>"))
                 .ok());
        QVERIFY(
            !RosterItem::fromElement(Element::fromXml("<item xmlns='jabber:iq:roster'/>")).ok());
        // Round trip.
        const auto again = RosterItem::fromElement(parsed->toElement());
        QVERIFY(again.ok());
        QCOMPARE(*again, *parsed);
    }

private:
    void makeRoster()
    {
        m_roster = std::make_unique<RosterManager>(m_tracker.get(), m_cache.get());
    }
    void startWithRoster()
    {
        makeRoster();
        m_channel->startSession();
        QVERIFY(m_channel->expect("<iq type='get' id='$ID'>"
                                  "<query xmlns='jabber:iq:roster' ver=''/></iq>"));
        m_channel->inject(kRosterResult);
        QVERIFY(m_roster->isLoaded());
    }

    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<RosterMemoryCache> m_cache;
    std::unique_ptr<RosterManager> m_roster;
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
