#pragma once

#include "base/Result.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QString>

struct sqlite3;

namespace teahouse::storage {

class Key;
class Migrations;

// One open SQLCipher database (RAII over sqlite3*): WAL journal, foreign keys on, secure
// delete, temp data in memory. Opening an existing file first proves the key on a read-only,
// immutable connection, so a wrong key or a damaged file is reported and the file (and its
// -wal) is left byte-identical. Use from one thread at a time.
class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
    };

    // SQLCipher page size, set explicitly so 3.x (default 1024) and 4.x (default 4096) agree.
    static constexpr int PageSize = 4096;

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // Creates the file if it does not exist. Errors: WrongKey (key cannot decrypt the file, or
    // the file is damaged beyond telling), Corrupt (not an encrypted database, truncated), Io.
    [[nodiscard]] static Result<Database> open(const QString &path, const Key &key,
                                               const Options &options);
    [[nodiscard]] static Result<Database> open(const QString &path, const Key &key)
    {
        return open(path, key, Options{});
    }
    // As above, then brings the schema up to date; refuses (Conflict) a newer schema.
    [[nodiscard]] static Result<Database>
    open(const QString &path, const Key &key, const Migrations &migrations, const Options &options);
    [[nodiscard]] static Result<Database> open(const QString &path, const Key &key,
                                               const Migrations &migrations)
    {
        return open(path, key, migrations, Options{});
    }

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] const QString &path() const { return m_path; }
    void close();

    // Runs one or more statements that need no parameters (schema, pragmas).
    [[nodiscard]] Status exec(const QString &sql);
    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    // BEGIN IMMEDIATE (takes the write lock up front, so WAL readers never deadlock an upgrade),
    // or a savepoint when a transaction is already open.
    [[nodiscard]] Result<Transaction> transaction();

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] Result<int> userVersion();
    // "ok" when the database is healthy, otherwise SQLite's list of problems.
    [[nodiscard]] Result<QString> integrityCheck();
    // Copies the WAL into the main file and truncates it.
    [[nodiscard]] Status checkpoint();

    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    {}
    static Result<Database> openImpl(const QString &path, const Key &key, const Options &options,
                                     const Migrations *migrations);
    Result<QString> queryText(const char *sql);

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace teahouse::storage
