#include "FakeChannel.h"
#include "xmpp/IqTracker.h"

#include <QtTest>
#include <optional>

using namespace teahouse;
using namespace teahouse::xmpp;
using teahouse::test::FakeChannel;
using namespace std::chrono_literals;

class TestIqTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_channel = std::make_unique<FakeChannel>();
        m_tracker = std::make_unique<IqTracker>(m_channel.get());
        m_channel->startSession();
        m_result.reset();
    }
    void cleanup()
    {
        m_tracker.reset();
        m_channel.reset();
    }

    void resultIsDelivered()
    {
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        QCOMPARE(m_tracker->pendingCount(), 1);
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'>"
                          "<pong xmlns='urn:test'/></iq>");
        QVERIFY(m_result.has_value());
        QVERIFY(m_result->ok());
        QVERIFY(m_result->value().hasChild(u"pong", u"urn:test"));
        QCOMPARE(m_tracker->pendingCount(), 0);
    }

    void errorCarriesConditionAndText()
    {
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq type='error' from='capulet.lit' id='$ID'>"
                          "<error type='cancel'>"
                          "<conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                          "<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>Taken</text>"
                          "</error></iq>");
        QVERIFY(m_result.has_value());
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::Conflict);
        QCOMPARE(IqTracker::errorCondition(m_result->error()), QStringLiteral("conflict"));
        QCOMPARE(IqTracker::errorText(m_result->error()), QStringLiteral("Taken"));
    }

    void errorWithoutConditionIsUndefined()
    {
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq type='error' from='capulet.lit' id='$ID'/>");
        QVERIFY(m_result.has_value());
        QCOMPARE(IqTracker::errorCondition(m_result->error()),
                 QStringLiteral("undefined-condition"));
        QCOMPARE(m_result->error().code, Error::Code::Protocol);
    }

    void wrongIdIsIgnored()
    {
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq type='result' from='capulet.lit' id='not-the-id'/>");
        QVERIFY(!m_result.has_value());
        QCOMPARE(m_tracker->pendingCount(), 1);
        // An answer to an unknown id gets no reply either (answers are never answered).
        QVERIFY(m_channel->expectNothing());
    }

    void forgedSenderIsIgnored_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("accepted");
        // Request to a contact: only that exact JID may answer.
        QTest::newRow("contact-exact") << "romeo@montague.lit/orchard"
                                       << "romeo@montague.lit/orchard" << true;
        QTest::newRow("contact-case") << "romeo@montague.lit/orchard"
                                      << "Romeo@Montague.LIT/orchard" << true;
        QTest::newRow("contact-other-resource") << "romeo@montague.lit/orchard"
                                                << "romeo@montague.lit/garden" << false;
        QTest::newRow("contact-bare-for-full") << "romeo@montague.lit/orchard"
                                               << "romeo@montague.lit" << false;
        QTest::newRow("contact-forged") << "romeo@montague.lit"
                                        << "tybalt@capulet.lit" << false;
        QTest::newRow("contact-no-from") << "romeo@montague.lit"
                                         << "" << false;
        QTest::newRow("contact-server") << "romeo@montague.lit"
                                        << "capulet.lit" << false;
        // Request to the server: only the server.
        QTest::newRow("server") << "capulet.lit"
                                << "capulet.lit" << true;
        QTest::newRow("server-no-from") << "capulet.lit"
                                        << "" << true;
        QTest::newRow("server-forged") << "capulet.lit"
                                       << "romeo@montague.lit" << false;
        QTest::newRow("server-subdomain") << "capulet.lit"
                                          << "evil.capulet.lit" << false;
        // Request to our own bare JID: the server answers for it, with or without 'from'.
        QTest::newRow("self-bare") << "juliet@capulet.lit"
                                   << "juliet@capulet.lit" << true;
        QTest::newRow("self-no-from") << "juliet@capulet.lit"
                                      << "" << true;
        QTest::newRow("self-forged") << "juliet@capulet.lit"
                                     << "nurse@capulet.lit" << false;
        // No 'to' (RFC 6120 §10.3.3): our bare JID, our domain, or no 'from'.
        QTest::newRow("none-no-from") << ""
                                      << "" << true;
        QTest::newRow("none-bare") << ""
                                   << "juliet@capulet.lit" << true;
        QTest::newRow("none-domain") << ""
                                     << "capulet.lit" << true;
        QTest::newRow("none-full") << ""
                                   << "juliet@capulet.lit/balcony" << false;
        QTest::newRow("none-forged") << ""
                                     << "romeo@montague.lit" << false;
        QTest::newRow("none-malformed") << ""
                                        << "@@@" << false;
    }
    void forgedSenderIsIgnored()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        QFETCH(bool, accepted);
        sendPing(Jid::parse(to));
        const Element sent = m_channel->takeSent();
        QVERIFY(!sent.isNull());
        QCOMPARE(sent.attribute(u"to"), to.isEmpty() ? QString() : Jid::parse(to).toString());
        Element answer = FakeChannel::parse("<iq type='result'/>");
        answer.setAttribute(QStringLiteral("id"), sent.attribute(u"id"));
        if (!from.isEmpty())
            answer.setAttribute(QStringLiteral("from"), from);
        m_channel->inject(answer);
        QCOMPARE(m_result.has_value(), accepted);
        QCOMPARE(m_tracker->pendingCount(), accepted ? 0 : 1);
    }

    void forgedThenGenuine()
    {
        sendPing(Jid::parse(u"romeo@montague.lit/orchard"));
        QVERIFY(m_channel->expect("<iq type='get' to='romeo@montague.lit/orchard' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->inject("<iq type='error' from='tybalt@capulet.lit' id='$ID'>"
                          "<error type='cancel'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        QVERIFY(!m_result.has_value());
        m_channel->inject("<iq type='result' from='romeo@montague.lit/orchard' id='$ID'/>");
        QVERIFY(m_result.has_value());
        QVERIFY(m_result->ok());
    }

    void preBindServerAnswerWithoutFrom()
    {
        // In-band registration runs before binding: no bound JID yet.
        FakeChannel channel;
        IqTracker tracker(&channel);
        std::optional<Result<Element>> result;
        tracker.get(Jid::parse(u"example.com"),
                    Element(QStringLiteral("query"), QStringLiteral("jabber:iq:register")), nullptr,
                    [&](const Result<Element> &r) { result = r; });
        QVERIFY(channel.expect("<iq type='get' to='example.com' id='$ID'>"
                               "<query xmlns='jabber:iq:register'/></iq>"));
        channel.inject("<iq type='result' id='$ID'/>");
        QVERIFY(result.has_value() && result->ok());
    }

    void idsAreFreshAndUnique()
    {
        QSet<QString> ids;
        for (int i = 0; i < 200; ++i) {
            sendPing(Jid::parse(u"capulet.lit"));
            const QString id = m_channel->takeSent().attribute(u"id");
            QCOMPARE(id.size(), 22);
            QVERIFY(!ids.contains(id));
            ids.insert(id);
        }
    }

    void timeoutFails()
    {
        m_tracker->setDefaultTimeout(50ms);
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 5000);
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::Timeout);
        QVERIFY(IqTracker::errorCondition(m_result->error()).isEmpty());
        QCOMPARE(m_tracker->pendingCount(), 0);
        // A late answer is ignored: the handler ran once.
        m_result.reset();
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'/>");
        QVERIFY(!m_result.has_value());
    }

    void perRequestTimeout()
    {
        std::optional<Result<Element>> fast;
        m_tracker->get(
            Jid::parse(u"capulet.lit"), Element(QStringLiteral("a"), QStringLiteral("urn:test")),
            nullptr, [&](const Result<Element> &r) { fast = r; }, 30ms);
        sendPing(Jid::parse(u"capulet.lit")); // default 30 s
        QTRY_VERIFY_WITH_TIMEOUT(fast.has_value(), 5000);
        QCOMPARE(fast->error().code, Error::Code::Timeout);
        QVERIFY(!m_result.has_value());
        QCOMPARE(m_tracker->pendingCount(), 1);
    }

    void sessionLostFailsPending()
    {
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->endSession();
        QVERIFY(m_result.has_value());
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::Network);
        QCOMPARE(m_tracker->pendingCount(), 0);
        // Sent while offline: the stream queues it for the next session, where it is answered.
        std::optional<Result<Element>> queued;
        m_tracker->get(Jid::parse(u"capulet.lit"),
                       Element(QStringLiteral("a"), QStringLiteral("urn:test")), nullptr,
                       [&](const Result<Element> &r) { queued = r; });
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<a xmlns='urn:test'/></iq>"));
        m_channel->startSession(false);
        QVERIFY(!queued.has_value());
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'/>");
        QVERIFY(queued.has_value() && queued->ok());
    }

    void sessionResumedKeepsPending()
    {
        sendPing(Jid::parse(u"capulet.lit"));
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<ping xmlns='urn:xmpp:ping'/></iq>"));
        m_channel->dropLink();
        m_channel->startSession(true);
        QVERIFY(!m_result.has_value());
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'/>");
        QVERIFY(m_result.has_value());
        QVERIFY(m_result->ok());
    }

    void destroyedContextIsNotCalled()
    {
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_tracker->get(Jid::parse(u"capulet.lit"),
                       Element(QStringLiteral("a"), QStringLiteral("urn:test")), context.get(),
                       [&](const Result<Element> &) { called = true; });
        QVERIFY(m_channel->expect("<iq type='get' to='capulet.lit' id='$ID'>"
                                  "<a xmlns='urn:test'/></iq>"));
        context.reset();
        m_channel->inject("<iq type='result' from='capulet.lit' id='$ID'/>");
        QVERIFY(!called);
        QCOMPARE(m_tracker->pendingCount(), 0);
    }

    void unhandledRequestGetsServiceUnavailable()
    {
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='v1'>"
                          "<query xmlns='jabber:iq:version'/></iq>");
        QVERIFY(
            m_channel->expect("<iq type='error' to='romeo@montague.lit/orchard' id='v1'>"
                              "<error type='cancel'>"
                              "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                              "</error></iq>"));
        QVERIFY(m_channel->expectNothing());
    }

    void requestWithoutPayloadIsBadRequest()
    {
        m_channel->inject("<iq type='set' from='romeo@montague.lit/orchard' id='b1'/>");
        QVERIFY(m_channel->expect(
            "<iq type='error' to='romeo@montague.lit/orchard' id='b1'>"
            "<error type='modify'>"
            "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='b2'>"
                          "<a xmlns='urn:test'/><b xmlns='urn:test'/></iq>");
        QVERIFY(m_channel->expect(
            "<iq type='error' to='romeo@montague.lit/orchard' id='b2'>"
            "<error type='modify'>"
            "<bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    }

    void registeredHandler()
    {
        QObject owner;
        int calls = 0;
        m_tracker->registerHandler(
            QStringLiteral("query"), QStringLiteral("jabber:iq:version"), &owner,
            [&](const Element &iq) {
                ++calls;
                if (iq.attribute(u"from").startsWith(u"tybalt"))
                    return false;
                Element query(QStringLiteral("query"), QStringLiteral("jabber:iq:version"));
                query.addTextChild(QStringLiteral("name"), QStringLiteral("Teahouse"));
                m_tracker->sendResult(iq, query);
                return true;
            });
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='v1'>"
                          "<query xmlns='jabber:iq:version'/></iq>");
        QVERIFY(m_channel->expect("<iq type='result' to='romeo@montague.lit/orchard' id='v1'>"
                                  "<query xmlns='jabber:iq:version'><name>Teahouse</name>"
                                  "</query></iq>"));
        // Same element name, other namespace: not this handler.
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='v2'>"
                          "<query xmlns='jabber:iq:other'/></iq>");
        QVERIFY(m_channel->expect("<iq type='error' to='romeo@montague.lit/orchard' id='v2'>"
                                  "<error type='cancel'><service-unavailable "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        // The handler declines.
        m_channel->inject("<iq type='get' from='tybalt@capulet.lit/x' id='v3'>"
                          "<query xmlns='jabber:iq:version'/></iq>");
        QVERIFY(m_channel->expect("<iq type='error' to='tybalt@capulet.lit/x' id='v3'>"
                                  "<error type='cancel'><service-unavailable "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
        QCOMPARE(calls, 2);
    }

    void handlerDroppedWithOwner()
    {
        auto owner = std::make_unique<QObject>();
        bool called = false;
        m_tracker->registerHandler(QStringLiteral("query"), QStringLiteral("jabber:iq:version"),
                                   owner.get(), [&](const Element &) { return called = true; });
        owner.reset();
        m_channel->inject("<iq type='get' from='romeo@montague.lit/orchard' id='v1'>"
                          "<query xmlns='jabber:iq:version'/></iq>");
        QVERIFY(!called);
        QVERIFY(m_channel->expect("<iq type='error' to='romeo@montague.lit/orchard' id='v1'>"
                                  "<error type='cancel'><service-unavailable "
                                  "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"));
    }

    void otherStanzasIgnored()
    {
        m_channel->inject("<message from='romeo@montague.lit' id='m1'><body>hi</body></message>");
        m_channel->inject("<iq type='bogus' from='romeo@montague.lit' id='x'/>");
        QVERIFY(m_channel->expectNothing());
    }

private:
    void sendPing(const Jid &to)
    {
        m_tracker->get(to, Element(QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping")),
                       nullptr, [this](const Result<Element> &r) { m_result = r; });
    }

    std::unique_ptr<FakeChannel> m_channel;
    std::unique_ptr<IqTracker> m_tracker;
    std::optional<Result<Element>> m_result;
};

QTEST_GUILESS_MAIN(TestIqTracker)
#include "tst_iqtracker.moc"
