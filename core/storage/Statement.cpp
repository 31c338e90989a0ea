#include "storage/Statement.h"

#include "storage/SqliteError.h"

#include <sqlite3.h>
#include <utility>

namespace teahouse::storage {

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, std::nullopt))
    , m_buffers(std::move(other.m_buffers))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, std::nullopt);
        m_buffers = std::move(other.m_buffers);
    }
    return *this;
}

Statement::~Statement()
{
    finalize();
}

void Statement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void Statement::checkBind(int rc, int index)
{
    if (rc == SQLITE_OK || m_bindError)
        return;
    m_bindError = sqliteError(m_stmt ? sqlite3_db_handle(m_stmt) : nullptr, rc,
                              QStringLiteral("Binding parameter %1").arg(index));
}

int Statement::parameterIndex(const char *name)
{
    const int index = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
    if (index == 0 && !m_bindError) {
        m_bindError = Error::make(Error::Code::InvalidArgument,
                                  QStringLiteral("The statement has no parameter named %1.")
                                      .arg(QString::fromUtf8(name)));
    }
    return index;
}

Statement &Statement::bind(int index, qint64 value)
{
    checkBind(m_stmt ? sqlite3_bind_int64(m_stmt, index, value) : SQLITE_MISUSE, index);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    checkBind(m_stmt ? sqlite3_bind_double(m_stmt, index, value) : SQLITE_MISUSE, index);
    return *this;
}

QByteArray &Statement::buffer(int index)
{
    if (m_buffers.empty())
        m_buffers.resize(static_cast<std::size_t>(sqlite3_bind_parameter_count(m_stmt)) + 1);
    // Out-of-range indexes share slot 0: SQLite rejects them anyway (SQLITE_RANGE).
    const bool inRange = index > 0 && static_cast<std::size_t>(index) < m_buffers.size();
    return m_buffers[inRange ? static_cast<std::size_t>(index) : 0];
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt) {
        checkBind(SQLITE_MISUSE, index);
        return *this;
    }
    QByteArray &utf8 = buffer(index);
    utf8 = value.toUtf8();
    // constData() of an empty QByteArray is "" (never null), so this binds '' rather than NULL.
    checkBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                SQLITE_STATIC),
              index);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (!m_stmt) {
        checkBind(SQLITE_MISUSE, index);
    } else if (value.isEmpty()) {
        // sqlite3_bind_blob with a null pointer would bind NULL; an empty blob is not NULL.
        checkBind(sqlite3_bind_zeroblob(m_stmt, index, 0), index);
    } else {
        // A shallow copy (implicitly shared): no bytes are copied, and later changes to the
        // caller's array detach from it.
        QByteArray &kept = buffer(index);
        kept = value;
        checkBind(sqlite3_bind_blob(m_stmt, index, kept.constData(), static_cast<int>(kept.size()),
                                    SQLITE_STATIC),
                  index);
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    checkBind(m_stmt ? sqlite3_bind_null(m_stmt, index) : SQLITE_MISUSE, index);
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_stmt) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("Stepping a statement that was never prepared."));
    }
    if (m_bindError) {
        Error error = std::move(*m_bindError);
        m_bindError.reset();
        return error;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // With sqlite3_prepare_v2 the step result carries the specific error; reset so the
    // statement (and any implicit transaction it opened) is released.
    Error error =
        sqliteError(sqlite3_db_handle(m_stmt), rc, QStringLiteral("Executing a statement"));
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::execute()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    return reset();
}

Status Statement::reset()
{
    m_bindError.reset();
    if (!m_stmt)
        return {};
    const int rc = sqlite3_reset(m_stmt);
    if (rc != SQLITE_OK)
        return sqliteError(sqlite3_db_handle(m_stmt), rc, QStringLiteral("Resetting a statement"));
    return {};
}

void Statement::clearBindings()
{
    m_bindError.reset();
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
    m_buffers.clear(); // SQLite no longer points into them
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::columnName(int column) const
{
    return m_stmt ? QString::fromUtf8(sqlite3_column_name(m_stmt, column)) : QString();
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

int Statement::columnInt(int column) const
{
    return m_stmt ? sqlite3_column_int(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::columnText(int column) const
{
    if (!m_stmt)
        return {};
    // text first, then bytes: the documented order that avoids a second conversion.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

QByteArray Statement::columnBlob(int column) const
{
    if (!m_stmt)
        return {};
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), bytes) : QByteArray();
}

} // namespace teahouse::storage
