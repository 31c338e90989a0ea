#include "FakeChannel.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PingManager.h"

#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;
using namespace std::chrono_literals;

class TestPing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_ping = std::make_unique<PingManager>(m_tracker.get());
        m_channel->startSession();
        m_status.reset();
    }
    void cleanup()
    {
        m_ping.reset();
        m_tracker.reset();
        m_channel.reset();
    }

    void answersPings()
    {
        // XEP-0199 §4.2: server-to-client ping.
        m_channel->inject("<iq from='capulet.lit' to='juliet@capulet.lit/balcony' id='s2c1' "
                          "type='get'><ping xmlns='urn:xmpp:ping'/></iq>");
        QVERIFY(m_channel->expect("<iq to='capulet.lit' id='s2c1' type='result'/>"));
        // §4.3: from another client.
        m_channel->inject("<iq from='romeo@montague.lit/home' id='e2e1' type='get'>"
                          "<ping xmlns='urn:xmpp:ping'/></iq>");
        QVERIFY(m_channel->expect("<iq to='romeo@montague.lit/home' id='e2e1' type='result'/>"));
        // A ping is a get; a set is not understood.
        m_channel->inject("<iq from='romeo@montague.lit/home' id='e2e2' type='set'>"
                          "<ping xmlns='urn:xmpp:ping'/></iq>");
        QVERIFY(m_channel->expect("<iq to='romeo@montague.lit/home' id='e2e2' type='error'>"
                                  "<error type='cancel'><service-unavailable "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    }

    void pingServer()
    {
        m_ping->pingServer(this, [this](const Status &s) { m_status = s; });
        // XEP-0199 §4.1: client-to-server ping.
        QVERIFY(m_channel->expect("<iq to='capulet.lit' id='$ID' type='get'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq from='capulet.lit' to='juliet@capulet.lit/balcony' id='$ID' "
                          "type='result'/>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

    void serverErrorStillMeansAlive()
    {
        m_ping->pingServer(this, [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect("<iq to='capulet.lit' id='$ID' type='get'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq from='capulet.lit' id='$ID' type='error'><error type='cancel'>"
                          "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "</error></iq>");
        QVERIFY(m_status.has_value() && m_status->ok());
    }

    void serverSilentTimesOut()
    {
        m_ping->pingServer(
            this, [this](const Status &s) { m_status = s; }, 40ms);
        QVERIFY(m_channel->expect("<iq to='capulet.lit' id='$ID' type='get'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        // An answer from someone else does not count.
        m_channel->inject("<iq from='romeo@montague.lit' id='$ID' type='result'/>");
        QVERIFY(!m_status.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(m_status.has_value(), 5000);
        QCOMPARE(m_status->error().code, Error::Code::Timeout);
    }

    void pingContact()
    {
        m_ping->ping(Jid::parse(u"romeo@montague.lit/home"), this,
                     [this](const Status &s) { m_status = s; });
        QVERIFY(m_channel->expect("<iq to='romeo@montague.lit/home' id='$ID' type='get'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq from='romeo@montague.lit/home' id='$ID' type='error'>"
                          "<error type='cancel'><service-unavailable "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(m_status.has_value());
        QVERIFY(!m_status->ok());
        QCOMPARE(IqTracker::errorCondition(m_status->error()),
                 QStringLiteral("service-unavailable"));
    }

private:
    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::unique_ptr<PingManager> m_ping;
    std::optional<Status> m_status;
};

QTEST_GUILESS_MAIN(TestPing)
#include "tst_ping.moc"
