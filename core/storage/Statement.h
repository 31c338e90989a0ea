#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace teahouse::storage {

// A prepared SQL statement (RAII over sqlite3_stmt): bind, step, read columns, reset, reuse.
// Finalized in the destructor; movable, not copyable. Created by Database::prepare().
//
// bind() calls chain; the first binding error is remembered and returned by the next step()
// or execute(), so call sites stay short without losing errors.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    // Parameter indexes start at 1, as in SQLite.
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);    // always TEXT, never NULL
    Statement &bind(int index, const QByteArray &value); // always BLOB, never NULL
    // A string literal would silently become a BLOB through QByteArray: say which you mean.
    Statement &bind(int index, const char *value) = delete;
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement &bindNull(int index);

    // Named parameters, spelled as in the SQL (":id", "@id" or "$id").
    template<typename T> Statement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }
    Statement &bindNull(const char *name) { return bindNull(parameterIndex(name)); }

    // Advances to the next row: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    // Runs a statement that returns no rows to completion and resets it (bindings are kept), so
    // the same statement can be bound and executed again in a loop.
    [[nodiscard]] Status execute();
    // Rewinds for another run; bindings are kept until clearBindings().
    Status reset();
    void clearBindings();

    // Columns of the current row (after step() returned true); indexes start at 0.
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] int columnInt(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;

    [[nodiscard]] sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    explicit Statement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}

    int parameterIndex(const char *name);
    void checkBind(int rc, int index);
    void finalize();

    // Holds the bytes of bound text and blobs until they are re-bound or the statement goes,
    // so SQLite can use them in place (SQLITE_STATIC) instead of copying each one.
    QByteArray &buffer(int index);

    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_bindError;
    std::vector<QByteArray> m_buffers;
};

} // namespace teahouse::storage
