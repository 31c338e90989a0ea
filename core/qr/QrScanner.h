#pragma once

#include "base/Result.h"
#include "qr/ScannedCode.h"

#include <QByteArrayView>
#include <QImage>
#include <QString>

namespace teahouse::qr {

// Finds every code in an image with ZXing-cpp and classifies its content. The image is handed
// to ZXing without a copy whenever its pixel layout allows (grey, 32-bit RGB, 24-bit RGB, or a
// camera's luminance plane); extra passes run only when the first one found nothing, so the
// common case costs what ZXing's own ReadBarcodes costs (tests/bench/scan measures it).
class QrScanner
{
public:
    enum class Effort
    {
        // Camera frames: matrix codes only, one pass; the next frame is the retry.
        Live,
        // A file, the clipboard or a screen region: every symbology, and when nothing is found
        // a pass over the inverted image (light code on a dark background) and, for small
        // images, one at twice the size.
        Thorough,
    };

    explicit QrScanner(Effort effort = Effort::Thorough)
        : m_effort(effort)
    {}

    [[nodiscard]] Effort effort() const { return m_effort; }

    // Every code in the image, in reading order (top to bottom, then left to right).
    [[nodiscard]] ScannedCodes scan(const QImage &image) const;
    // The same for an 8-bit luminance plane (a camera frame's Y plane), not copied.
    [[nodiscard]] ScannedCodes scanLuminance(const uchar *data, int width, int height,
                                             qsizetype bytesPerLine) const;

    // Reads an image file (EXIF orientation applied); NotFound, Io or Corrupt with a sentence.
    [[nodiscard]] static Result<QImage> readImage(const QString &path);
    // Encoded image bytes (a dropped or pasted PNG/JPEG); Corrupt when they are no image.
    [[nodiscard]] static Result<QImage> readImage(QByteArrayView encoded);

private:
    Effort m_effort;
};

} // namespace teahouse::qr
