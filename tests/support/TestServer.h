#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace teahouse::test {

// How the fixture's server is set up; see docs/local-server.md for what each profile offers.
struct TestServerOptions
{
    enum class Sasl
    {
        All,         // SCRAM-SHA-256, SCRAM-SHA-1, PLAIN (TLS only)
        ScramSha256, // SCRAM-SHA-256 only
        ScramSha1,   // SCRAM-SHA-1 only
        Plaintext,   // no STARTTLS; PLAIN in clear on the c2s port
    };
    Sasl sasl = Sasl::All;
    // TLS 1.2 only: Prosody 0.12 adds the SCRAM -PLUS mechanisms (tls-unique) there.
    bool tls12Only = false;
    QString domain = QStringLiteral("localhost");
    QStringList admins;                        // local parts made server admins
    QString logLevel = QStringLiteral("info"); // debug shows SASL choices and every stanza
};

// A private Prosody on loopback for one test (scripts/server in a QTemporaryDir), stopped and
// removed when destroyed. Set TEAHOUSE_KEEP_SERVER_DIR=1 to keep the directory for a post-mortem.
class TestServer
{
public:
    using Options = TestServerOptions;
    enum class Link
    {
        Tls13,
        Tls12,
        Plaintext
    };

    // Empty when prosody can run here; otherwise why not (tests QSKIP with it).
    [[nodiscard]] static QString unavailableReason();
    [[nodiscard]] static Result<std::unique_ptr<TestServer>> start(const Options &options = {});

    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Creates the account, or resets its password when it exists.
    [[nodiscard]] Status addUser(const QString &user, const QString &password);
    [[nodiscard]] Status removeUser(const QString &user);
    // xmpp:DOMAIN?register;preauth=… or, with rosterUser, xmpp:USER@DOMAIN?roster;preauth=…;ibr=y
    [[nodiscard]] Result<QString> invite(const QString &rosterUser = {});
    // What a client is offered: `scripts/server probe` output (plaintext/starttls/direct_tls).
    [[nodiscard]] Result<QJsonObject> probe(bool clientTls12Only = false);
    // SIGTERM (then SIGKILL); the destructor calls it.
    Status stop();
    // SIGKILL to Prosody at once (a crash or a pulled plug): nothing is flushed or said.
    Status kill();
    // Starts the server again on the same data directory and c2s port after stop() or kill()
    // (stops it first when it runs); accounts, rosters and archives are kept. The HTTP ports may
    // change: read them again.
    [[nodiscard]] Status restart();
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] QString host() const { return m_info.value(u"host").toString(); }
    [[nodiscard]] QString domain() const { return m_info.value(u"domain").toString(); }
    [[nodiscard]] QString jid(const QString &user) const { return user + u'@' + domain(); }
    [[nodiscard]] quint16 c2sPort() const { return port(u"c2s"); }
    [[nodiscard]] quint16 directTlsPort() const { return port(u"c2s_direct_tls"); }
    [[nodiscard]] quint16 httpPort() const { return port(u"http"); }
    [[nodiscard]] quint16 httpsPort() const { return port(u"https"); }
    [[nodiscard]] qint64 pid() const { return m_info.value(u"pid").toInteger(); }
    // PEM of the self-signed server certificate: add it to the client's trusted CAs.
    [[nodiscard]] QString caPath() const { return m_info.value(u"ca").toString(); }
    [[nodiscard]] QString certificatePath() const { return m_info.value(u"cert").toString(); }
    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
    // SHA-256 of the certificate's DER, "AB:CD:…" (upper case, colons).
    [[nodiscard]] QString fingerprintSha256() const
    {
        return m_info.value(u"fingerprint_sha256").toString();
    }
    [[nodiscard]] QStringList mechanisms(Link link) const;
    [[nodiscard]] bool offersStartTls() const { return m_info.value(u"starttls").toBool(); }
    [[nodiscard]] QString mucService() const { return component(u"muc"); }
    [[nodiscard]] QString pubsubService() const { return component(u"pubsub"); }
    [[nodiscard]] QString uploadService() const { return component(u"upload"); }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString logPath() const { return m_info.value(u"log").toString(); }
    [[nodiscard]] QString logTail(int lines = 40) const;
    [[nodiscard]] const QJsonObject &info() const { return m_info; }

    [[nodiscard]] static QString scriptPath();

private:
    TestServer() = default;
    [[nodiscard]] quint16 port(QStringView name) const;
    [[nodiscard]] QString component(QStringView name) const;
    [[nodiscard]] Result<QByteArray> run(const QStringList &arguments, int timeoutMs = 30000);

    [[nodiscard]] static QStringList startArguments(const QString &dir, const Options &options);

    QTemporaryDir m_dir;
    Options m_options;
    QJsonObject m_info;
    bool m_running = false;
};

} // namespace teahouse::test

// Starts a fixture server into `var` (a std::unique_ptr<TestServer>) or skips / fails the test.
#define TEAHOUSE_START_TEST_SERVER(var, ...)                                                       \
    std::unique_ptr<teahouse::test::TestServer> var;                                               \
    do {                                                                                           \
        const QString why_ = teahouse::test::TestServer::unavailableReason();                      \
        if (!why_.isEmpty())                                                                       \
            QSKIP(qPrintable(why_));                                                               \
        auto started_ = teahouse::test::TestServer::start(__VA_ARGS__);                            \
        QVERIFY2(started_.ok(), qPrintable(started_.ok() ? QString() : started_.error().message)); \
        var = std::move(started_).value();                                                         \
    } while (false)
