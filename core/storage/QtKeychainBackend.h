#pragma once

#include "storage/SecretBackend.h"

#include <QObject>

namespace teahouse::storage {

// SecretBackend over QtKeychain: the macOS Keychain, Windows Credential Store, or the Secret
// Service / KWallet on Linux. Entries are stored under service "Teahouse", key = account.
// QtKeychain's plaintext "insecure fallback" stays off: no keychain means an error, which
// KeyStore turns into a request for a passphrase.
class QtKeychainBackend : public QObject, public SecretBackend
{
    Q_OBJECT
public:
    explicit QtKeychainBackend(QObject *parent = nullptr);
    explicit QtKeychainBackend(QString service, QObject *parent = nullptr);

    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QByteArray &secret, WriteDone done) override;
    void remove(const QString &account, WriteDone done) override;

private:
    QString m_service;
};

} // namespace teahouse::storage
