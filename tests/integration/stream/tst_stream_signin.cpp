#include "StreamTestSupport.h"
#include "TcpProxy.h"
#include "TestServer.h"
#include "xmpp/Stream.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace teahouse;
using namespace teahouse::test;
using namespace teahouse::xmpp;

// Sign-in against the real Prosody fixture: each SCRAM mechanism, wrong password, untrusted
// and pinned certificates, a plaintext-only server, direct TLS, and the pre-auth stream used
// for in-band registration.
class TestStreamSignIn : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server; // "all" profile, shared by most tests

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("alice"), QStringLiteral("wonder land")).ok());
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("builder")).ok());
    }
    void cleanupTestCase() { m_server.reset(); }

    void scramMechanisms_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<bool>("tls12");
        QTest::addColumn<QString>("expected");
        using Sasl = TestServerOptions::Sasl;
        QTest::newRow("SCRAM-SHA-256 only") << int(Sasl::ScramSha256) << false << "SCRAM-SHA-256";
        QTest::newRow("SCRAM-SHA-1 only") << int(Sasl::ScramSha1) << false << "SCRAM-SHA-1";
        QTest::newRow("all: strongest wins") << int(Sasl::All) << false << "SCRAM-SHA-256";
        // Prosody 0.12 offers -PLUS on TLS 1.2 for tls-unique only, which we cannot produce:
        // the client must say 'n' (not 'y', which Prosody would take as a downgrade).
        QTest::newRow("TLS 1.2, -PLUS offered for tls-unique")
            << int(Sasl::ScramSha1) << true << "SCRAM-SHA-1";
    }
    void scramMechanisms()
    {
        QFETCH(int, profile);
        QFETCH(bool, tls12);
        QFETCH(QString, expected);
        TestServerOptions options;
        options.sasl = TestServerOptions::Sasl(profile);
        options.tls12Only = tls12;
        TEAHOUSE_START_TEST_SERVER(server, options);
        QVERIFY(server->addUser(QStringLiteral("carol"), QStringLiteral("pässword 密码")).ok());
        if (tls12) {
            const QStringList offered = server->mechanisms(TestServer::Link::Tls12);
            QVERIFY2(offered.contains(expected + QStringLiteral("-PLUS")),
                     qPrintable(offered.join(u',')));
        }
        Stream stream;
        stream.setSettings(
            streamSettingsFor(*server, QStringLiteral("carol"), QStringLiteral("pässword 密码")));
        stream.connectToServer();
        QVERIFY2(waitOnline(stream), qPrintable(server->logTail()));
        QCOMPARE(stream.authenticationMechanism(), expected);
        QCOMPARE(stream.boundJid().bare().toString(), server->jid(QStringLiteral("carol")));
        QCOMPARE(stream.boundJid().resource(), QStringLiteral("teahouse"));
        QVERIFY(stream.streamManagement().canResume());
        stream.disconnectFromServer();
        QVERIFY(waitFor([&] { return stream.state() == Stream::State::Disconnected; }));
    }

    void messageBetweenTwoStreams()
    {
        Stream alice;
        Stream bob;
        alice.setSettings(
            streamSettingsFor(*m_server, QStringLiteral("alice"), QStringLiteral("wonder land")));
        bob.setSettings(
            streamSettingsFor(*m_server, QStringLiteral("bob"), QStringLiteral("builder")));
        alice.connectToServer();
        bob.connectToServer();
        QVERIFY(waitOnline(alice));
        QVERIFY(waitOnline(bob));
        QSignalSpy received(&bob, &Stream::stanzaReceived);
        QSignalSpy acked(&alice, &Stream::stanzaAcked);
        alice.sendStanza(chatMessage(bob.boundJid().toString(), QStringLiteral("你好, Bob"),
                                     QStringLiteral("hello-1")));
        QVERIFY(waitFor([&] {
            for (const auto &args : received) {
                if (args.first().value<Element>().name() == u"message")
                    return true;
            }
            return false;
        }));
        Element got;
        for (const auto &args : received) {
            if (args.first().value<Element>().name() == u"message")
                got = args.first().value<Element>();
        }
        QCOMPARE(got.childText(u"body"), QStringLiteral("你好, Bob"));
        QCOMPARE(got.attribute(u"id"), QStringLiteral("hello-1"));
        QCOMPARE(Jid::parse(got.attribute(u"from")), alice.boundJid());
        QVERIFY(waitFor([&] { return !acked.isEmpty(); }));
        QCOMPARE(acked.first().first().toString(), QStringLiteral("hello-1"));
        QCOMPARE(alice.streamManagement().unackedCount(), 0);
    }

    void wrongPasswordDoesNotRetry()
    {
        TcpProxy proxy(m_server->host(), m_server->c2sPort());
        QVERIFY(proxy.listen());
        StreamSettings s =
            streamSettingsFor(*m_server, QStringLiteral("alice"), QStringLiteral("not it"));
        s.port = proxy.port();
        Stream stream;
        stream.setSettings(s);
        QSignalSpy errors(&stream, &Stream::errorOccurred);
        stream.connectToServer();
        QVERIFY(waitFor([&] { return !errors.isEmpty(); }));
        const Error error = errors.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Authentication);
        QCOMPARE(error.message, QStringLiteral("The password is wrong for this account"));
        QCOMPARE(stream.state(), Stream::State::Disconnected);
        QVERIFY(!stream.isOnline());
        // Longer than the first backoff (1 s ± 30 %): still one connection, no retry loop.
        QTest::qWait(2500);
        QCOMPARE(proxy.connectionCount(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stream.state(), Stream::State::Disconnected);
    }

    void untrustedCertificateThenPinned()
    {
        StreamSettings s =
            streamSettingsFor(*m_server, QStringLiteral("alice"), QStringLiteral("wonder land"));
        s.extraCaCertificates.clear(); // only the system store: the self-signed cert fails
        Stream stream;
        stream.setSettings(s);
        QSignalSpy untrusted(&stream, &Stream::untrustedCertificate);
        stream.connectToServer();
        QVERIFY(waitFor([&] { return !untrusted.isEmpty(); }));
        QCOMPARE(untrusted.first().at(0).toString(), m_server->fingerprintSha256());
        QVERIFY2(!untrusted.first().at(1).toString().isEmpty(), "a reason in plain words");
        QCOMPARE(stream.lastError().code, Error::Code::Tls);
        QCOMPARE(stream.certificateFingerprint(), m_server->fingerprintSha256());
        QVERIFY(stream.errorMessage().contains(m_server->fingerprintSha256()));
        QCOMPARE(stream.state(), Stream::State::Disconnected);
        QVERIFY(stream.authenticationMechanism().isEmpty()); // never got as far as SASL

        // A different pin does not help.
        s.pinnedSha256Fingerprints = {QStringLiteral("00:11:22")};
        stream.setSettings(s);
        untrusted.clear();
        stream.connectToServer();
        QVERIFY(waitFor([&] { return !untrusted.isEmpty(); }));
        QCOMPARE(stream.state(), Stream::State::Disconnected);

        // The user compared the fingerprint and pinned it (written either way, lower case).
        s.pinnedSha256Fingerprints = {m_server->fingerprintSha256().toLower()};
        stream.setSettings(s);
        stream.connectToServer();
        QVERIFY(waitOnline(stream));
        QVERIFY(stream.errorMessage().isEmpty());
        stream.disconnectFromServer();
    }

    void certificateForAnotherName()
    {
        // A trusted certificate (its CA is given) that names localhost, presented for another
        // domain: validation includes the host name, so this is refused too. Prosody refuses
        // unknown SNI names itself, so a QSslServer with the fixture's key plays the server.
        QFile keyFile(m_server->info().value(u"key").toString());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_server->caCertificates().constFirst());
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        QVERIFY(!config.privateKey().isNull());
        QSslServer impostor;
        impostor.setSslConfiguration(config);
        QVERIFY(impostor.listen(QHostAddress::LocalHost));

        StreamSettings s =
            streamSettingsFor(*m_server, QStringLiteral("alice"), QStringLiteral("wonder land"));
        s.jid = Jid::parse(u"alice@elsewhere.test");
        s.tlsMode = StreamSettings::TlsMode::DirectTls;
        s.port = impostor.serverPort();
        Stream stream;
        stream.setSettings(s);
        QSignalSpy untrusted(&stream, &Stream::untrustedCertificate);
        stream.connectToServer();
        QVERIFY(waitFor([&] { return !untrusted.isEmpty(); }));
        QCOMPARE(untrusted.first().at(0).toString(), m_server->fingerprintSha256());
        QCOMPARE(untrusted.first().at(1).toString(),
                 QStringLiteral("The certificate was issued for a different server name"));
        QCOMPARE(stream.state(), Stream::State::Disconnected);
    }

    void directTls()
    {
        StreamSettings s =
            streamSettingsFor(*m_server, QStringLiteral("bob"), QStringLiteral("builder"));
        s.tlsMode = StreamSettings::TlsMode::DirectTls;
        s.port = m_server->directTlsPort();
        Stream stream;
        stream.setSettings(s);
        QSignalSpy states(&stream, &Stream::stateChanged);
        stream.connectToServer();
        QVERIFY(waitOnline(stream));
        QVERIFY(stream.currentEndpoint().directTls);
        QCOMPARE(stream.currentEndpoint().port, m_server->directTlsPort());
        QCOMPARE(stream.authenticationMechanism(), QStringLiteral("SCRAM-SHA-256"));
        stream.disconnectFromServer();
    }

    void plaintextPlainRefused()
    {
        TestServerOptions options;
        options.sasl = TestServerOptions::Sasl::Plaintext;
        TEAHOUSE_START_TEST_SERVER(server, options);
        QVERIFY(server->addUser(QStringLiteral("dave"), QStringLiteral("clear text")).ok());
        QVERIFY(!server->offersStartTls());
        TcpProxy proxy(server->host(), server->c2sPort());
        QVERIFY(proxy.listen());
        StreamSettings s =
            streamSettingsFor(*server, QStringLiteral("dave"), QStringLiteral("clear text"));
        s.port = proxy.port();
        Stream stream;
        stream.setSettings(s);
        QSignalSpy errors(&stream, &Stream::errorOccurred);
        stream.connectToServer();
        QVERIFY(waitFor([&] { return !errors.isEmpty(); }));
        QCOMPARE(errors.first().first().value<Error>().code, Error::Code::Tls);
        QCOMPARE(stream.state(), Stream::State::Disconnected);
        QTest::qWait(2500);
        QCOMPARE(proxy.connectionCount(), 1);
        // The proxy saw everything the client sent in clear: a stream header, and no
        // credentials of any kind.
        const QByteArray sent = proxy.upstreamBytes();
        QVERIFY2(sent.contains("<stream:stream"), sent.constData());
        QVERIFY2(!sent.contains("<auth"), sent.constData());
        QVERIFY(!sent.contains("mechanism='PLAIN'"));
        QVERIFY(!sent.contains("clear text"));
        QVERIFY(!sent.contains(QByteArray("\0dave\0clear text", 16).toBase64()));
    }

    void registrationThenSignIn()
    {
        StreamSettings s = streamSettingsFor(*m_server, QStringLiteral("anyone"), QString());
        s.jid = Jid::parse(m_server->domain());
        Stream stream;
        stream.setSettings(s);
        QSignalSpy ready(&stream, &Stream::registrationReady);
        QSignalSpy received(&stream, &Stream::stanzaReceived);
        stream.connectForRegistration();
        QVERIFY(waitFor([&] { return !ready.isEmpty(); }));
        QCOMPARE(stream.state(), Stream::State::Registering);
        QVERIFY(stream.streamFeatures().hasChild(u"register",
                                                 u"http://jabber.org/features/iq-register"));

        const auto answerTo = [&](const QString &id) -> Element {
            Element found;
            waitFor([&] {
                for (const auto &args : received) {
                    const Element e = args.first().value<Element>();
                    if (e.name() == u"iq" && e.attribute(u"id") == id) {
                        found = e;
                        return true;
                    }
                }
                return false;
            });
            return found;
        };
        Element get(QStringLiteral("iq"));
        get.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        get.setAttribute(QStringLiteral("id"), QStringLiteral("reg-form"));
        get.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
        stream.sendStanza(get);
        const Element form = answerTo(QStringLiteral("reg-form"));
        QCOMPARE(form.attribute(u"type"), QStringLiteral("result"));
        QVERIFY(form.firstChild(u"query", u"jabber:iq:register").hasChild(u"username"));

        Element set(QStringLiteral("iq"));
        set.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
        set.setAttribute(QStringLiteral("id"), QStringLiteral("reg-submit"));
        Element &query =
            set.addChild(QStringLiteral("query"), QStringLiteral("jabber:iq:register"));
        query.addTextChild(QStringLiteral("username"), QStringLiteral("newcomer"));
        query.addTextChild(QStringLiteral("password"), QStringLiteral("fresh start"));
        stream.sendStanza(set);
        const Element done = answerTo(QStringLiteral("reg-submit"));
        QVERIFY2(done.attribute(u"type") == u"result", done.toXml().constData());

        stream.authenticateAfterRegistration(Jid::parse(m_server->jid(QStringLiteral("newcomer"))),
                                             QStringLiteral("fresh start"));
        QVERIFY(waitOnline(stream));
        QCOMPARE(stream.boundJid().bare().toString(), m_server->jid(QStringLiteral("newcomer")));
        stream.disconnectFromServer();
    }
};

QTEST_GUILESS_MAIN(TestStreamSignIn)
#include "tst_stream_signin.moc"
