#include "FakeChannel.h"
#include "xmpp/BlockingManager.h"
#include "xmpp/IqTracker.h"

#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;

// XEP-0191 over a FakeChannel: the list fetched at session start, block and unblock requests
// with the examples' stanzas, pushes from the server applied and answered, forged pushes
// refused.
class TestBlocking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>(Jid::parse(u"juliet@capulet.com/chamber"));
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_blocking = std::make_unique<BlockingManager>(m_tracker.get());
    }
    void cleanup()
    {
        m_blocking.reset();
        m_tracker.reset();
        m_channel.reset();
    }

    void fetchAtSessionStart()
    {
        QSignalSpy received(m_blocking.get(), &BlockingManager::blocklistReceived);
        QSignalSpy blocked(m_blocking.get(), &BlockingManager::jidBlocked);
        m_channel->startSession();
        QVERIFY(m_channel->expect(
            "<iq type='get' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        // XEP-0191 Example 2.
        m_channel->inject("<iq type='result' id='$ID'><blocklist xmlns='urn:xmpp:blocking'>"
                          "<item jid='romeo@montague.net'/><item jid='iago@shakespeare.lit'/>"
                          "<item jid='not a jid@@'/></blocklist></iq>");
        QCOMPARE(received.size(), 1);
        QVERIFY(m_blocking->isLoaded());
        QCOMPARE(m_blocking->blocklist(), (QList<Jid>{Jid::parse(u"romeo@montague.net"),
                                                      Jid::parse(u"iago@shakespeare.lit")}));
        QCOMPARE(blocked.size(), 2);
        QVERIFY(m_blocking->isBlocked(Jid::parse(u"romeo@montague.net/orchard")));
        QVERIFY(!m_blocking->isBlocked(Jid::parse(u"nurse@capulet.com")));

        // A resumed session keeps the list: no new request.
        m_channel->dropLink();
        m_channel->startSession(true);
        QVERIFY(m_channel->expectNothing());
    }

    void blockAndUnblock()
    {
        m_channel->startSession();
        QVERIFY(m_channel->expect(
            "<iq type='get' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        m_channel->inject("<iq type='result' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>");
        QVERIFY(m_blocking->blocklist().isEmpty());

        std::optional<Status> done;
        QSignalSpy blocked(m_blocking.get(), &BlockingManager::jidBlocked);
        m_blocking->block({Jid::parse(u"romeo@montague.net")}, this,
                          [&](const Status &s) { done = s; });
        // XEP-0191 Example 5.
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><block xmlns='urn:xmpp:blocking'>"
                                  "<item jid='romeo@montague.net'/></block></iq>"));
        const QByteArray blockId = m_channel->lastId().toUtf8();
        // The server pushes before it answers (§3.3); both apply once.
        m_channel->inject("<iq type='set' id='push1'><block xmlns='urn:xmpp:blocking'>"
                          "<item jid='romeo@montague.net'/></block></iq>");
        QVERIFY(m_channel->expect("<iq type='result' id='push1'/>"));
        QCOMPARE(blocked.size(), 1);
        m_channel->inject("<iq type='result' id='" + blockId + "'/>");
        QVERIFY(done.has_value() && done->ok());
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(m_blocking->blocklist(), QList<Jid>{Jid::parse(u"romeo@montague.net")});

        // Unblock with an error from the server: the list stays.
        done.reset();
        m_blocking->unblock({Jid::parse(u"romeo@montague.net")}, this,
                            [&](const Status &s) { done = s; });
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><unblock xmlns='urn:xmpp:blocking'>"
                                  "<item jid='romeo@montague.net'/></unblock></iq>"));
        m_channel->inject("<iq type='error' id='$ID'><error type='cancel'><not-acceptable "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(done.has_value() && !done->ok());
        QCOMPARE(done->error().condition, u"not-acceptable"_qs);
        QCOMPARE(m_blocking->blocklist().size(), 1);

        // Unblock without a push (the answer alone applies it).
        QSignalSpy unblocked(m_blocking.get(), &BlockingManager::jidUnblocked);
        m_blocking->unblock({Jid::parse(u"romeo@montague.net")});
        QVERIFY(m_channel->expect("<iq type='set' id='$ID'><unblock xmlns='urn:xmpp:blocking'>"
                                  "<item jid='romeo@montague.net'/></unblock></iq>"));
        m_channel->inject("<iq type='result' id='$ID'/>");
        QCOMPARE(unblocked.size(), 1);
        QVERIFY(m_blocking->blocklist().isEmpty());
    }

    void unblockAll()
    {
        m_channel->startSession();
        QVERIFY(m_channel->expect(
            "<iq type='get' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        m_channel->inject("<iq type='result' id='$ID'><blocklist xmlns='urn:xmpp:blocking'>"
                          "<item jid='a@x.lit'/><item jid='b@x.lit'/></blocklist></iq>");
        QSignalSpy unblocked(m_blocking.get(), &BlockingManager::jidUnblocked);
        // Another device unblocked everyone: XEP-0191 Example 12, an empty <unblock/>.
        m_channel->inject("<iq type='set' id='push2' from='juliet@capulet.com'>"
                          "<unblock xmlns='urn:xmpp:blocking'/></iq>");
        QVERIFY(m_channel->expect("<iq type='result' id='push2' to='juliet@capulet.com'/>"));
        QCOMPARE(unblocked.size(), 2);
        QVERIFY(m_blocking->blocklist().isEmpty());

        m_blocking->unblockAll();
        QVERIFY(
            m_channel->expect("<iq type='set' id='$ID'><unblock xmlns='urn:xmpp:blocking'/></iq>"));
    }

    void forgedPushRefused()
    {
        m_channel->startSession();
        QVERIFY(m_channel->expect(
            "<iq type='get' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>"));
        m_channel->inject("<iq type='result' id='$ID'><blocklist xmlns='urn:xmpp:blocking'/></iq>");
        m_channel->inject("<iq type='set' id='evil' from='mallory@evil.lit/x'>"
                          "<block xmlns='urn:xmpp:blocking'><item jid='romeo@montague.net'/>"
                          "</block></iq>");
        QVERIFY(m_channel->expect("<iq type='error' id='evil' to='mallory@evil.lit/x'>"
                                  "<error type='cancel'><service-unavailable "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        QVERIFY(m_blocking->blocklist().isEmpty());
        // A block push without items is malformed (§3.3).
        m_channel->inject("<iq type='set' id='empty'><block xmlns='urn:xmpp:blocking'/></iq>");
        QVERIFY(m_channel->expect("<iq type='error' id='empty'><error type='modify'>"
                                  "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                  "</error></iq>"));
    }

    void emptyRequestsRefusedLocally()
    {
        std::optional<Status> done;
        m_blocking->block({}, this, [&](const Status &s) { done = s; });
        QVERIFY(done.has_value() && !done->ok());
        QVERIFY(m_channel->expectNothing());
    }

    void listElement()
    {
        const Element e = BlockingManager::listElement(
            u"block", {Jid::parse(u"a@x.lit"), Jid::parse(u"b@x.lit/r")});
        QCOMPARE(e.childrenNamed(u"item", BlockingManager::kNamespace).size(), 2);
        QCOMPARE(e.children().at(1).attribute(u"jid"), u"b@x.lit/r"_qs);
    }

private:
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<BlockingManager> m_blocking;
};

QTEST_GUILESS_MAIN(TestBlocking)
#include "tst_blocking.moc"
