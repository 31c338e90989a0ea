#pragma once

#include "storage/Key.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace teahouse::test {

// SHA-256 of a file's bytes (empty QByteArray if it cannot be read).
[[nodiscard]] QByteArray sha256OfFile(const QString &path);
// Every file below dir (recursively), relative path -> SHA-256: compare two snapshots to prove
// an operation changed nothing, created nothing and deleted nothing.
[[nodiscard]] QMap<QString, QByteArray> snapshotDirectory(const QString &dir);
// A fixed key for tests: 32 bytes of `fill` (different fills, different keys).
[[nodiscard]] storage::Key fixedKey(unsigned char fill);

} // namespace teahouse::test
