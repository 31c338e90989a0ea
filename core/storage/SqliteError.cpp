#include "storage/SqliteError.h"

#include <sqlite3.h>

namespace teahouse::storage {

Error::Code sqliteErrorCode(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB: // after a successful open: a page failed its HMAC check
    case SQLITE_CORRUPT:
        return Error::Code::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::Code::Io;
    case SQLITE_CONSTRAINT:
        return Error::Code::Conflict;
    case SQLITE_RANGE:
    case SQLITE_MISUSE:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return Error::Code::InvalidArgument;
    case SQLITE_INTERRUPT:
        return Error::Code::Cancelled;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Timeout;
    default:
        return Error::Code::Storage;
    }
}

Error sqliteError(sqlite3 *db, int rc, QStringView operation)
{
    // sqlite3_errmsg never contains bound values, so it is safe to show and log.
    const char *detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return Error::make(sqliteErrorCode(rc),
                       QStringLiteral("%1 failed: %2 (SQLite code %3)")
                           .arg(operation, QString::fromUtf8(detail), QString::number(rc)));
}

} // namespace teahouse::storage
