#pragma once

#include <QList>
#include <QString>

namespace teahouse::app {

// What Teahouse is built from, for Settings → About and `teahouse --version`: one text, so
// a bug report quoting either names the same library versions.
struct ComponentVersion
{
    QString name;    // "Qt", "SQLCipher", ...
    QString version; // as the library reports it at run time where it can
};

// Teahouse first, then Qt, SQLCipher (PRAGMA cipher_version), OpenSSL and ZXing-cpp.
[[nodiscard]] QList<ComponentVersion> componentVersions(const QString &teahouseVersion);

// One "name version" line per component, Teahouse first; the text --version prints.
[[nodiscard]] QString versionText(const QString &teahouseVersion);

} // namespace teahouse::app
