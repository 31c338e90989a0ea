#include "account/AccountSchema.h"

namespace teahouse::account {

storage::Migrations accountMigrations()
{
    storage::Migrations m;
    // v1: account settings (password, pinned certificates, stream state) and the roster.
    m.addSql(QStringLiteral(
        "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);"
        "CREATE TABLE pinned_certificates (host TEXT NOT NULL, sha256 TEXT NOT NULL,"
        "  pinned_at INTEGER NOT NULL, PRIMARY KEY (host, sha256));"
        "CREATE TABLE roster (jid TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
        "  groups TEXT NOT NULL, subscription INTEGER NOT NULL, ask INTEGER NOT NULL,"
        "  approved INTEGER NOT NULL);"));
    return m;
}

} // namespace teahouse::account
