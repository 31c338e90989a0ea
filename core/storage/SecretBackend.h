#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace teahouse::storage {

// Where per-account secrets live: the OS keychain in the app (QtKeychainBackend), memory in
// tests (MemorySecretBackend). Asynchronous because keychains are: `done` is always called
// later from the event loop, never from inside the call.
// Errors: NotFound (no entry for the account), KeychainUnavailable (no keychain answers, or it
// refused).
class SecretBackend
{
public:
    using ReadDone = std::function<void(Result<QByteArray>)>;
    using WriteDone = std::function<void(Status)>;

    virtual ~SecretBackend() = default;

    virtual void read(const QString &account, ReadDone done) = 0;
    virtual void write(const QString &account, const QByteArray &secret, WriteDone done) = 0;
    virtual void remove(const QString &account, WriteDone done) = 0;
};

} // namespace teahouse::storage
