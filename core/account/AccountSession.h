#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "storage/Database.h"
#include "storage/Profile.h"
#include "xmpp/StreamSettings.h"

#include <QObject>

#include <functional>
#include <memory>

namespace teahouse::storage {
class KeyStore;
class SecretBackend;
} // namespace teahouse::storage

namespace teahouse::xmpp {
class DiscoManager;
class IqTracker;
class PingManager;
class PresenceManager;
class RegistrationManager;
class RosterManager;
class Stream;
} // namespace teahouse::xmpp

namespace teahouse::account {

class AccountSettings;
class DbRosterCache;

// One signed-in account: its encrypted database (opened with the key from the keychain or a
// passphrase) and its XMPP session (stream and protocol managers) wired to that database.
// Feature services are built on top of it by the app.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    // How to reach the server; empty host means SRV look-up on the account's domain.
    struct Connection
    {
        QString host;
        quint16 port = 0;
        xmpp::StreamSettings::TlsMode tlsMode = xmpp::StreamSettings::TlsMode::Automatic;
        // PEM file of an extra trusted CA (a private server's own certificate, the demo's).
        QString caFile;
    };

    AccountSession(storage::Profile profile, storage::SecretBackend &secrets,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] const Jid &account() const { return m_account; }
    [[nodiscard]] const storage::Profile &profile() const { return m_profile; }

    // Whether opening this account's store needs a passphrase (it was created with one).
    [[nodiscard]] bool usesPassphrase(const Jid &account) const;
    // Whether a store for this account exists on disk.
    [[nodiscard]] bool exists(const Jid &account) const;

    // Opens (or creates) the account's encrypted database. The key comes from the keychain;
    // where none answers, from the passphrase (empty = ask the user: KeychainUnavailable).
    // A wrong passphrase gives WrongKey and leaves the file untouched.
    void open(const Jid &account, const QString &passphrase, std::function<void(Status)> done);
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }

    // Signs in with this password and connection, remembering both in the encrypted store.
    Status signIn(const QString &password, const Connection &connection);
    // Signs in with what was remembered; NotFound if there is no stored password.
    Status signInWithStoredCredentials();
    // Creates the account on its server (XEP-0077 in-band registration, with an XEP-0445
    // invitation token when given), then signs in as it; done reports the outcome in plain
    // words (name taken, registration closed, invitation not valid, ...).
    void registerAccount(const QString &password, const Connection &connection,
                         const QString &invitationToken, std::function<void(Status)> done);
    // Trusts this server certificate (SHA-256, "AB:CD:…") from now on and signs in again.
    Status pinCertificate(const QString &sha256);
    // Ends the session; keeps the store open. forget = also drop the stored password.
    void signOut(bool forget);

    [[nodiscard]] storage::Database &database() { return m_db; }
    [[nodiscard]] AccountSettings &settings() { return *m_settings; }
    [[nodiscard]] xmpp::Stream *stream() const { return m_stream; }
    [[nodiscard]] xmpp::IqTracker *iq() const { return m_iq; }
    [[nodiscard]] xmpp::RosterManager *roster() const { return m_roster; }
    [[nodiscard]] xmpp::PresenceManager *presence() const { return m_presence; }
    [[nodiscard]] xmpp::DiscoManager *disco() const { return m_disco; }
    [[nodiscard]] xmpp::PingManager *ping() const { return m_ping; }

Q_SIGNALS:
    // The stream and managers were (re)built for a sign-in: connect to their signals now.
    void sessionCreated();
    // Another store is about to replace the open one: let go of the database and the managers.
    void storeOpening();
    // The account's encrypted store is open (database(), settings(), profile() are usable).
    void storeOpened();

private:
    Status buildSession(const QString &password, const Connection &connection);
    Status createStream(const QString &password, const Connection &connection);
    void submitRegistration(const QString &password,
                            std::function<void(Status)> done);
    [[nodiscard]] Result<Connection> storedConnection() const;
    Status storeConnection(const Connection &connection);
    // The password and connection, in one transaction.
    Status storeCredentials(const QString &password, const Connection &connection);

    storage::Profile m_profile;
    std::unique_ptr<storage::KeyStore> m_keyStore;
    Jid m_account;
    storage::Database m_db;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<DbRosterCache> m_rosterCache;
    xmpp::Stream *m_stream = nullptr;
    xmpp::IqTracker *m_iq = nullptr;
    xmpp::RosterManager *m_roster = nullptr;
    xmpp::PresenceManager *m_presence = nullptr;
    xmpp::DiscoManager *m_disco = nullptr;
    xmpp::PingManager *m_ping = nullptr;
    xmpp::RegistrationManager *m_registration = nullptr;
};

} // namespace teahouse::account
