#include "profile/ProfileStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

namespace teahouse::profile {

ProfileStore::ProfileStore(storage::Database &db)
    : m_db(db)
{}

const storage::Migrations &ProfileStore::migrations()
{
    static const storage::Migrations m = [] {
        storage::Migrations steps(QStringLiteral("profile"));
        steps.addSql(QStringLiteral("CREATE TABLE profile_values ("
                                    " key TEXT PRIMARY KEY NOT NULL,"
                                    " value TEXT NOT NULL DEFAULT '')"));
        return steps;
    }();
    return m;
}

Status ProfileStore::open()
{
    return migrations().apply(m_db);
}

Result<QString> ProfileStore::value(const QString &key) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM profile_values WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->columnText(0) : QString();
}

Status ProfileStore::setValue(const QString &key, const QString &value)
{
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO profile_values (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->execute();
}

} // namespace teahouse::profile
