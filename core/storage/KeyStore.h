#pragma once

#include "base/Result.h"
#include "storage/Key.h"

#include <QObject>
#include <QString>
#include <functional>

namespace teahouse::storage {

class SecretBackend;

// Finds or creates the key of an account's database. First choice: a random 256-bit key kept
// in the OS keychain (SecretBackend). Where no keychain answers, a passphrase the user sets,
// stretched with scrypt; its salt lives in "<database>.salt". Never a plaintext or fixed key:
// with no keychain and no passphrase the answer is KeychainUnavailable, asking for one.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString account;      // keychain entry name: the account's bare JID
        QString databasePath; // the database the key is for
        QString passphrase;   // from the UI, --passphrase-file or TEAHOUSE_PASSPHRASE; may be empty
    };
    using KeyDone = std::function<void(Result<Key>)>;

    explicit KeyStore(SecretBackend &backend, QObject *parent = nullptr);

    // Asynchronous; `done` is called once, from the event loop. Errors: KeychainUnavailable (a
    // passphrase is needed), NotFound (the keychain lost the key of an existing database),
    // Corrupt, Io, Crypto. A wrong passphrase is only detected when the database is opened
    // (Database::open reports WrongKey).
    void obtainKey(const Request &request, KeyDone done);

    // The sidecar that marks a passphrase-protected database and holds its salt.
    [[nodiscard]] static QString kdfFilePath(const QString &databasePath);
    [[nodiscard]] static bool usesPassphrase(const QString &databasePath);
    // The passphrase in a file given with --passphrase-file: the first line, without its newline.
    [[nodiscard]] static Result<QString> readPassphraseFile(const QString &path);

private:
    void onKeychainRead(const Request &request, Result<QByteArray> secret, const KeyDone &done);
    void createKeychainKey(const Request &request, const KeyDone &done);
    void usePassphrase(const Request &request, const Error &keychainError, const KeyDone &done);
    void finish(const KeyDone &done, Result<Key> result);

    SecretBackend &m_backend;
};

} // namespace teahouse::storage
