#include "account/AccountSettings.h"

#include "storage/Database.h"

#include <QDateTime>

namespace teahouse::account {

AccountSettings::AccountSettings(storage::Database &db)
    : m_db(db)
{
}

Result<std::optional<QByteArray>> AccountSettings::value(const QString &key) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt->columnBlob(0));
}

Status AccountSettings::setValue(const QString &key, const QByteArray &value)
{
    // INSERT OR REPLACE: SQLite 3.15 (SQLCipher 3.4) has no UPSERT.
    auto stmt =
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->execute();
}

Status AccountSettings::remove(const QString &key)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    return stmt->execute();
}

Result<QStringList> AccountSettings::pinnedCertificates(const QString &host) const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT sha256 FROM pinned_certificates WHERE host = ? ORDER BY pinned_at"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, host.toLower());
    QStringList out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out << stmt->columnText(0);
    }
    return out;
}

Status AccountSettings::pinCertificate(const QString &host, const QString &sha256)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO pinned_certificates (host, sha256, pinned_at) VALUES (?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, host.toLower())
        .bind(2, sha256.toUpper())
        .bind(3, QDateTime::currentSecsSinceEpoch());
    return stmt->execute();
}

} // namespace teahouse::account
