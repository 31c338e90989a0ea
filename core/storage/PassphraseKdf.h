#pragma once

#include "base/Result.h"
#include "storage/Key.h"

#include <QByteArray>
#include <QString>

namespace teahouse::storage {

// Turns a user's passphrase into a database key with scrypt (OpenSSL), for machines where no
// keychain answers. The salt and cost parameters are not secret: they are kept next to the
// database in a small sidecar file; the key and the passphrase are never written anywhere.
struct PassphraseKdf
{
    static constexpr int SaltSize = 16;

    QByteArray salt;
    int logN = 15; // N = 2^15, r = 8: 32 MiB and about 0.1 s per derivation
    int r = 8;
    int p = 1;

    // A fresh random salt with the default cost.
    [[nodiscard]] static Result<PassphraseKdf> generate();
    // Reads and validates a sidecar written by save(); NotFound when there is none.
    [[nodiscard]] static Result<PassphraseKdf> load(const QString &file);
    // Writes the sidecar atomically.
    [[nodiscard]] Status save(const QString &file) const;

    // The key for `passphrase` (normalised to NFC, so the same passphrase typed on another
    // system gives the same key). An empty passphrase is refused.
    [[nodiscard]] Result<Key> deriveKey(const QString &passphrase) const;
};

} // namespace teahouse::storage
