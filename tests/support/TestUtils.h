#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace teahouse::test {

// Files below dir (recursively) whose bytes contain needle; used by the at-rest tests.
[[nodiscard]] QStringList filesContaining(const QString &dir, const QByteArray &needle);
[[nodiscard]] bool fileContains(const QString &path, const QByteArray &needle);
[[nodiscard]] QString sourcePath(const QString &relative);

} // namespace teahouse::test
