#include "FakeStreamTransport.h"
#include "ScramTestServer.h"
#include "StreamHarness.h"
#include "xmpp/Stream.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace teahouse;
using namespace teahouse::xmpp;

using namespace teahouse::test;

class TestStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullNegotiation()
    {
        Harness h;
        QSignalSpy states(&h.stream, &Stream::stateChanged);
        QSignalSpy started(&h.stream, &Stream::sessionStarted);
        h.stream.connectToServer();
        QVERIFY(h.t());
        QCOMPARE(h.t()->m_host, QStringLiteral("xmpp.example.org"));
        QCOMPARE(h.t()->m_port, quint16(5222));
        QVERIFY(!h.t()->m_directTls);
        // The certificate must name the account's domain, not the host we connect to.
        QCOMPARE(h.t()->m_tls.peerName, QStringLiteral("example.org"));
        QCOMPARE(h.stream.state(), Stream::State::Connecting);

        QVERIFY(h.secure());
        // After TLS the header says who we are (RFC 6120 §4.7.1), not before.
        QVERIFY(h.lastHeader.contains("from='alice@example.org'"));
        QCOMPARE(h.stream.state(), Stream::State::Authenticating);

        h.inject(kServerHeader + features(mechanisms({"PLAIN"})));
        const Element auth = h.next();
        QCOMPARE(auth.attribute(u"mechanism"), QStringLiteral("PLAIN"));
        QCOMPARE(QByteArray::fromBase64(auth.text().toLatin1()), QByteArray("\0alice\0secret", 13));
        h.inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
        QVERIFY(h.nextIsHeader());
        QCOMPARE(h.stream.state(), Stream::State::Binding);

        h.inject(kServerHeader + kBindFeatures);
        const Element bind = h.next();
        QCOMPARE(bind.attribute(u"type"), QStringLiteral("set"));
        QCOMPARE(bind.firstChild(u"bind").childText(u"resource"), QStringLiteral("desk"));
        h.inject("<iq type='result' id='" + bind.attribute(u"id").toUtf8() +
                 "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                 "<jid>alice@example.org/desk</jid></bind></iq>");
        // Optional legacy session: skipped, straight to stream management.
        const Element enable = h.next();
        QVERIFY(enable.is(u"enable", u"urn:xmpp:sm:3"));
        QCOMPARE(enable.attribute(u"resume"), QStringLiteral("true"));
        QVERIFY(!h.stream.isOnline());
        h.inject("<enabled xmlns='urn:xmpp:sm:3' id='sm-1' resume='true' max='300'/>");

        QVERIFY(h.stream.isOnline());
        QCOMPARE(h.stream.boundJid().toString(), QStringLiteral("alice@example.org/desk"));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toBool(), false);
        QVERIFY(h.stream.streamManagement().canResume());
        QCOMPARE(h.stream.authenticationMechanism(), QStringLiteral("PLAIN"));
        QList<int> seen;
        for (const auto &args : states)
            seen.append(int(args.first().value<Stream::State>()));
        QCOMPARE(seen, (QList<int>{int(Stream::State::Connecting), int(Stream::State::Securing),
                                   int(Stream::State::Authenticating), int(Stream::State::Binding),
                                   int(Stream::State::Online)}));
        QVERIFY(h.nothingMore());
    }

    void requiredLegacySession()
    {
        Harness h;
        h.stream.connectToServer();
        QVERIFY(h.secure());
        QVERIFY(h.authenticatePlain());
        h.inject(kServerHeader +
                 features("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                          "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/>"));
        const Element bind = h.next();
        h.inject("<iq type='result' id='" + bind.attribute(u"id").toUtf8() +
                 "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                 "<jid>alice@example.org/desk</jid></bind></iq>");
        const Element session = h.next();
        QVERIFY(
            session.firstChild(u"session").is(u"session", u"urn:ietf:params:xml:ns:xmpp-session"));
        QVERIFY(!h.stream.isOnline());
        h.inject("<iq type='result' id='" + session.attribute(u"id").toUtf8() + "'/>");
        QVERIFY(h.stream.isOnline());
        QVERIFY(!h.stream.streamManagement().isEnabled());
    }

    void bindConflictRetriesWithoutResource()
    {
        Harness h;
        h.stream.connectToServer();
        QVERIFY(h.secure());
        QVERIFY(h.authenticatePlain());
        h.inject(kServerHeader + features("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"));
        const Element bind = h.next();
        h.inject("<iq type='error' id='" + bind.attribute(u"id").toUtf8() +
                 "'><error type='cancel'><conflict "
                 "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
        const Element retry = h.next();
        QVERIFY(retry.hasChild(u"bind"));
        QVERIFY(!retry.firstChild(u"bind").hasChild(u"resource"));
        h.inject("<iq type='result' id='" + retry.attribute(u"id").toUtf8() +
                 "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                 "<jid>alice@example.org/x1y2</jid></bind></iq>");
        QVERIFY(h.stream.isOnline());
        QCOMPARE(h.stream.boundJid().resource(), QStringLiteral("x1y2"));
    }

    void refusesServerWithoutStartTls()
    {
        Harness h;
        QSignalSpy errors(&h.stream, &Stream::errorOccurred);
        h.stream.connectToServer();
        h.t()->completeConnect();
        QVERIFY(h.nextIsHeader());
        // Plaintext link offering PLAIN and no STARTTLS: credentials must never be sent.
        h.inject(kServerHeader + features(mechanisms({"PLAIN", "SCRAM-SHA-1"})));
        QVERIFY(!h.allRaw.contains("<auth"));
        h.collect();
        QVERIFY(!h.allRaw.contains("<auth"));
        QVERIFY(!h.allRaw.contains("secret"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<Error>().code, Error::Code::Tls);
        QCOMPARE(h.stream.state(), Stream::State::Disconnected); // needs the user: no retry
        QCOMPARE(h.transports.size(), 1);
    }

    void startTlsBeforeAnythingElse()
    {
        // STARTTLS offered next to PLAIN on the plaintext link: the client upgrades first.
        Harness h;
        h.stream.connectToServer();
        h.t()->completeConnect();
        QVERIFY(h.nextIsHeader());
        h.inject(kServerHeader + features(mechanisms({"PLAIN"}) + kStartTls));
        QVERIFY(h.next().is(u"starttls", u"urn:ietf:params:xml:ns:xmpp-tls"));
        QVERIFY(h.nothingMore());
        h.inject("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        QVERIFY(!h.allRaw.contains("<auth"));
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.lastError().code, Error::Code::Tls);
    }

    void directTls()
    {
        StreamSettings s = defaultSettings();
        s.tlsMode = StreamSettings::TlsMode::DirectTls;
        s.port = 0;
        Harness h(s);
        h.stream.connectToServer();
        QVERIFY(h.t()->m_directTls);
        QCOMPARE(h.t()->m_port, quint16(5223));
        QCOMPARE(h.stream.state(), Stream::State::Securing);
        h.t()->completeConnect();
        QVERIFY(h.nextIsHeader());
        QVERIFY(!h.t()->m_startTlsCalled);
        QVERIFY(h.authenticatePlain());
        QVERIFY(h.bindAndEnable());
        QVERIFY(!h.t()->m_startTlsCalled);
    }

    void scram_data()
    {
        QTest::addColumn<QList<QByteArray>>("offered");
        QTest::addColumn<QByteArray>("extraFeatures");
        QTest::addColumn<QByteArray>("binding");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("gs2");
        const QByteArray cb = "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>"
                              "<channel-binding type='tls-server-end-point'/>"
                              "</sasl-channel-binding>";
        const QByteArray uniqueOnly = "<sasl-channel-binding xmlns='urn:xmpp:sasl-cb:0'>"
                                      "<channel-binding type='tls-unique'/>"
                                      "</sasl-channel-binding>";
        const QByteArray data = QByteArray(32, 'B');
        QTest::newRow("sha-256 over sha-1 and plain")
            << QList<QByteArray>{"SCRAM-SHA-1", "PLAIN", "SCRAM-SHA-256"} << QByteArray()
            << QByteArray() << "SCRAM-SHA-256" << QByteArray("n,,");
        QTest::newRow("sha-1 only") << QList<QByteArray>{"SCRAM-SHA-1"} << QByteArray()
                                    << QByteArray() << "SCRAM-SHA-1" << QByteArray("n,,");
        QTest::newRow("binding possible, no -PLUS offered: y")
            << QList<QByteArray>{"SCRAM-SHA-256"} << QByteArray() << data << "SCRAM-SHA-256"
            << QByteArray("y,,");
        QTest::newRow("-PLUS with end-point advertised")
            << QList<QByteArray>{"SCRAM-SHA-256", "SCRAM-SHA-256-PLUS", "SCRAM-SHA-1-PLUS"} << cb
            << data << "SCRAM-SHA-256-PLUS" << QByteArray("p=tls-server-end-point,,");
        // Prosody 0.12: -PLUS offered for tls-unique only (or not said): say 'n', not 'y'.
        QTest::newRow("-PLUS without XEP-0440")
            << QList<QByteArray>{"SCRAM-SHA-1", "SCRAM-SHA-1-PLUS"} << QByteArray() << data
            << "SCRAM-SHA-1" << QByteArray("n,,");
        QTest::newRow("-PLUS for tls-unique only")
            << QList<QByteArray>{"SCRAM-SHA-1", "SCRAM-SHA-1-PLUS"} << uniqueOnly << data
            << "SCRAM-SHA-1" << QByteArray("n,,");
    }
    void scram()
    {
        QFETCH(QList<QByteArray>, offered);
        QFETCH(QByteArray, extraFeatures);
        QFETCH(QByteArray, binding);
        QFETCH(QString, expected);
        QFETCH(QByteArray, gs2);
        Harness h;
        h.binding = binding;
        ScramTestServer server;
        server.algorithm = expected.startsWith(u"SCRAM-SHA-256") ? QCryptographicHash::Sha256
                                                                 : QCryptographicHash::Sha1;
        server.bindingData = binding;
        h.stream.connectToServer();
        QVERIFY(h.secure());
        h.inject(kServerHeader + features(mechanisms(offered) + extraFeatures));
        const Element auth = h.next();
        QCOMPARE(auth.attribute(u"mechanism"), expected);
        const QByteArray clientFirst = QByteArray::fromBase64(auth.text().toLatin1());
        QVERIFY2(clientFirst.startsWith(gs2 + "n=alice,r="), clientFirst.constData());
        h.inject("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" +
                 server.serverFirstFor(clientFirst).toBase64() + "</challenge>");
        const Element response = h.next();
        QVERIFY(response.is(u"response", u"urn:ietf:params:xml:ns:xmpp-sasl"));
        const QByteArray final =
            server.serverFinalFor(QByteArray::fromBase64(response.text().toLatin1()));
        QVERIFY(server.proofValid);
        QVERIFY(server.bindingValid);
        h.inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + final.toBase64() +
                 "</success>");
        QVERIFY(h.nextIsHeader());
        QVERIFY(h.bindAndEnable());
        QCOMPARE(h.stream.authenticationMechanism(), expected);
        QVERIFY(!h.allRaw.contains("secret"));
    }

    void forgedServerSignatureStops()
    {
        Harness h;
        ScramTestServer server;
        server.forgeSignature = true;
        QSignalSpy errors(&h.stream, &Stream::errorOccurred);
        h.stream.connectToServer();
        QVERIFY(h.secure());
        h.inject(kServerHeader + features(mechanisms({"SCRAM-SHA-256"})));
        const Element auth = h.next();
        h.inject("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" +
                 server.serverFirstFor(QByteArray::fromBase64(auth.text().toLatin1())).toBase64() +
                 "</challenge>");
        const Element response = h.next();
        const QByteArray final =
            server.serverFinalFor(QByteArray::fromBase64(response.text().toLatin1()));
        h.inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + final.toBase64() +
                 "</success>");
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<Error>().code, Error::Code::Authentication);
        QCOMPARE(h.stream.state(), Stream::State::Disconnected);
        QVERIFY(!h.stream.isOnline());
        QCOMPARE(h.transports.size(), 1);
        // No new stream was opened after the forged success.
        h.collect();
        for (const Written &w : std::as_const(h.out))
            QVERIFY(w.kind != Written::Kind::Header);
    }

    void wrongPassword()
    {
        Harness h;
        QSignalSpy errors(&h.stream, &Stream::errorOccurred);
        h.stream.connectToServer();
        QVERIFY(h.secure());
        h.inject(kServerHeader + features(mechanisms({"PLAIN"})));
        QVERIFY(h.next().is(u"auth", u"urn:ietf:params:xml:ns:xmpp-sasl"));
        h.inject("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>");
        QCOMPARE(errors.size(), 1);
        const Error error = errors.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Authentication);
        QCOMPARE(error.message, QStringLiteral("The password is wrong for this account"));
        QCOMPARE(h.stream.errorCodeName(), error.codeName());
        QCOMPARE(h.stream.state(), Stream::State::Disconnected);
        QTest::qWait(50);
        QCOMPARE(h.transports.size(), 1);
    }

    void temporaryAuthFailureRetries()
    {
        Harness h;
        h.stream.connectToServer();
        QVERIFY(h.secure());
        h.inject(kServerHeader + features(mechanisms({"PLAIN"})));
        (void)h.next();
        h.inject("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><temporary-auth-failure/>"
                 "</failure>");
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
    }

    void untrustedCertificate()
    {
        Harness h;
        QSignalSpy untrusted(&h.stream, &Stream::untrustedCertificate);
        QSignalSpy errors(&h.stream, &Stream::errorOccurred);
        h.stream.connectToServer();
        QVERIFY(h.t()->m_tls.pinnedSha256Fingerprints.isEmpty());
        h.t()->completeConnect();
        QVERIFY(h.nextIsHeader());
        h.inject(kServerHeader + features(kStartTls));
        (void)h.next();
        h.inject("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        const QString fp = QStringLiteral("AB:CD:EF");
        h.t()->failWith(StreamTransport::Failure::UntrustedCertificate,
                        QStringLiteral("The certificate is self-signed"), fp);
        QCOMPARE(untrusted.size(), 1);
        QCOMPARE(untrusted.first().at(0).toString(), fp);
        QCOMPARE(errors.size(), 1);
        const Error error = errors.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Tls);
        QVERIFY(error.message.contains(fp));
        QCOMPARE(h.stream.certificateFingerprint(), fp);
        QCOMPARE(h.stream.state(), Stream::State::Disconnected);
        QTest::qWait(50);
        QCOMPARE(h.transports.size(), 1);

        // Pinned: the transport is told, and accepts it (StreamSocketTransport's job).
        StreamSettings s = defaultSettings();
        s.pinnedSha256Fingerprints = {fp};
        h.stream.setSettings(s);
        h.stream.connectToServer();
        QCOMPARE(h.t()->m_tls.pinnedSha256Fingerprints, QStringList{fp});
    }

    void unreachable()
    {
        Harness h;
        h.stream.connectToServer();
        h.t()->failWith(StreamTransport::Failure::Network, QStringLiteral("Connection refused"));
        QCOMPARE(h.stream.lastError().code, Error::Code::Network);
        QVERIFY2(h.stream.errorMessage().startsWith(u"Could not reach server example.org"),
                 qPrintable(h.stream.errorMessage()));
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
        // Backoff doubles with each failure.
        h.stream.reconnectNow();
        QCOMPARE(h.transports.size(), 2);
        h.t()->failWith(StreamTransport::Failure::Network, QStringLiteral("Connection refused"));
        QCOMPARE(h.stream.secondsUntilReconnect(), 2);
        h.stream.reconnectNow();
        h.t()->failWith(StreamTransport::Failure::Network, QStringLiteral("Connection refused"));
        QCOMPARE(h.stream.secondsUntilReconnect(), 4);
        // And the timer does fire by itself.
        QTRY_COMPARE_WITH_TIMEOUT(h.transports.size(), 4, 10000);
    }

    void backoffResetsAfterSuccess()
    {
        Harness h;
        h.stream.connectToServer();
        h.t()->failWith(StreamTransport::Failure::Network, QStringLiteral("refused"));
        h.stream.reconnectNow();
        h.t()->failWith(StreamTransport::Failure::Network, QStringLiteral("refused"));
        QCOMPARE(h.stream.secondsUntilReconnect(), 2);
        h.stream.reconnectNow();
        QVERIFY(h.secure() && h.authenticatePlain() && h.bindAndEnable());
        QVERIFY(h.stream.errorMessage().isEmpty());
        h.t()->cut();
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.secondsUntilReconnect(), 1);
    }

    void offlineQueueAndIds()
    {
        Harness h;
        Element noId = message(QStringLiteral("bob@example.org"), QStringLiteral("hi"));
        h.stream.sendStanza(noId);
        QCOMPARE(h.stream.queuedCount(), 1);
        QVERIFY(h.online());
        const Element sent = h.next();
        QCOMPARE(sent.childText(u"body"), QStringLiteral("hi"));
        QVERIFY(!sent.attribute(u"id").isEmpty());
        QCOMPARE(h.stream.queuedCount(), 0);
        h.flushAckRequests();
        QVERIFY(h.next().is(u"r", u"urn:xmpp:sm:3"));
    }

    void namespacesInherited()
    {
        Harness h;
        QVERIFY(h.online());
        Element m(QStringLiteral("message"));
        m.setAttribute(QStringLiteral("to"), QStringLiteral("bob@example.org"));
        m.appendChild(Element(QStringLiteral("body"))).setText(QStringLiteral("x"));
        h.stream.sendStanza(m);
        h.collect();
        QVERIFY(!h.allRaw.contains("xmlns=\"\""));
        const Element sent = h.next();
        QCOMPARE(sent.xmlns(), QStringLiteral("jabber:client"));
        QCOMPARE(sent.firstChild(u"body").xmlns(), QStringLiteral("jabber:client"));
    }

    void acksAndCounters()
    {
        Harness h;
        QSignalSpy acked(&h.stream, &Stream::stanzaAcked);
        QSignalSpy received(&h.stream, &Stream::stanzaReceived);
        QVERIFY(h.online());
        for (int i = 1; i <= 3; ++i)
            h.stream.sendStanza(message(QStringLiteral("bob@example.org"), QString::number(i),
                                        QStringLiteral("m%1").arg(i)));
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(h.next().attribute(u"id"), QStringLiteral("m%1").arg(i));
        h.flushAckRequests();
        QVERIFY(h.next().is(u"r", u"urn:xmpp:sm:3"));
        QVERIFY(h.nothingMore()); // one <r/> for the burst
        QCOMPARE(h.stream.streamManagement().unackedCount(), 3);

        h.inject("<a xmlns='urn:xmpp:sm:3' h='2'/>");
        QCOMPARE(acked.size(), 2);
        QCOMPARE(acked.at(0).first().toString(), QStringLiteral("m1"));
        QCOMPARE(acked.at(1).first().toString(), QStringLiteral("m2"));
        QCOMPARE(h.stream.streamManagement().unackedCount(), 1);
        h.inject("<a xmlns='urn:xmpp:sm:3' h='2'/>"); // repeated: nothing new
        QCOMPARE(acked.size(), 2);

        // Inbound: each stanza counts, and <r/> is answered with the count.
        h.inject("<message from='bob@example.org/x' type='chat'><body>a</body></message>"
                 "<presence from='bob@example.org/x'/>");
        QCOMPARE(received.size(), 2);
        h.inject("<r xmlns='urn:xmpp:sm:3'/>");
        const Element a = h.next();
        QVERIFY(a.is(u"a", u"urn:xmpp:sm:3"));
        QCOMPARE(a.attribute(u"h"), QStringLiteral("2"));
        // Non-stanzas (acks, requests) do not count.
        h.inject("<r xmlns='urn:xmpp:sm:3'/>");
        QCOMPARE(h.next().attribute(u"h"), QStringLiteral("2"));
    }

    void ackTooHighIsAnError()
    {
        Harness h;
        QVERIFY(h.online());
        h.stream.sendStanza(message(QStringLiteral("bob@example.org"), QStringLiteral("1")));
        (void)h.next();
        h.inject("<a xmlns='urn:xmpp:sm:3' h='5'/>");
        const Element error = h.next();
        QVERIFY(error.is(u"error", u"http://etherx.jabber.org/streams"));
        QVERIFY(error.hasChild(u"undefined-condition"));
        QVERIFY(error.hasChild(u"handled-count-too-high", u"urn:xmpp:sm:3"));
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
    }

    void resumeResendsOnlyUnacked()
    {
        Harness h;
        QSignalSpy acked(&h.stream, &Stream::stanzaAcked);
        QSignalSpy started(&h.stream, &Stream::sessionStarted);
        QSignalSpy ended(&h.stream, &Stream::sessionEnded);
        QVERIFY(h.online());
        for (int i = 1; i <= 4; ++i)
            h.stream.sendStanza(message(QStringLiteral("bob@example.org"), QString::number(i),
                                        QStringLiteral("m%1").arg(i)));
        h.inject("<a xmlns='urn:xmpp:sm:3' h='1'/>");
        h.inject("<message from='bob@example.org/x'><body>in</body></message>");
        QCOMPARE(acked.size(), 1);

        h.t()->cut();
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(ended.size(), 0); // hibernating, not ended
        // Sent while the link is down: queued.
        h.stream.sendStanza(
            message(QStringLiteral("bob@example.org"), QStringLiteral("5"), QStringLiteral("m5")));
        h.stream.reconnectNow();
        QCOMPARE(h.transports.size(), 2);
        QVERIFY(h.secure());
        QVERIFY(h.authenticatePlain());
        h.inject(kServerHeader + kBindFeatures);
        const Element resume = h.next();
        QVERIFY(resume.is(u"resume", u"urn:xmpp:sm:3"));
        QCOMPARE(resume.attribute(u"previd"), QStringLiteral("sm-1"));
        QCOMPARE(resume.attribute(u"h"), QStringLiteral("1"));
        // The server had handled m2 before the cut; its ack never arrived.
        h.inject("<resumed xmlns='urn:xmpp:sm:3' previd='sm-1' h='2'/>");
        QVERIFY(h.stream.isOnline());
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.last().first().toBool(), true);
        QCOMPARE(ended.size(), 0);
        QCOMPARE(acked.size(), 2);
        QCOMPARE(acked.last().first().toString(), QStringLiteral("m2"));
        QCOMPARE(h.next().attribute(u"id"), QStringLiteral("m3"));
        QCOMPARE(h.next().attribute(u"id"), QStringLiteral("m4"));
        QCOMPARE(h.next().attribute(u"id"), QStringLiteral("m5"));
        h.flushAckRequests();
        QVERIFY(h.next().is(u"r", u"urn:xmpp:sm:3"));
        QVERIFY(h.nothingMore());
        QCOMPARE(h.stream.boundJid().toString(), QStringLiteral("alice@example.org/desk"));
        // Counting continues from the server's h.
        h.inject("<a xmlns='urn:xmpp:sm:3' h='5'/>");
        QCOMPARE(acked.size(), 5);
        QCOMPARE(h.stream.streamManagement().unackedCount(), 0);
    }

    void resumeWhenServerAckedEverything()
    {
        Harness h;
        QVERIFY(h.online());
        for (int i = 1; i <= 3; ++i)
            h.stream.sendStanza(message(QStringLiteral("bob@example.org"), QString::number(i),
                                        QStringLiteral("m%1").arg(i)));
        h.t()->cut();
        h.stream.reconnectNow();
        QVERIFY(h.secure() && h.authenticatePlain());
        h.inject(kServerHeader + kBindFeatures);
        QVERIFY(h.next().is(u"resume", u"urn:xmpp:sm:3"));
        h.inject("<resumed xmlns='urn:xmpp:sm:3' previd='sm-1' h='3'/>");
        QVERIFY(h.stream.isOnline());
        h.flushAckRequests();
        QVERIFY(h.nothingMore()); // nothing doubled
    }

    void resumeFailedSendsAgain_data()
    {
        QTest::addColumn<QByteArray>("failed");
        QTest::addColumn<QStringList>("resent");
        QTest::addColumn<int>("ackedCount");
        QTest::newRow("item-not-found, no h")
            << QByteArray("<failed xmlns='urn:xmpp:sm:3'><item-not-found "
                          "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>")
            << QStringList{"m1", "m2", "m3", "p1", "m4"} << 0;
        QTest::newRow("with h=2") << QByteArray(
                                         "<failed xmlns='urn:xmpp:sm:3' h='2'><item-not-found "
                                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>")
                                  << QStringList{"m3", "p1", "m4"} << 2;
    }
    void resumeFailedSendsAgain()
    {
        QFETCH(QByteArray, failed);
        QFETCH(QStringList, resent);
        QFETCH(int, ackedCount);
        Harness h;
        QSignalSpy started(&h.stream, &Stream::sessionStarted);
        QSignalSpy ended(&h.stream, &Stream::sessionEnded);
        QSignalSpy acked(&h.stream, &Stream::stanzaAcked);
        QVERIFY(h.online());
        for (int i = 1; i <= 3; ++i)
            h.stream.sendStanza(message(QStringLiteral("bob@example.org"), QString::number(i),
                                        QStringLiteral("m%1").arg(i)));
        Element iq(QStringLiteral("iq"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttribute(QStringLiteral("id"), QStringLiteral("q1"));
        iq.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:roster"));
        h.stream.sendStanza(iq);
        Element subscribe(QStringLiteral("presence"));
        subscribe.setAttribute(QStringLiteral("to"), QStringLiteral("bob@example.org"));
        subscribe.setAttribute(QStringLiteral("type"), QStringLiteral("subscribe"));
        subscribe.setAttribute(QStringLiteral("id"), QStringLiteral("p1"));
        h.stream.sendStanza(subscribe);
        Element broadcast(QStringLiteral("presence"));
        broadcast.setAttribute(QStringLiteral("id"), QStringLiteral("b1"));
        h.stream.sendStanza(broadcast);
        h.collect();
        h.out.clear();
        h.t()->cut();
        h.stream.sendStanza(
            message(QStringLiteral("bob@example.org"), QStringLiteral("4"), QStringLiteral("m4")));
        h.stream.reconnectNow();
        QVERIFY(h.secure() && h.authenticatePlain());
        h.inject(kServerHeader + kBindFeatures);
        QVERIFY(h.next().is(u"resume", u"urn:xmpp:sm:3"));
        h.inject(failed);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(acked.size(), ackedCount);
        // A new session: bind, enable, then the stanzas again.
        const Element bind = h.next();
        QVERIFY(bind.hasChild(u"bind"));
        h.inject("<iq type='result' id='" + bind.attribute(u"id").toUtf8() +
                 "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                 "<jid>alice@example.org/desk</jid></bind></iq>");
        QVERIFY(h.next().is(u"enable", u"urn:xmpp:sm:3"));
        h.inject("<enabled xmlns='urn:xmpp:sm:3' id='sm-2' resume='true'/>");
        QVERIFY(h.stream.isOnline());
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.last().first().toBool(), false);
        QStringList ids;
        h.collect();
        for (const Written &w : std::as_const(h.out)) {
            if (w.kind == Written::Kind::Element && w.element.xmlns() == u"jabber:client")
                ids.append(w.element.attribute(u"id"));
        }
        QCOMPARE(ids, resent);
        QCOMPARE(h.stream.streamManagement().id(), QStringLiteral("sm-2"));
        QCOMPARE(h.stream.streamManagement().unackedCount(), resent.size());
    }

    void smRefusedStillOnline()
    {
        Harness h;
        h.stream.connectToServer();
        QVERIFY(h.secure() && h.authenticatePlain());
        h.inject(kServerHeader + kBindFeatures);
        const Element bind = h.next();
        h.inject("<iq type='result' id='" + bind.attribute(u"id").toUtf8() +
                 "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                 "<jid>alice@example.org/desk</jid></bind></iq>");
        (void)h.next();
        h.inject("<failed xmlns='urn:xmpp:sm:3'><unexpected-request "
                 "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></failed>");
        QVERIFY(h.stream.isOnline());
        QVERIFY(!h.stream.streamManagement().isEnabled());
        QSignalSpy ended(&h.stream, &Stream::sessionEnded);
        h.t()->cut();
        QCOMPARE(ended.size(), 1); // nothing to resume: the session is over
    }

    void parserErrorSendsStreamError()
    {
        Harness h;
        QVERIFY(h.online());
        h.inject("<!DOCTYPE foo [<!ENTITY x 'y'>]><message><body>&x;</body></message>");
        const Element error = h.next();
        QVERIFY(error.is(u"error", u"http://etherx.jabber.org/streams"));
        QVERIFY(!error.children().empty());
        QCOMPARE(error.children().front().xmlns(),
                 QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams"));
        QVERIFY(h.nextIsClose());
        QCOMPARE(h.stream.lastError().code, Error::Code::Protocol);
        QCOMPARE(h.stream.state(), Stream::State::Reconnecting);
    }

    void streamErrors_data()
    {
        QTest::addColumn<QByteArray>("condition");
        QTest::addColumn<bool>("reconnects");
        QTest::addColumn<int>("code");
        QTest::newRow("conflict") << QByteArray("conflict") << false << int(Error::Code::Conflict);
        QTest::newRow("system-shutdown")
            << QByteArray("system-shutdown") << true << int(Error::Code::Network);
        QTest::newRow("host-unknown")
            << QByteArray("host-unknown") << false << int(Error::Code::Network);
        QTest::newRow("reset") << QByteArray("reset") << true << int(Error::Code::Protocol);
    }
    void streamErrors()
    {
        QFETCH(QByteArray, condition);
        QFETCH(bool, reconnects);
        QFETCH(int, code);
        Harness h;
        QVERIFY(h.online());
        h.inject("<stream:error><" + condition +
                 " xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>");
        QVERIFY(h.nextIsClose());
        QCOMPARE(int(h.stream.lastError().code), code);
        QCOMPARE(h.stream.state(),
                 reconnects ? Stream::State::Reconnecting : Stream::State::Disconnected);
    }

    void seeOtherHost()
    {
        Harness h;
        h.stream.connectToServer();
        h.t()->completeConnect();
        QVERIFY(h.nextIsHeader());
        h.inject(kServerHeader +
                 "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                 "[2001:db8::9]:5333</see-other-host></stream:error>");
        QCOMPARE(h.transports.size(), 2);
        QCOMPARE(h.t()->m_host, QStringLiteral("2001:db8::9"));
        QCOMPARE(h.t()->m_port, quint16(5333));
        QCOMPARE(h.t()->m_tls.peerName, QStringLiteral("example.org"));
        QCOMPARE(h.stream.state(), Stream::State::Connecting);
    }

    void keepaliveDetectsDeadLink()
    {
        StreamSettings s = defaultSettings();
        s.keepaliveIntervalMs = 50;
        s.keepaliveTimeoutMs = 100;
        Harness h(s);
        QVERIFY(h.online());
        QTRY_VERIFY(h.t()->m_written.contains("<r xmlns='urn:xmpp:sm:3'/>"));
        QTRY_COMPARE(h.stream.state(), Stream::State::Reconnecting);
        QCOMPARE(h.stream.lastError().code, Error::Code::Timeout);
    }

    void keepaliveAnsweredStaysOnline()
    {
        StreamSettings s = defaultSettings();
        s.keepaliveIntervalMs = 50;
        s.keepaliveTimeoutMs = 2000;
        Harness h(s);
        QVERIFY(h.online(false)); // no SM: XEP-0199 ping
        QSignalSpy received(&h.stream, &Stream::stanzaReceived);
        QTRY_VERIFY(!h.t()->m_written.isEmpty());
        const Element ping = h.next();
        QVERIFY(ping.is(u"iq", u"jabber:client"));
        QVERIFY(ping.hasChild(u"ping", u"urn:xmpp:ping"));
        QCOMPARE(ping.attribute(u"to"), QStringLiteral("example.org"));
        h.inject("<iq type='result' id='" + ping.attribute(u"id").toUtf8() +
                 "' from='example.org'/>");
        QVERIFY(h.stream.isOnline());
        QCOMPARE(received.size(), 0); // our own ping's answer is not handed on
    }

    void registrationMode()
    {
        Harness h;
        QSignalSpy ready(&h.stream, &Stream::registrationReady);
        QSignalSpy received(&h.stream, &Stream::stanzaReceived);
        h.stream.connectForRegistration();
        QVERIFY(h.secure());
        QVERIFY(!h.lastHeader.contains("from="));
        h.inject(kServerHeader +
                 features(mechanisms({"PLAIN"}) +
                          "<register xmlns='http://jabber.org/features/iq-register'/>"));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(h.stream.state(), Stream::State::Registering);
        QVERIFY(h.stream.streamFeatures().hasChild(u"register"));
        QVERIFY(h.nothingMore()); // no <auth/>
        Element iq(QStringLiteral("iq"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        iq.setAttribute(QStringLiteral("id"), QStringLiteral("reg1"));
        iq.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
        h.stream.sendStanza(iq);
        QCOMPARE(h.next().attribute(u"id"), QStringLiteral("reg1"));
        h.inject("<iq type='result' id='reg1'><query xmlns='jabber:iq:register'/></iq>");
        QCOMPARE(received.size(), 1);

        h.stream.authenticateAfterRegistration(Jid::parse(u"newbie@example.org"),
                                               QStringLiteral("pw"));
        const Element auth = h.next();
        QCOMPARE(QByteArray::fromBase64(auth.text().toLatin1()), QByteArray("\0newbie\0pw", 10));
        h.inject("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
        QVERIFY(h.nextIsHeader());
        h.inject(kServerHeader + kBindFeatures);
        const Element bind = h.next();
        h.inject("<iq type='result' id='" + bind.attribute(u"id").toUtf8() +
                 "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                 "<jid>newbie@example.org/desk</jid></bind></iq>");
        QVERIFY(h.next().is(u"enable", u"urn:xmpp:sm:3"));
        h.inject("<enabled xmlns='urn:xmpp:sm:3' id='x' resume='true'/>");
        QVERIFY(h.stream.isOnline());
        QCOMPARE(h.stream.boundJid().bare().toString(), QStringLiteral("newbie@example.org"));
    }

    void cleanDisconnect()
    {
        Harness h;
        QSignalSpy ended(&h.stream, &Stream::sessionEnded);
        QSignalSpy acked(&h.stream, &Stream::stanzaAcked);
        QVERIFY(h.online());
        h.stream.sendStanza(message(QStringLiteral("bob@example.org"), QStringLiteral("bye"),
                                    QStringLiteral("m1")));
        (void)h.next();
        h.stream.disconnectFromServer();
        QVERIFY(h.next().is(u"r", u"urn:xmpp:sm:3"));
        QVERIFY(h.nextIsClose());
        h.inject("<a xmlns='urn:xmpp:sm:3' h='1'/></stream:stream>");
        QCOMPARE(acked.size(), 1);
        QCOMPARE(h.stream.state(), Stream::State::Disconnected);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(h.stream.queuedCount(), 0);
        QTest::qWait(50);
        QCOMPARE(h.transports.size(), 1);
    }

    void passwordProviderAndNoPasswordInLogs()
    {
        StreamSettings s = defaultSettings();
        s.password.clear();
        int asked = 0;
        s.passwordProvider = [&asked] {
            ++asked;
            return QStringLiteral("fromkeychain");
        };
        Harness h(s);
        QList<QByteArray> logged;
        static QList<QByteArray> *sink = nullptr;
        sink = &logged;
        QLoggingCategory::setFilterRules(QStringLiteral("teahouse.xmpp.wire.debug=true"));
        const auto previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) {
                sink->append(msg.toUtf8());
            });
        QVERIFY(h.online());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(asked, 1);
        const QByteArray plainPayload = QByteArray("\0alice\0fromkeychain", 19).toBase64();
        QVERIFY(h.allRaw.contains(plainPayload));
        QVERIFY(!logged.isEmpty());
        for (const QByteArray &line : std::as_const(logged)) {
            QVERIFY2(!line.contains(plainPayload), line.constData());
            QVERIFY(!line.contains("fromkeychain"));
        }
    }
};

QTEST_GUILESS_MAIN(TestStream)
#include "tst_stream.moc"
