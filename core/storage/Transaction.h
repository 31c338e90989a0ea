#pragma once

#include "base/Result.h"

struct sqlite3;

namespace teahouse::storage {

// An open transaction (RAII): rolled back when it goes out of scope unless commit() succeeded.
// Created by Database::transaction(); a transaction opened while another is active becomes a
// savepoint inside it, so functions can open their own without knowing their caller's.
class Transaction
{
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] bool isActive() const { return m_db != nullptr; }
    [[nodiscard]] bool isSavepoint() const { return m_savepoint; }

    // On failure the transaction stays active (e.g. SQLITE_BUSY) and is rolled back later.
    [[nodiscard]] Status commit();
    Status rollback();

private:
    friend class Database;
    Transaction(sqlite3 *db, bool savepoint)
        : m_db(db)
        , m_savepoint(savepoint)
    {}

    sqlite3 *m_db = nullptr;
    bool m_savepoint = false;
};

} // namespace teahouse::storage
