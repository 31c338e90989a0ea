#include "TestUtils.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QtEndian>

namespace teahouse::test {

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll().contains(needle);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (fileContains(path, needle))
            hits << path;
    }
    return hits;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(TEAHOUSE_SOURCE_DIR "/") + relative;
}

QByteArray encodedImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png = encodedImage(image);
    // Signature (8), IHDR length (4), "IHDR" (4), width, height, then 5 bytes, then the CRC-32
    // (PNG's, as zlib's) over the chunk's type and data.
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    quint32 crc = 0xffffffffu;
    for (const char c : QByteArrayView(png).sliced(12, 17)) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    qToBigEndian(~crc, png.data() + 29);
    return png;
}

} // namespace teahouse::test
