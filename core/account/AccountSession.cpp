#include "account/AccountSession.h"

#include "account/AccountSchema.h"
#include "account/AccountSettings.h"
#include "account/DbRosterCache.h"
#include "base/Logging.h"
#include "storage/KeyStore.h"
#include "xmpp/DiscoManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PingManager.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RegistrationManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/Stream.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

namespace teahouse::account {

namespace {
const QString kHostKey = QStringLiteral("account.host");
const QString kPortKey = QStringLiteral("account.port");
const QString kTlsModeKey = QStringLiteral("account.tlsMode");
const QString kCaFileKey = QStringLiteral("account.caFile");
const QString kCapsNode = QStringLiteral("https://teahouse.chat");
} // namespace

AccountSession::AccountSession(storage::Profile profile, storage::SecretBackend &secrets,
                               QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_keyStore(std::make_unique<storage::KeyStore>(secrets))
{
}

AccountSession::~AccountSession()
{
    // Managers hold the stream; drop them before the database they write to.
    delete m_stream;
    m_rosterCache.reset();
    m_settings.reset();
}

bool AccountSession::usesPassphrase(const Jid &account) const
{
    return storage::KeyStore::usesPassphrase(m_profile.databasePath(account.bare()));
}

bool AccountSession::exists(const Jid &account) const
{
    return QFileInfo::exists(m_profile.databasePath(account.bare()));
}

void AccountSession::open(const Jid &account, const QString &passphrase,
                          std::function<void(Status)> done)
{
    if (!account.isValid() || account.local().isEmpty()) {
        done(Error::make(Error::Code::InvalidArgument,
                         tr("“%1” is not an account address (name@server).")
                             .arg(account.toString())));
        return;
    }
    const Jid bare = account.bare();
    auto dir = m_profile.ensureAccountDirectory(bare);
    if (!dir) {
        done(dir.error());
        return;
    }
    storage::KeyStore::Request request{bare.toString(), m_profile.databasePath(bare), passphrase};
    m_keyStore->obtainKey(request, [this, bare, done](Result<storage::Key> key) {
        if (!key) {
            done(key.error());
            return;
        }
        auto db = storage::Database::open(m_profile.databasePath(bare), key.value(),
                                          accountMigrations());
        if (!db) {
            done(db.error());
            return;
        }
        if (m_db.isOpen())
            Q_EMIT storeOpening();
        delete m_stream;
        m_stream = nullptr;
        m_rosterCache.reset();
        m_settings.reset();
        m_db = std::move(db).value();
        m_account = bare;
        m_settings = std::make_unique<AccountSettings>(m_db);
        m_rosterCache = std::make_unique<DbRosterCache>(m_db);
        qCInfo(lcApp) << "opened the encrypted store of an account";
        Q_EMIT storeOpened();
        done(Status());
    });
}

Status AccountSession::storeCredentials(const QString &password, const Connection &connection)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    if (auto s = m_settings->setValue(AccountSettings::PasswordKey.toString(), password.toUtf8());
        !s)
        return s;
    if (auto s = storeConnection(connection); !s)
        return s;
    return tx->commit();
}

Status AccountSession::storeConnection(const Connection &c)
{
    for (const auto &[key, value] :
         {std::pair{kHostKey, c.host.toUtf8()}, std::pair{kPortKey, QByteArray::number(c.port)},
          std::pair{kTlsModeKey, QByteArray::number(static_cast<int>(c.tlsMode))},
          std::pair{kCaFileKey, c.caFile.toUtf8()}}) {
        if (auto s = m_settings->setValue(key, value); !s)
            return s;
    }
    return {};
}

Result<AccountSession::Connection> AccountSession::storedConnection() const
{
    Connection c;
    auto text = [this](const QString &key) -> QByteArray {
        auto v = m_settings->value(key);
        return v && v.value() ? *v.value() : QByteArray();
    };
    c.host = QString::fromUtf8(text(kHostKey));
    c.port = static_cast<quint16>(text(kPortKey).toUInt());
    c.tlsMode = static_cast<xmpp::StreamSettings::TlsMode>(text(kTlsModeKey).toInt());
    c.caFile = QString::fromUtf8(text(kCaFileKey));
    return c;
}

Status AccountSession::signIn(const QString &password, const Connection &connection)
{
    if (!isOpen())
        return Error::make(Error::Code::InvalidArgument, tr("The account's store is not open."));
    if (auto s = storeCredentials(password, connection); !s)
        return s;
    return buildSession(password, connection);
}

Status AccountSession::signInWithStoredCredentials()
{
    if (!isOpen())
        return Error::make(Error::Code::InvalidArgument, tr("The account's store is not open."));
    auto password = m_settings->value(AccountSettings::PasswordKey.toString());
    if (!password)
        return password.error();
    if (!password.value())
        return Error::make(Error::Code::NotFound, tr("No password is stored for this account."));
    auto connection = storedConnection();
    if (!connection)
        return connection.error();
    return buildSession(QString::fromUtf8(*password.value()), connection.value());
}

Status AccountSession::buildSession(const QString &password, const Connection &connection)
{
    if (auto s = createStream(password, connection); !s)
        return s;
    m_stream->connectToServer();
    return {};
}

Status AccountSession::createStream(const QString &password, const Connection &connection)
{
    xmpp::StreamSettings s;
    s.jid = m_account;
    s.password = password;
    s.host = connection.host;
    s.port = connection.port;
    s.tlsMode = connection.tlsMode;
    if (!connection.caFile.isEmpty()) {
        const auto certs = QSslCertificate::fromPath(connection.caFile, QSsl::Pem);
        if (certs.isEmpty())
            return Error::make(Error::Code::Tls,
                               tr("No certificate could be read from %1.").arg(connection.caFile));
        s.extraCaCertificates = certs;
    }
    const QString serverKey = connection.host.isEmpty() ? m_account.domain() : connection.host;
    auto pins = m_settings->pinnedCertificates(serverKey);
    if (!pins)
        return pins.error();
    s.pinnedSha256Fingerprints = pins.value();

    delete m_stream; // its children, the managers, go with it
    m_stream = new xmpp::Stream(this);
    m_stream->setSettings(std::move(s));
    m_iq = new xmpp::IqTracker(m_stream, m_stream);
    m_roster = new xmpp::RosterManager(m_iq, m_rosterCache.get(), m_stream);
    m_presence = new xmpp::PresenceManager(m_stream, m_stream);
    m_disco = new xmpp::DiscoManager(m_iq, m_stream);
    m_ping = new xmpp::PingManager(m_iq, m_stream);
    m_registration = new xmpp::RegistrationManager(m_iq, m_stream);
    m_disco->setCapsNode(kCapsNode);
    m_disco->setIdentity({QStringLiteral("client"), QStringLiteral("pc"),
                          QStringLiteral("Teahouse"), {}});
    m_disco->setFeatures({QStringLiteral("http://jabber.org/protocol/caps"),
                          QStringLiteral("http://jabber.org/protocol/disco#info"),
                          QStringLiteral("urn:xmpp:ping")});
    m_presence->setCapsSource([disco = m_disco] { return disco->capsElement(); });
    m_presence->setOwnPresence(xmpp::PresenceManager::Show::Online);
    Q_EMIT sessionCreated();
    return {};
}

void AccountSession::registerAccount(const QString &password, const Connection &connection,
                                     const QString &invitationToken,
                                     std::function<void(Status)> done)
{
    if (!isOpen()) {
        done(Error::make(Error::Code::InvalidArgument, tr("The account's store is not open.")));
        return;
    }
    if (auto s = createStream(password, connection); !s) {
        done(s);
        return;
    }
    xmpp::Stream *stream = m_stream;
    auto finished = std::make_shared<bool>(false);
    auto finish = [finished, done](const Status &s) {
        if (*finished)
            return;
        *finished = true;
        done(s);
    };
    connect(stream, &xmpp::Stream::errorOccurred, this,
            [finish](const Error &error) { finish(error); });
    connect(stream, &xmpp::Stream::registrationReady, this,
            [this, stream, password, connection, invitationToken, finish] {
                if (stream != m_stream)
                    return;
                const Jid server(QString(), m_account.domain());
                auto submit = [this, password, connection, finish](const Status &token) {
                    if (!token) {
                        finish(token);
                        return;
                    }
                    submitRegistration(password, [this, password, connection,
                                                      finish](Status created) {
                        if (created) {
                            // Remember the new account's credentials before signing in.
                            if (auto stored = storeCredentials(password, connection); !stored) {
                                finish(stored);
                                return;
                            }
                            m_stream->authenticateAfterRegistration(m_account, password);
                        }
                        finish(created);
                    });
                };
                if (invitationToken.isEmpty())
                    submit(Status());
                else
                    m_registration->sendInvitationToken(server, invitationToken, this, submit);
            });
    m_stream->connectForRegistration();
}

void AccountSession::submitRegistration(const QString &password,
                                        std::function<void(Status)> done)
{
    const Jid server(QString(), m_account.domain());
    m_registration->fetchForm(
        server, this,
        [this, server, password, done](const Result<xmpp::RegistrationForm> &form) {
            if (!form) {
                done(form.error());
                return;
            }
            xmpp::RegistrationForm filled = form.value();
            if (!filled.hasField(u"username") || !filled.hasField(u"password")) {
                done(Error::make(Error::Code::Protocol,
                                 tr("This server asks for more than a name and a password to "
                                    "create an account; create it on the server's website.")));
                return;
            }
            filled.setValue(QStringLiteral("username"), m_account.local());
            filled.setValue(QStringLiteral("password"), password);
            m_registration->submit(server, filled, this, done);
        });
}

Status AccountSession::pinCertificate(const QString &sha256)
{
    if (!m_stream)
        return Error::make(Error::Code::InvalidArgument, tr("There is no sign-in to retry."));
    const auto &current = m_stream->settings();
    const QString serverKey = current.host.isEmpty() ? m_account.domain() : current.host;
    if (auto s = m_settings->pinCertificate(serverKey, sha256); !s)
        return s;
    return signInWithStoredCredentials();
}

void AccountSession::signOut(bool forget)
{
    if (m_stream)
        m_stream->disconnectFromServer();
    if (forget && m_settings)
        (void)m_settings->remove(AccountSettings::PasswordKey.toString());
}

} // namespace teahouse::account
