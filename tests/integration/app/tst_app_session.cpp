// The sign-in and unlock screens' controllers on a real Prosody: what the user sees for a
// first sign-in without a keychain (choose a passphrase), a wrong password, an untrusted
// certificate they then trust, a restart that signs in by itself, and a wrong passphrase.
#include "TestServer.h"
#include "account/AccountSettings.h"
#include "session/AccountCoordinator.h"
#include "session/KeyStoreUnlockController.h"
#include "session/XmppSessionController.h"
#include "storage/MemorySecretBackend.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using namespace teahouse::app;
using State = ui::SessionController::State;
using ErrorKind = ui::SessionController::ErrorKind;
using UnlockMode = ui::UnlockController::Mode;
using UnlockError = ui::UnlockController::ErrorKind;

namespace {

// What main() builds, for one test.
struct App
{
    App(const QString &profile, storage::SecretBackend &secrets,
        std::optional<QString> passphrase = std::nullopt)
        : coordinator(profile, QDir(profile).filePath(QStringLiteral("settings.ini")), secrets,
                      std::move(passphrase))
        , session(coordinator)
        , unlock(coordinator)
    {}
    AccountCoordinator coordinator;
    XmppSessionController session;
    KeyStoreUnlockController unlock;
};

} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;
    storage::MemorySecretBackend m_noKeychain;

    QString server() const
    {
        return m_server->host() + u':' + QString::number(m_server->c2sPort());
    }
    static bool waitFor(const std::function<bool()> &condition)
    {
        return QTest::qWaitFor(condition, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TEAHOUSE_START_TEST_SERVER(server);
        m_server = std::move(server);
        QVERIFY(m_server->addUser(QStringLiteral("lihua"), QStringLiteral("pw lihua")).ok());
        m_noKeychain.setAvailable(false);
    }

    void invalidAccountSaysSo()
    {
        QTemporaryDir profile;
        App app(profile.path(), m_noKeychain);
        app.session.signIn({}, QStringLiteral("not an address"), QStringLiteral("x"));
        QCOMPARE(app.session.errorKind(), ErrorKind::InvalidAccount);
        QCOMPARE(app.session.state(), State::Offline);
    }

    void firstSignInChoosesPassphraseThenTrustsCertificate()
    {
        QTemporaryDir profile;
        App app(profile.path(), m_noKeychain);
        QVERIFY(!app.unlock.locked());
        app.session.signIn(server(), m_server->jid(QStringLiteral("lihua")),
                           QStringLiteral("pw lihua"));
        // No keychain here: the unlock screen asks for a new passphrase.
        QVERIFY(waitFor([&] { return app.unlock.locked(); }));
        QCOMPARE(app.unlock.mode(), UnlockMode::CreatePassphrase);
        app.unlock.unlock(QStringLiteral("short"));
        QCOMPARE(app.unlock.errorKind(), UnlockError::TooShort);
        QVERIFY(app.unlock.locked());
        app.unlock.unlock(QStringLiteral("a long enough passphrase"));
        QVERIFY(waitFor([&] { return !app.unlock.locked(); }));

        // The self-signed certificate is not trusted: the fingerprint is shown.
        QVERIFY(waitFor([&] { return app.session.errorKind() == ErrorKind::CertificateUntrusted; }));
        QCOMPARE(app.session.certificateFingerprint(), m_server->fingerprintSha256());
        QVERIFY(!app.session.hasAccount());
        app.session.pinCertificate();
        QVERIFY(waitFor([&] { return app.session.state() == State::Online; }));
        QCOMPARE(app.session.errorKind(), ErrorKind::NoError);
        QCOMPARE(app.session.accountJid(), m_server->jid(QStringLiteral("lihua")));
        QCOMPARE(app.session.serverName(), m_server->domain());
    }

    void restartSignsInByItselfAfterPassphrase()
    {
        QTemporaryDir profile;
        {
            App app(profile.path(), m_noKeychain, QStringLiteral("scripted passphrase"));
            app.session.signIn(server(), m_server->jid(QStringLiteral("lihua")),
                               QStringLiteral("pw lihua"));
            QVERIFY(waitFor([&] { return app.session.errorKind() == ErrorKind::CertificateUntrusted; }));
            app.session.pinCertificate();
            QVERIFY(waitFor([&] { return app.session.state() == State::Online; }));
            QVERIFY(!app.unlock.locked()); // the scripted passphrase needed no screen
        }
        // Next start, no passphrase given: the unlock screen asks for the existing one.
        App app(profile.path(), m_noKeychain);
        app.coordinator.resume(std::nullopt);
        QVERIFY(waitFor([&] { return app.unlock.locked(); }));
        QCOMPARE(app.unlock.mode(), UnlockMode::EnterPassphrase);
        app.unlock.unlock(QStringLiteral("wrong passphrase"));
        QVERIFY(waitFor([&] { return app.unlock.errorKind() == UnlockError::WrongPassphrase; }));
        QVERIFY(app.unlock.locked());
        app.unlock.unlock(QStringLiteral("scripted passphrase"));
        QVERIFY(waitFor([&] { return app.session.state() == State::Online; }));
        QVERIFY(!app.unlock.locked());
        QCOMPARE(app.session.accountJid(), m_server->jid(QStringLiteral("lihua")));

        app.session.signOut();
        QVERIFY(!app.session.hasAccount());
        // Signed out: the next start shows the sign-in screen, not a session.
        App again(profile.path(), m_noKeychain);
        again.coordinator.resume(std::nullopt);
        QTest::qWait(200);
        QVERIFY(!again.unlock.locked());
        QVERIFY(!again.session.hasAccount());
    }

    void wrongPasswordIsSaidPlainly()
    {
        QTemporaryDir profile;
        App app(profile.path(), m_noKeychain, QStringLiteral("passphrase for this"));
        auto preset = AccountCoordinator::PresetSignIn{
            Jid::parse(m_server->jid(QStringLiteral("lihua"))), QStringLiteral("wrong"), {}};
        preset.connection.host = m_server->host();
        preset.connection.port = m_server->c2sPort();
        preset.connection.caFile = m_server->caPath();
        app.coordinator.resume(preset);
        QVERIFY(waitFor([&] { return app.session.errorKind() == ErrorKind::WrongPassword; }));
        QVERIFY(waitFor([&] { return app.session.state() == State::Offline; }));
    }

    void registrationErrorsByCondition()
    {
        QTemporaryDir profile;
        App app(profile.path(), m_noKeychain, QStringLiteral("passphrase for this"));
        const QString server = m_server->host() + u':' + QString::number(m_server->c2sPort());
        const Jid taken = Jid::parse(m_server->jid(QStringLiteral("lihua")));

        // An untrusted server while creating an account: the certificate, not "other error".
        app.session.createAccount(server, taken.toString(), QStringLiteral("another pw"));
        QVERIFY(waitFor([&] { return app.session.errorKind() == ErrorKind::CertificateUntrusted; }));
        QCOMPARE(app.session.certificateFingerprint(), m_server->fingerprintSha256());

        // Trusted: the name is taken, said by the server's condition whatever the language.
        QVERIFY(app.coordinator.session()
                    .settings()
                    .pinCertificate(m_server->host(), m_server->fingerprintSha256())
                    .ok());
        app.session.createAccount(server, taken.toString(), QStringLiteral("another pw"));
        QVERIFY(waitFor([&] { return app.session.errorKind() == ErrorKind::AccountExists; }));
        QCOMPARE(app.session.state(), State::Offline);
    }

    void accountFileIsChecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("account.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"jid": "lihua@localhost", "password": "pw", "host": "127.0.0.1", "port": 5222})");
        f.close();
        auto ok = AccountCoordinator::readAccountFile(path);
        QVERIFY(ok.ok());
        QCOMPARE(ok->jid.toString(), QStringLiteral("lihua@localhost"));
        QCOMPARE(ok->connection.port, quint16(5222));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"jid": "no-at-sign", "password": "pw"})");
        f.close();
        QCOMPARE(AccountCoordinator::readAccountFile(path).error().code,
                 Error::Code::InvalidArgument);
        QCOMPARE(AccountCoordinator::readAccountFile(dir.filePath(QStringLiteral("none")))
                     .error()
                     .code,
                 Error::Code::Io);
    }

    void accountFileSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("account.json"));
        auto write = [&](const QByteArray &json) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(json);
        };
        write(R"({"jid": "lihua@localhost", "password": "pw",
                  "settings": {"pay.service": "wallet@localhost"}})");
        auto ok = AccountCoordinator::readAccountFile(path);
        QVERIFY(ok.ok());
        QCOMPARE(ok->settings.size(), 1);
        QCOMPARE(ok->settings.first().first, QStringLiteral("pay.service"));
        QCOMPARE(ok->settings.first().second, QStringLiteral("wallet@localhost"));
        write(R"({"jid": "lihua@localhost", "password": "pw"})");
        QVERIFY(AccountCoordinator::readAccountFile(path)->settings.isEmpty());
        write(R"({"jid": "lihua@localhost", "password": "pw", "settings": ["pay.service"]})");
        QCOMPARE(AccountCoordinator::readAccountFile(path).error().code,
                 Error::Code::InvalidArgument);
        write(R"({"jid": "lihua@localhost", "password": "pw", "settings": {"pay.service": 5}})");
        QCOMPARE(AccountCoordinator::readAccountFile(path).error().code,
                 Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_app_session.moc"
