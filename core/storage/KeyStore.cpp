#include "storage/KeyStore.h"

#include "base/Logging.h"
#include "storage/PassphraseKdf.h"
#include "storage/SecretBackend.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>

namespace teahouse::storage {

namespace {

bool databaseHasData(const QString &path)
{
    return QFileInfo(path).size() > 0;
}

Result<Key> keyFromPassphrase(const QString &databasePath, const QString &passphrase)
{
    Result<PassphraseKdf> kdf = PassphraseKdf::load(KeyStore::kdfFilePath(databasePath));
    if (!kdf)
        return kdf.error();
    return kdf->deriveKey(passphrase);
}

Error passphraseNeeded(const QString &why)
{
    return Error::make(Error::Code::KeychainUnavailable,
                       QStringLiteral("%1 Set a passphrase to protect this account's data: enter "
                                      "it in Teahouse, or start Teahouse with --passphrase-file "
                                      "FILE or the TEAHOUSE_PASSPHRASE environment variable.")
                           .arg(why));
}

} // namespace

KeyStore::KeyStore(SecretBackend &backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

QString KeyStore::kdfFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".salt");
}

bool KeyStore::usesPassphrase(const QString &databasePath)
{
    return QFileInfo::exists(kdfFilePath(databasePath));
}

Result<QString> KeyStore::readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            Error::Code::Io,
            QStringLiteral("Cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    }
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    QString passphrase = QString::fromUtf8(line);
    wipeBytes(line);
    if (passphrase.isEmpty()) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("The passphrase file %1 is empty.").arg(path));
    }
    return passphrase;
}

void KeyStore::finish(const KeyDone &done, Result<Key> result)
{
    QMetaObject::invokeMethod(
        this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void KeyStore::obtainKey(const Request &request, KeyDone done)
{
    // A database that was set up with a passphrase keeps using it, keychain or not.
    if (usesPassphrase(request.databasePath)) {
        if (request.passphrase.isEmpty()) {
            finish(done, Error::make(Error::Code::KeychainUnavailable,
                                     QStringLiteral("This account's data is protected by a "
                                                    "passphrase. Enter it to continue.")));
            return;
        }
        finish(done, keyFromPassphrase(request.databasePath, request.passphrase));
        return;
    }
    QPointer<KeyStore> self(this);
    m_backend.read(request.account, [self, request, done](Result<QByteArray> secret) {
        if (self)
            self->onKeychainRead(request, std::move(secret), done);
    });
}

void KeyStore::onKeychainRead(const Request &request, Result<QByteArray> secret,
                              const KeyDone &done)
{
    if (secret) {
        Result<Key> key = Key::fromBytes(*secret);
        wipeBytes(*secret);
        if (!key) {
            done(Error::make(Error::Code::Corrupt,
                             QStringLiteral("The key stored in the system keychain for %1 is "
                                            "damaged.")
                                 .arg(request.account)));
            return;
        }
        done(std::move(key));
        return;
    }
    if (secret.error().code != Error::Code::NotFound) {
        usePassphrase(request, secret.error(), done);
        return;
    }
    if (databaseHasData(request.databasePath)) {
        // Making a new key now would only lock the user out for good with a confusing error.
        done(Error::make(Error::Code::NotFound,
                         QStringLiteral("The key for %1's data is missing from the system "
                                        "keychain, so the data cannot be unlocked. Restore the "
                                        "keychain entry, or remove the account's data to start "
                                        "afresh.")
                             .arg(request.account)));
        return;
    }
    createKeychainKey(request, done);
}

void KeyStore::createKeychainKey(const Request &request, const KeyDone &done)
{
    Result<Key> key = Key::generate();
    if (!key) {
        done(key);
        return;
    }
    QByteArray bytes = key->toByteArray();
    QPointer<KeyStore> self(this);
    m_backend.write(request.account, bytes,
                    [self, request, done, key = std::move(*key)](const Status &written) {
                        if (!self)
                            return;
                        if (written) {
                            done(key);
                            return;
                        }
                        self->usePassphrase(request, written.error(), done);
                    });
    wipeBytes(bytes);
}

void KeyStore::usePassphrase(const Request &request, const Error &keychainError,
                             const KeyDone &done)
{
    if (databaseHasData(request.databasePath)) {
        // The key of this database is in the keychain; a passphrase cannot stand in for it.
        done(Error::make(Error::Code::KeychainUnavailable,
                         QStringLiteral("This account's data is locked with a key kept in the "
                                        "system keychain, and the keychain is not available "
                                        "(%1). Unlock or start the keychain and try again.")
                             .arg(keychainError.message)));
        return;
    }
    if (request.passphrase.isEmpty()) {
        done(passphraseNeeded(
            QStringLiteral("No system keychain is available (%1).").arg(keychainError.message)));
        return;
    }
    qCInfo(lcStorage) << "no keychain; protecting the database with a passphrase";
    // Keep an existing salt: a previous attempt may have written it before creating the file.
    Result<PassphraseKdf> kdf = PassphraseKdf::load(kdfFilePath(request.databasePath));
    if (!kdf && kdf.error().code == Error::Code::NotFound) {
        kdf = PassphraseKdf::generate();
        if (kdf) {
            if (Status saved = kdf->save(kdfFilePath(request.databasePath)); !saved) {
                done(saved.error());
                return;
            }
        }
    }
    if (!kdf) {
        done(kdf.error());
        return;
    }
    done(kdf->deriveKey(request.passphrase));
}

} // namespace teahouse::storage
