#include "storage/Migrations.h"

#include "base/Logging.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace teahouse::storage {

Migrations &Migrations::add(Step step)
{
    m_steps.push_back(std::move(step));
    return *this;
}

Migrations &Migrations::addSql(QString sql)
{
    return add([sql = std::move(sql)](Database &db) { return db.exec(sql); });
}

Result<int> Migrations::currentVersion(Database &db) const
{
    if (m_module.isEmpty())
        return db.userVersion();
    if (Status made = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_modules ("
                                             "module TEXT PRIMARY KEY NOT NULL,"
                                             " version INTEGER NOT NULL)"));
        !made)
        return made.error();
    auto query = db.prepare(QStringLiteral("SELECT version FROM schema_modules WHERE module = ?"));
    if (!query)
        return query.error();
    query->bind(1, m_module);
    const Result<bool> row = query->step();
    if (!row)
        return row.error();
    return *row ? query->columnInt(0) : 0;
}

Status Migrations::setVersion(Database &db, int version) const
{
    if (m_module.isEmpty())
        return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    auto update = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO schema_modules (module, version) VALUES (?, ?)"));
    if (!update)
        return update.error();
    update->bind(1, m_module).bind(2, version);
    return update->execute();
}

Status Migrations::checkCompatible(Database &db) const
{
    const Result<int> version = currentVersion(db);
    if (!version)
        return version.error();
    if (*version > latestVersion()) {
        return Error::make(
            Error::Code::Conflict,
            QStringLiteral("This data was written by a newer version of Teahouse (schema version "
                           "%1; this version knows up to %2). Update Teahouse to open it; the "
                           "file was not changed.")
                .arg(*version)
                .arg(latestVersion()));
    }
    return {};
}

Status Migrations::apply(Database &db) const
{
    if (Status compatible = checkCompatible(db); !compatible)
        return compatible;
    const Result<int> start = currentVersion(db);
    if (!start)
        return start.error();
    for (int target = *start + 1; target <= latestVersion(); ++target) {
        Result<Transaction> tx = db.transaction();
        if (!tx)
            return tx.error();
        // Read inside the transaction: another connection may have migrated meanwhile.
        const Result<int> version = currentVersion(db);
        if (!version)
            return version.error();
        if (*version >= target)
            continue;
        if (*version != target - 1) {
            return Error::make(Error::Code::Corrupt,
                               QStringLiteral("Schema version %1 cannot be upgraded to %2.")
                                   .arg(*version)
                                   .arg(target));
        }
        const Status step = m_steps[static_cast<std::size_t>(target - 1)](db);
        if (!step) {
            return Error::make(step.error().code,
                               QStringLiteral("Upgrading the data to schema version %1 failed: %2")
                                   .arg(target)
                                   .arg(step.error().message));
        }
        if (Status bump = setVersion(db, target); !bump)
            return bump;
        if (Status committed = tx->commit(); !committed)
            return committed;
        qCInfo(lcStorage) << "database schema" << m_module << "upgraded to version" << target;
    }
    return {};
}

} // namespace teahouse::storage
