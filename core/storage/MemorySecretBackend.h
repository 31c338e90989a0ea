#pragma once

#include "storage/SecretBackend.h"

#include <QHash>
#include <QObject>

namespace teahouse::storage {

// A SecretBackend in memory, for tests: behaves like a keychain (asynchronous answers) and can
// be switched to "unavailable" to exercise the passphrase fallback.
class MemorySecretBackend : public QObject, public SecretBackend
{
    Q_OBJECT
public:
    explicit MemorySecretBackend(QObject *parent = nullptr);
    ~MemorySecretBackend() override;

    void setAvailable(bool available) { m_available = available; }
    [[nodiscard]] bool contains(const QString &account) const
    {
        return m_secrets.contains(account);
    }

    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QByteArray &secret, WriteDone done) override;
    void remove(const QString &account, WriteDone done) override;

private:
    [[nodiscard]] Error unavailable() const;

    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

} // namespace teahouse::storage
