#pragma once

#include "base/Error.h"

#include <QStringView>

struct sqlite3;

namespace teahouse::storage {

// Turns an SQLite result code into an Error: the code callers branch on and a sentence that
// names the operation. Internal to core/storage (callers see only Error).
[[nodiscard]] Error sqliteError(sqlite3 *db, int rc, QStringView operation);
[[nodiscard]] Error::Code sqliteErrorCode(int rc);

} // namespace teahouse::storage
