#include "session/AccountCoordinator.h"

#include "account/AccountSettings.h"
#include "base/Logging.h"
#include "storage/Profile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace teahouse::app {

namespace {
const QString kLastAccountKey = QStringLiteral("account/last");
}

Result<AccountCoordinator::PresetSignIn> AccountCoordinator::readAccountFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read the account file %1: %2")
                                                .arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidArgument,
                           tr("The account file %1 is not a JSON object: %2")
                               .arg(path, parseError.errorString()));
    const QJsonObject o = doc.object();
    PresetSignIn preset;
    preset.jid = Jid::parse(o.value(u"jid").toString()).bare();
    preset.password = o.value(u"password").toString();
    if (!preset.jid.isValid() || preset.jid.local().isEmpty() || preset.password.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           tr("The account file %1 needs \"jid\" (name@server) and \"password\".")
                               .arg(path));
    preset.connection.host = o.value(u"host").toString();
    const int port = o.value(u"port").toInt();
    if (port < 0 || port > 65535)
        return Error::make(Error::Code::InvalidArgument,
                           tr("The port in %1 is out of range.").arg(path));
    preset.connection.port = static_cast<quint16>(port);
    preset.connection.caFile = o.value(u"caFile").toString();
    const QJsonValue settings = o.value(u"settings");
    if (!settings.isUndefined() && !settings.isObject())
        return Error::make(Error::Code::InvalidArgument,
                           tr("\"settings\" in %1 must be an object of names and texts.").arg(path));
    const QJsonObject settingsObject = settings.toObject();
    for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
        if (!it.value().isString() || it.key().isEmpty())
            return Error::make(Error::Code::InvalidArgument,
                               tr("The setting \"%1\" in %2 must be a text.").arg(it.key(), path));
        preset.settings.append({it.key(), it.value().toString()});
    }
    return preset;
}

AccountCoordinator::AccountCoordinator(const QString &profileDir, const QString &settingsFile,
                                       storage::SecretBackend &secrets,
                                       std::optional<QString> passphrase, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
    , m_session(std::make_unique<account::AccountSession>(storage::Profile(profileDir), secrets,
                                                          this))
    , m_passphrase(std::move(passphrase))
{
}

bool AccountCoordinator::pendingStoreExists() const
{
    return m_pending && m_session->exists(m_pending->account);
}

void AccountCoordinator::openThen(const Jid &account, std::function<void()> action,
                                  std::function<void(const Error &)> failed)
{
    if (m_session->isOpen() && m_session->account() == account.bare()) {
        action();
        return;
    }
    open(Pending{account.bare(), std::move(action), std::move(failed)}, false);
}

void AccountCoordinator::open(Pending pending, bool fromUnlockScreen)
{
    const Jid account = pending.account;
    m_session->open(account, m_passphrase.value_or(QString()),
                    [this, pending = std::move(pending), fromUnlockScreen](Status status) {
                        if (status) {
                            m_pending.reset();
                            rememberLastAccount(pending.account);
                            if (fromUnlockScreen)
                                Q_EMIT unlocked();
                            pending.action();
                            return;
                        }
                        const Error &error = status.error();
                        const bool needsPassphrase =
                            error.code == Error::Code::KeychainUnavailable
                            || (error.code == Error::Code::WrongKey && m_passphrase);
                        if (needsPassphrase) {
                            m_pending = pending;
                            if (fromUnlockScreen)
                                Q_EMIT passphraseRejected(error);
                            else
                                Q_EMIT passphraseNeeded();
                            // A passphrase that did not open the store is not tried again.
                            if (error.code == Error::Code::WrongKey)
                                m_passphrase.reset();
                            return;
                        }
                        if (pending.failed)
                            pending.failed(error);
                    });
}

void AccountCoordinator::providePassphrase(const QString &passphrase)
{
    if (!m_pending)
        return;
    m_passphrase = passphrase;
    open(*m_pending, true);
}

void AccountCoordinator::resume(const std::optional<PresetSignIn> &preset)
{
    auto fail = [this](const Error &error) { Q_EMIT startFailed(error); };
    if (preset) {
        openThen(
            preset->jid,
            [this, preset] {
                for (const auto &[key, value] : preset->settings) {
                    if (Status s = m_session->settings().setValue(key, value.toUtf8()); !s.ok())
                        qCWarning(lcApp) << "account file setting" << key
                                         << "not stored:" << s.error().message;
                }
                if (auto s = m_session->signIn(preset->password, preset->connection); !s)
                    Q_EMIT startFailed(s.error());
            },
            fail);
        return;
    }
    const Jid last = Jid::parse(QSettings(m_settingsFile, QSettings::IniFormat).value(kLastAccountKey).toString());
    if (!last.isValid() || !m_session->exists(last))
        return;
    openThen(
        last,
        [this, last] {
            Q_EMIT resuming(last);
            if (auto s = m_session->signInWithStoredCredentials(); !s)
                qCInfo(lcApp) << "no stored sign-in to resume:" << s.error().message;
        },
        fail);
}

void AccountCoordinator::rememberLastAccount(const Jid &account)
{
    // The account's own address is the one thing kept outside the encrypted store: it names
    // the store to open (and whether to ask for its passphrase) before anything is decrypted.
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(kLastAccountKey, account.bareString());
}

void AccountCoordinator::forgetLastAccount()
{
    QSettings(m_settingsFile, QSettings::IniFormat).remove(kLastAccountKey);
}

} // namespace teahouse::app
