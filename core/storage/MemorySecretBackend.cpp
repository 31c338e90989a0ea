#include "storage/MemorySecretBackend.h"

#include "storage/Key.h"

namespace teahouse::storage {

MemorySecretBackend::MemorySecretBackend(QObject *parent)
    : QObject(parent)
{}

MemorySecretBackend::~MemorySecretBackend()
{
    for (QByteArray &secret : m_secrets)
        wipeBytes(secret);
}

Error MemorySecretBackend::unavailable() const
{
    return Error::make(Error::Code::KeychainUnavailable,
                       QStringLiteral("The (test) keychain is not available."));
}

void MemorySecretBackend::read(const QString &account, ReadDone done)
{
    Result<QByteArray> answer =
        !m_available ? Result<QByteArray>(unavailable())
        : m_secrets.contains(account)
            ? Result<QByteArray>(m_secrets.value(account))
            : Result<QByteArray>(Error::make(Error::Code::NotFound,
                                             QStringLiteral("No key for %1.").arg(account)));
    QMetaObject::invokeMethod(
        this, [done = std::move(done), answer = std::move(answer)] { done(answer); },
        Qt::QueuedConnection);
}

void MemorySecretBackend::write(const QString &account, const QByteArray &secret, WriteDone done)
{
    Status answer;
    if (m_available)
        m_secrets.insert(account, secret);
    else
        answer = unavailable();
    QMetaObject::invokeMethod(
        this, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

void MemorySecretBackend::remove(const QString &account, WriteDone done)
{
    Status answer;
    if (m_available)
        m_secrets.remove(account);
    else
        answer = unavailable();
    QMetaObject::invokeMethod(
        this, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
}

} // namespace teahouse::storage
