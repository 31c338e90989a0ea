#include "storage/Transaction.h"

#include "storage/SqliteError.h"

#include <sqlite3.h>
#include <utility>

namespace teahouse::storage {

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(other.m_savepoint)
{}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        (void)rollback();
        m_db = std::exchange(other.m_db, nullptr);
        m_savepoint = other.m_savepoint;
    }
    return *this;
}

Transaction::~Transaction()
{
    (void)rollback();
}

Status Transaction::commit()
{
    if (!m_db) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Committing a transaction that is no longer active."));
    }
    const int rc = m_savepoint
                       ? sqlite3_exec(m_db, "RELEASE teahouse_tx", nullptr, nullptr, nullptr)
                       : sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(m_db, rc, QStringLiteral("Committing a transaction"));
        // If SQLite already rolled back (e.g. disk full), there is nothing left to roll back.
        if (!m_savepoint && sqlite3_get_autocommit(m_db))
            m_db = nullptr;
        return error;
    }
    m_db = nullptr;
    return {};
}

Status Transaction::rollback()
{
    if (!m_db)
        return {};
    sqlite3 *db = std::exchange(m_db, nullptr);
    int rc = SQLITE_OK;
    if (m_savepoint) {
        rc = sqlite3_exec(db, "ROLLBACK TO teahouse_tx; RELEASE teahouse_tx", nullptr, nullptr,
                          nullptr);
    } else if (!sqlite3_get_autocommit(db)) {
        rc = sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, QStringLiteral("Rolling back a transaction"));
    return {};
}

} // namespace teahouse::storage
