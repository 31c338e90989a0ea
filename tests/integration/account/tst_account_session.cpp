// An account end to end against a real Prosody: the encrypted store opened with a passphrase
// (no keychain here), sign-in, the roster cached in the store, a restart that signs in with
// the stored password, the wrong passphrase refused, and an untrusted certificate pinned.
#include "TestServer.h"
#include "TestUtils.h"
#include "account/AccountSession.h"
#include "account/AccountSettings.h"
#include "account/DbRosterCache.h"
#include "storage/MemorySecretBackend.h"
#include "xmpp/InviteUri.h"
#include "xmpp/RosterManager.h"
#include "xmpp/Stream.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace teahouse;
using State = xmpp::Stream::State;

class TestAccountSession : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;
    QTemporaryDir m_profile;
    storage::MemorySecretBackend m_noKeychain;

    static Status openSync(account::AccountSession &s, const Jid &jid, const QString &passphrase)
    {
        std::optional<Status> result;
        s.open(jid, passphrase, [&](Status st) { result = st; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error::make(Error::Code::Timeout, QStringLiteral("open timed out"));
        return *result;
    }
    static bool waitOnline(account::AccountSession &s)
    {
        return QTest::qWaitFor([&] { return s.stream() && s.stream()->isOnline(); }, 20000);
    }
    account::AccountSession::Connection connection(bool trustCa) const
    {
        account::AccountSession::Connection c;
        c.host = m_server->host();
        c.port = m_server->c2sPort();
        c.tlsMode = xmpp::StreamSettings::TlsMode::StartTls;
        if (trustCa)
            c.caFile = m_server->caPath();
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = test::TestServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        auto server = test::TestServer::start();
        QVERIFY2(server.ok(), server.ok() ? "" : qPrintable(server.error().message));
        m_server = std::move(server).value();
        QVERIFY(m_server->addUser(QStringLiteral("lihua"), QStringLiteral("pw-lihua")).ok());
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("pw-bob")).ok());
        m_noKeychain.setAvailable(false);
    }

    void noKeychainNeedsPassphrase()
    {
        account::AccountSession s(storage::Profile(m_profile.path()), m_noKeychain);
        const Status st = openSync(s, Jid::parse(m_server->jid(QStringLiteral("lihua"))), {});
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::KeychainUnavailable);
        QVERIFY(!s.isOpen());
    }

    void signInAndCacheRoster()
    {
        account::AccountSession s(storage::Profile(m_profile.path()), m_noKeychain);
        const Jid me = Jid::parse(m_server->jid(QStringLiteral("lihua")));
        QVERIFY(openSync(s, me, QStringLiteral("correct horse battery")).ok());
        QVERIFY(s.usesPassphrase(me));
        QVERIFY(s.signIn(QStringLiteral("pw-lihua"), connection(true)).ok());
        QVERIFY2(waitOnline(s), qPrintable(s.stream()->errorMessage()));
        QCOMPARE(s.stream()->boundJid().bare(), me);

        bool added = false;
        s.roster()->addOrUpdate(Jid::parse(m_server->jid(QStringLiteral("bob"))),
                                QStringLiteral("鲍勃"), {QStringLiteral("同事")}, this,
                                [&](const Status &st) { added = st.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return added; }, 10000));
        // The push lands in the encrypted cache.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto items = account::DbRosterCache(s.database()).items();
                return items.size() == 1 && items[0].name == QStringLiteral("鲍勃");
            },
            10000));
        s.signOut(false);
        QVERIFY(QTest::qWaitFor([&] { return s.stream()->state() == State::Disconnected; }, 10000));
    }

    void restartUsesStoredCredentials()
    {
        account::AccountSession s(storage::Profile(m_profile.path()), m_noKeychain);
        const Jid me = Jid::parse(m_server->jid(QStringLiteral("lihua")));
        QVERIFY(s.exists(me));
        // The roster is readable before any network: it is in the store.
        QVERIFY(openSync(s, me, QStringLiteral("correct horse battery")).ok());
        QCOMPARE(account::DbRosterCache(s.database()).items().size(), 1);
        QVERIFY(s.signInWithStoredCredentials().ok());
        QVERIFY2(waitOnline(s), qPrintable(s.stream()->errorMessage()));
        s.signOut(true);
        const Status again = s.signInWithStoredCredentials();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::NotFound);
    }

    void wrongPassphraseLeavesFileAlone()
    {
        const Jid me = Jid::parse(m_server->jid(QStringLiteral("lihua")));
        storage::Profile profile(m_profile.path());
        QFile db(profile.databasePath(me));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray before = db.readAll();
        db.close();
        account::AccountSession s(profile, m_noKeychain);
        const Status st = openSync(s, me, QStringLiteral("not the passphrase"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, Error::Code::WrongKey);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(db.readAll(), before);
    }

    void untrustedCertificateThenPinned()
    {
        QTemporaryDir profileDir;
        account::AccountSession s(storage::Profile(profileDir.path()), m_noKeychain);
        const Jid me = Jid::parse(m_server->jid(QStringLiteral("bob")));
        QVERIFY(openSync(s, me, QStringLiteral("bob's passphrase")).ok());
        QVERIFY(s.signIn(QStringLiteral("pw-bob"), connection(false)).ok());
        QVERIFY(QTest::qWaitFor(
            [&] { return !s.stream()->certificateFingerprint().isEmpty(); }, 20000));
        QCOMPARE(s.stream()->certificateFingerprint(), m_server->fingerprintSha256());
        QCOMPARE(s.stream()->lastError().code, Error::Code::Tls);
        QVERIFY(!s.stream()->isOnline());

        QVERIFY(s.pinCertificate(m_server->fingerprintSha256()).ok());
        QVERIFY2(waitOnline(s), qPrintable(s.stream()->errorMessage()));
        QCOMPARE(s.settings().pinnedCertificates(m_server->host()).value(),
                 QStringList{m_server->fingerprintSha256()});
    }

    void registerNewAccount()
    {
        QTemporaryDir profileDir;
        account::AccountSession s(storage::Profile(profileDir.path()), m_noKeychain);
        const Jid me = Jid::parse(m_server->jid(QStringLiteral("newcomer")));
        QVERIFY(openSync(s, me, QStringLiteral("newcomer passphrase")).ok());
        std::optional<Status> result;
        s.registerAccount(QStringLiteral("pw-newcomer"), connection(true), {},
                          [&](Status st) { result = st; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), qPrintable(result->error().message));
        QVERIFY2(waitOnline(s), qPrintable(s.stream()->errorMessage()));
        QCOMPARE(s.stream()->boundJid().bare(), me);
        // The credentials were stored: a later start signs in by itself.
        s.signOut(false);
        QVERIFY(s.signInWithStoredCredentials().ok());
        QVERIFY(waitOnline(s));

        // The same name again is refused in plain words.
        QTemporaryDir otherDir;
        account::AccountSession again(storage::Profile(otherDir.path()), m_noKeychain);
        QVERIFY(openSync(again, me, QStringLiteral("another passphrase")).ok());
        result.reset();
        again.registerAccount(QStringLiteral("other"), connection(true), {},
                              [&](Status st) { result = st; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(u"taken"), qPrintable(result->error().message));
    }

    void registerWithInvitation()
    {
        const auto uri = m_server->invite();
        QVERIFY(uri.ok());
        const auto invite = xmpp::InviteUri::parse(uri.value());
        QVERIFY(invite.ok());
        QTemporaryDir profileDir;
        account::AccountSession s(storage::Profile(profileDir.path()), m_noKeychain);
        const Jid me = Jid::parse(m_server->jid(QStringLiteral("invited")));
        QVERIFY(openSync(s, me, QStringLiteral("invited passphrase")).ok());

        std::optional<Status> result;
        s.registerAccount(QStringLiteral("pw-invited"), connection(true),
                          QStringLiteral("forged-token"), [&](Status st) { result = st; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY(!result->ok());
        QVERIFY2(result->error().message.contains(u"invitation"),
                 qPrintable(result->error().message));

        result.reset();
        s.registerAccount(QStringLiteral("pw-invited"), connection(true), invite->preauthToken,
                          [&](Status st) { result = st; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), qPrintable(result->error().message));
        QVERIFY2(waitOnline(s), qPrintable(s.stream()->errorMessage()));
    }

    void nothingReadableOnDisk()
    {
        for (const QByteArray &needle :
             {QByteArray("pw-lihua"), QByteArray("pw-bob"), QByteArray("鲍勃")})
            QVERIFY2(test::filesContaining(m_profile.path(), needle).isEmpty(), needle.constData());
    }
};

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_account_session.moc"
