#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

namespace teahouse::test {

// Files below dir (recursively) whose bytes contain needle; used by the at-rest tests.
[[nodiscard]] QStringList filesContaining(const QString &dir, const QByteArray &needle);
[[nodiscard]] bool fileContains(const QString &path, const QByteArray &needle);
[[nodiscard]] QString sourcePath(const QString &relative);

// The image encoded as a file of this format ("PNG", "JPEG", …).
[[nodiscard]] QByteArray encodedImage(const QImage &image, const char *format = "PNG");
// A valid little PNG whose header then claims width × height (IHDR rewritten, CRC fixed): a
// few hundred bytes that would decode to gigabytes — a decompression bomb.
[[nodiscard]] QByteArray pngClaiming(quint32 width, quint32 height);

} // namespace teahouse::test
