#include "storage/Database.h"

#include "storage/Key.h"
#include "storage/Migrations.h"
#include "storage/SqliteError.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <array>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <utility>

namespace teahouse::storage {

namespace {

constexpr QByteArrayView PlainSqliteHeader("SQLite format 3\0", 16);

// Gives SQLCipher the key as a raw key, x'<64 hex digits>': no KDF runs, so opening is fast and
// the same in SQLCipher 3 and 4. sqlite3_key_v2 is what PRAGMA key calls, minus the SQL text
// that would keep a copy of the key in the statement cache; the local copy is wiped.
int applyKey(sqlite3 *db, const Key &key)
{
    static constexpr char Hex[] = "0123456789abcdef";
    std::array<char, 2 + Key::Size * 2 + 1> raw{};
    raw[0] = 'x';
    raw[1] = '\'';
    for (std::size_t i = 0; i < Key::Size; ++i) {
        raw[2 + 2 * i] = Hex[key.data()[i] >> 4];
        raw[3 + 2 * i] = Hex[key.data()[i] & 0x0f];
    }
    raw[raw.size() - 1] = '\'';
    const int rc = sqlite3_key_v2(db, "main", raw.data(), static_cast<int>(raw.size()));
    OPENSSL_cleanse(raw.data(), raw.size());
    return rc;
}

int applyCipherSettings(sqlite3 *db)
{
    return sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr);
}

// The first read decrypts page 1; a wrong key fails its HMAC check with SQLITE_NOTADB.
int readSchema(sqlite3 *db)
{
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error wrongKeyError(const QString &path)
{
    return Error::make(Error::Code::WrongKey,
                       QStringLiteral("The data file %1 could not be unlocked: the key or "
                                      "passphrase is wrong, or the file is damaged. Nothing was "
                                      "changed.")
                           .arg(fileName(path)));
}

Error corruptError(const QString &path, const QString &why)
{
    return Error::make(Error::Code::Corrupt,
                       QStringLiteral("The data file %1 is damaged (%2). It was left as it is; "
                                      "restore it from a backup or remove it to start afresh.")
                           .arg(fileName(path), why));
}

struct ProbeResult
{
    int pageOne = SQLITE_OK; // decrypting page 1: proves (or disproves) the key
    int schema = SQLITE_OK;  // reading sqlite_master
};

// A read-only connection. With immutable=1 SQLite reads the main file only: it never locks,
// writes, checkpoints or creates a -wal/-shm file, so nothing can change whatever the key.
// Without it, the connection also reads the WAL (and may create the -shm index) but, being
// read-only, still never writes or checkpoints.
ProbeResult probe(const QString &path, const Key &key, bool immutable)
{
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                         .toString(QUrl::FullyEncoded)
                         .toUtf8();
    if (immutable)
        uri += "?immutable=1";
    ProbeResult result;
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK)
        rc = applyKey(db, key);
    if (rc == SQLITE_OK)
        rc = applyCipherSettings(db);
    // The header lives on page 1 only: a failure here is the key (or page 1 itself).
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA user_version", nullptr, nullptr, nullptr);
    result.pageOne = rc;
    result.schema = rc == SQLITE_OK ? readSchema(db) : rc;
    sqlite3_close(db);
    return result;
}

// Proves the key against an existing file without changing it or anything next to it.
Status checkKey(const QString &path, const Key &key)
{
    ProbeResult result = probe(path, key, true);
    // A live connection (it has the -shm index open) may be rewriting page 1 in a checkpoint
    // while we read it: give a torn read a second chance before calling the key wrong.
    const bool live = QFileInfo::exists(path + QStringLiteral("-shm"));
    for (int attempt = 0; live && result.pageOne == SQLITE_NOTADB && attempt < 3; ++attempt) {
        QThread::msleep(30);
        result = probe(path, key, true);
    }
    if (result.pageOne == SQLITE_NOTADB)
        return wrongKeyError(path);
    // SQLITE_CORRUPT means page 1 decrypted (its HMAC matched: the key is right) but does not
    // fit the main file, e.g. it counts pages that are still only in the WAL.
    if (result.pageOne != SQLITE_OK && result.pageOne != SQLITE_CORRUPT)
        return sqliteError(nullptr, result.pageOne,
                           QStringLiteral("Reading %1").arg(fileName(path)));
    if (result.pageOne != SQLITE_OK || result.schema != SQLITE_OK) {
        // The main file alone is inconsistent, as after a crash in the middle of a checkpoint
        // (page 1 is copied first): the WAL completes it. Ask a read-only connection that reads
        // the WAL. If it had to create the (empty) -wal or the -shm index and still fails,
        // they go again.
        const QString wal = path + QStringLiteral("-wal");
        const QString shm = path + QStringLiteral("-shm");
        const bool hadWal = QFileInfo::exists(wal);
        const bool hadShm = QFileInfo::exists(shm);
        result = probe(path, key, false);
        if (result.schema != SQLITE_OK) {
            if (!hadWal && QFileInfo(wal).size() == 0)
                QFile::remove(wal);
            if (!hadShm)
                QFile::remove(shm);
            if (result.pageOne == SQLITE_NOTADB)
                return wrongKeyError(path);
            return corruptError(path, QStringLiteral("its contents are inconsistent"));
        }
    }
    return {};
}

// Checks that need no key: refuse what cannot be ours before SQLite touches it. size < 0: the
// file does not exist.
Status checkFile(const QString &path, qint64 size)
{
    if (size <= 0) {
        // A WAL without its main file would be deleted by SQLite: refuse instead.
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
            return corruptError(path, size < 0 ? QStringLiteral("the main file is missing")
                                               : QStringLiteral("the main file is empty"));
        }
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io, QStringLiteral("The data file %1 cannot be read: %2")
                                                .arg(fileName(path), file.errorString()));
    }
    const QByteArray head = file.read(PlainSqliteHeader.size());
    if (head == PlainSqliteHeader)
        return corruptError(path, QStringLiteral("it is not encrypted"));
    if (size < Database::PageSize || size % Database::PageSize != 0)
        return corruptError(path, QStringLiteral("it is truncated"));
    return {};
}

} // namespace

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::exchange(other.m_path, QString()))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        // _v2: statements still alive are finalized later without leaking the connection.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString &path, const Key &key, const Options &options)
{
    return openImpl(path, key, options, nullptr);
}

Result<Database> Database::open(const QString &path, const Key &key, const Migrations &migrations,
                                const Options &options)
{
    return openImpl(path, key, options, &migrations);
}

Result<Database> Database::openImpl(const QString &path, const Key &key, const Options &options,
                                    const Migrations *migrations)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile()) {
        return Error::make(Error::Code::Io,
                           QStringLiteral("%1 is not a file.").arg(info.absoluteFilePath()));
    }
    if (Status file = checkFile(path, exists ? info.size() : -1); !file)
        return file.error();
    if (exists && info.size() > 0) {
        if (Status keyOk = checkKey(path, key); !keyOk)
            return keyOk.error();
    }

    sqlite3 *raw = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (exists ? 0 : SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Database db(raw, path); // owns raw from here on, even when opening failed
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("Opening %1").arg(fileName(path)));
    if ((rc = applyKey(raw, key)) != SQLITE_OK || (rc = applyCipherSettings(raw)) != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("Setting the key"));
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    rc = readSchema(raw);
    if (rc == SQLITE_NOTADB)
        return wrongKeyError(path);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("Reading %1").arg(fileName(path)));
    // Connection settings only; nothing is written to the file yet.
    if (Status s = db.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                                          "PRAGMA temp_store = MEMORY;"));
        !s) {
        return s.error();
    }
    // Refuse a newer schema before anything below writes to the file.
    if (migrations) {
        if (Status compatible = migrations->checkCompatible(db); !compatible)
            return compatible.error();
    }
    Result<QString> mode = db.queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (*mode != QLatin1String("wal")) {
        return Error::make(Error::Code::Storage,
                           QStringLiteral("The database could not switch to WAL journaling "
                                          "(journal mode is %1).")
                               .arg(*mode));
    }
    // FULL: a transaction reported committed survives power loss, not only a crash.
    if (Status s = db.exec(QStringLiteral("PRAGMA synchronous = FULL")); !s)
        return s.error();
    if (migrations) {
        if (Status migrated = migrations->apply(db); !migrated)
            return migrated.error();
    }
    return db;
}

Status Database::exec(const QString &sql)
{
    if (!m_db)
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("The database is closed."));
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, QStringLiteral("Executing SQL"));
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    if (!m_db)
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("The database is closed."));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, QStringLiteral("Preparing \"%1\"").arg(sql.left(80)));
    }
    if (!stmt) {
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("The SQL text holds no statement."));
    }
    return Statement(stmt);
}

Result<Transaction> Database::transaction()
{
    if (!m_db)
        return Error::make(Error::Code::InvalidArgument, QStringLiteral("The database is closed."));
    const bool nested = sqlite3_get_autocommit(m_db) == 0;
    const int rc = sqlite3_exec(m_db, nested ? "SAVEPOINT teahouse_tx" : "BEGIN IMMEDIATE", nullptr,
                                nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, QStringLiteral("Starting a transaction"));
    return Transaction(m_db, nested);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Result<QString> Database::queryText(const char *sql)
{
    Result<Statement> stmt = prepare(QString::fromLatin1(sql));
    if (!stmt)
        return stmt.error();
    QStringList rows;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows << stmt->columnText(0);
    }
    return rows.join(QLatin1Char('\n'));
}

Result<int> Database::userVersion()
{
    Result<QString> text = queryText("PRAGMA user_version");
    if (!text)
        return text.error();
    return text->toInt();
}

Result<QString> Database::integrityCheck()
{
    return queryText("PRAGMA integrity_check");
}

Status Database::checkpoint()
{
    Result<Statement> stmt = prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (*row && stmt->columnInt(0) != 0) {
        return Error::make(Error::Code::Timeout,
                           QStringLiteral("The checkpoint could not finish: another connection "
                                          "is busy."));
    }
    return {};
}

} // namespace teahouse::storage
