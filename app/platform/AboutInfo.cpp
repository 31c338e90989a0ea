#include "platform/AboutInfo.h"

#include <QtGlobal>
#include <openssl/crypto.h>
#include <sqlite3.h>

#if __has_include(<ZXing/ZXVersion.h>)
#include <ZXing/ZXVersion.h>
#endif

namespace teahouse::app {

namespace {

// SQLCipher reports its version only through a pragma; an in-memory database without a key
// answers it without touching the disk.
QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            version = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    // Without the pragma this is plain SQLite, which must never happen: say so plainly.
    if (version.isEmpty())
        return QStringLiteral("missing (SQLite %1 without encryption)")
            .arg(QString::fromLatin1(sqlite3_libversion()));
    return version + QStringLiteral(" (SQLite ") + QString::fromLatin1(sqlite3_libversion()) + u')';
}

QString opensslVersion()
{
    // "OpenSSL 3.0.17 1 Jul 2025": drop the leading name, the list already shows it.
    QString text = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    if (text.startsWith(QLatin1String("OpenSSL ")))
        text = text.mid(8);
    return text;
}

QString zxingVersion()
{
#if defined(ZXING_VERSION_MAJOR)
    // ZXing-cpp has no run-time version call; this is the version it was built against.
    return QStringLiteral("%1.%2.%3")
        .arg(ZXING_VERSION_MAJOR)
        .arg(ZXING_VERSION_MINOR)
        .arg(ZXING_VERSION_PATCH);
#else
    return QStringLiteral("not built in");
#endif
}

} // namespace

QList<ComponentVersion> componentVersions(const QString &teahouseVersion)
{
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt += QStringLiteral(" (built with %1)").arg(QLatin1String(QT_VERSION_STR));
    return {
        {QStringLiteral("Teahouse"), teahouseVersion},
        {QStringLiteral("Qt"), qt},
        {QStringLiteral("SQLCipher"), sqlcipherVersion()},
        {QStringLiteral("OpenSSL"), opensslVersion()},
        {QStringLiteral("ZXing-cpp"), zxingVersion()},
    };
}

QString versionText(const QString &teahouseVersion)
{
    QStringList lines;
    for (const ComponentVersion &component : componentVersions(teahouseVersion))
        lines << component.name + u' ' + component.version;
    return lines.join(u'\n');
}

} // namespace teahouse::app
