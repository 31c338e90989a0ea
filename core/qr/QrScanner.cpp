// ZXing 1.4 returns text() as UTF-8 only with this defined (the wide-string API is going away).
#define ZX_USE_UTF8 1

#include "qr/QrScanner.h"

#include "qr/QrSupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPainter>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <optional>

namespace teahouse::qr {

Q_LOGGING_CATEGORY(lcQr, "teahouse.qr")

namespace {

using Code = Error::Code;

// Below this size (longest side) a still image gets a second pass at twice the size: codes cut
// from a screen or a chat thumbnail often have modules of one or two pixels.
constexpr int kSmallImage = 500;

// The largest picture read for scanning: 64 megapixels (a 256 MB ARGB decode; phone cameras
// reach 50). A file claiming more (a "decompression bomb": a few KB saying 30000 × 30000) is
// refused from its header, before anything is decoded.
constexpr qint64 kMaxPixels = 64LL * 1000 * 1000;

// Checks the size the reader's header claims; an error to return, or nullopt.
std::optional<Error> tooLarge(QImageReader &reader)
{
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() <= kMaxPixels)
        return std::nullopt;
    return Error::make(
        Code::PolicyViolation,
        qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "This picture is too large to scan (%1 × %2 "
                                               "pixels). Crop it around the code and try again."))
            .arg(size.width())
            .arg(size.height()));
}

ZXing::DecodeHints hintsFor(QrScanner::Effort effort)
{
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    hints.setTryDownscale(true);
    if (effort == QrScanner::Effort::Live) {
        // Payment, contact and service codes are all 2D; skipping the 1D readers is what makes
        // a live frame cheap. MaxiCode is left out: ZXing reads it only from pure images.
        hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode |
                         ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::Aztec |
                         ZXing::BarcodeFormat::PDF417);
        hints.setTryRotate(false); // rotation matters to the 1D readers only
    } else {
        hints.setFormats(ZXing::BarcodeFormat::Any);
        hints.setTryRotate(true);
    }
    return hints;
}

// ZXing-cpp 1.4's readers throw on some damaged input (its Aztec detector indexes past a
// vector: found by fuzz_qr_scan, kept as a seed). A picture is untrusted input: a throwing pass
// counts as "no code here", and the exception never reaches Qt's event loop.
ZXing::Results readBarcodes(const ZXing::ImageView &view, const ZXing::DecodeHints &hints)
{
    try {
        return ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception &e) {
        qCWarning(lcQr) << "ZXing gave up on a picture:" << e.what();
        return {};
    }
}

QrPayload payloadOf(const ZXing::Result &r, const QByteArray &bytes)
{
    // EPC codes name their own single-byte character set, and binary content must not be
    // shown as guessed ISO 8859-1 text: both go through the byte classifier. Everything else
    // uses ZXing's text, which honours the code's ECI character set.
    if (bytes.startsWith("BCD\n") || bytes.startsWith("BCD\r\n") ||
        r.contentType() == ZXing::ContentType::Binary)
        return QrPayload::classify(QByteArrayView(bytes));
    return QrPayload::classify(QString::fromStdString(r.text()));
}

ScannedCodes convert(const ZXing::Results &results, double scale)
{
    ScannedCodes codes;
    codes.reserve(static_cast<qsizetype>(results.size()));
    for (const ZXing::Result &r : results) {
        if (!r.isValid())
            continue;
        ScannedCode c;
        c.format = QString::fromStdString(ZXing::ToString(r.format()));
        const ZXing::ByteArray &raw = r.bytes();
        c.bytes = QByteArray(reinterpret_cast<const char *>(raw.data()),
                             static_cast<qsizetype>(raw.size()));
        c.payload = payloadOf(r, c.bytes);
        const ZXing::Position &p = r.position();
        for (const ZXing::PointI &point :
             {p.topLeft(), p.topRight(), p.bottomRight(), p.bottomLeft()})
            c.position << QPointF(point.x / scale, point.y / scale);
        codes.append(std::move(c));
    }
    return codes;
}

// Reading order: rows of codes from the top, each row from the left. Codes whose centres are
// closer vertically than half the smaller code's height share a row.
void sortReadingOrder(ScannedCodes &codes)
{
    if (codes.size() < 2)
        return;
    std::stable_sort(codes.begin(), codes.end(), [](const ScannedCode &a, const ScannedCode &b) {
        return a.centre().y() < b.centre().y();
    });
    qsizetype rowStart = 0;
    for (qsizetype i = 1; i <= codes.size(); ++i) {
        const bool newRow =
            i == codes.size() || codes[i].centre().y() - codes[rowStart].centre().y() >
                                     std::min(codes[i].position.boundingRect().height(),
                                              codes[rowStart].position.boundingRect().height()) /
                                         2;
        if (newRow) {
            std::stable_sort(codes.begin() + rowStart, codes.begin() + i,
                             [](const ScannedCode &a, const ScannedCode &b) {
                                 return a.centre().x() < b.centre().x();
                             });
            rowStart = i;
        }
    }
}

// A view of the image's own pixels when ZXing understands its layout; null otherwise.
std::optional<ZXing::ImageView> viewOf(const QImage &image)
{
    using F = ZXing::ImageFormat;
    F format;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        format = F::Lum;
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words: B, G, R, A in memory on little-endian machines.
        format = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? F::BGRX : F::XRGB;
        break;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        format = F::RGBX;
        break;
    case QImage::Format_RGB888:
        format = F::RGB;
        break;
    case QImage::Format_BGR888:
        format = F::BGR;
        break;
    default:
        return std::nullopt;
    }
    return ZXing::ImageView(image.constBits(), image.width(), image.height(), format,
                            static_cast<int>(image.bytesPerLine()));
}

ZXing::ImageView lumView(const QImage &grey)
{
    return {grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
            static_cast<int>(grey.bytesPerLine())};
}

bool hasTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.format() == QImage::Format_ARGB32
                            ? image
                            : image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

// A code drawn on a transparent background (a PNG exported from a design tool) has black or
// undefined colour under alpha 0: lay it on white as any viewer shows it.
QImage onWhite(const QImage &image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, image);
    return out;
}

// The still-image passes after a first one found nothing. They look for 2D codes only: they
// exist for QR codes in screenshots, and ZXing's 1D readers run over inverted noise now and then
// find a "code" that is not there.
ScannedCodes retry(const uchar *data, int width, int height, qsizetype bytesPerLine)
{
    const ZXing::DecodeHints hints = hintsFor(QrScanner::Effort::Live);
    const QImage original(data, width, height, bytesPerLine, QImage::Format_Grayscale8);
    // Light modules on a dark background (dark-mode screenshots): ZXing 1.4 does not invert.
    QImage inverted = original.copy();
    inverted.invertPixels();
    ScannedCodes codes = convert(readBarcodes(lumView(inverted), hints), 1.0);
    if (codes.isEmpty() && std::max(width, height) < kSmallImage) {
        const QImage big =
            original.scaled(width * 2, height * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        codes = convert(readBarcodes(lumView(big), hints), 2.0);
    }
    return codes;
}

} // namespace

QPointF ScannedCode::centre() const
{
    if (position.isEmpty())
        return {};
    QPointF sum;
    for (const QPointF &p : position)
        sum += p;
    return sum / static_cast<qreal>(position.size());
}

QJsonObject ScannedCode::toJson() const
{
    QJsonObject o = payload.toJson();
    o.insert(QStringLiteral("format"), format);
    QJsonArray corners;
    for (const QPointF &p : position)
        corners.append(QJsonArray{qRound(p.x()), qRound(p.y())});
    o.insert(QStringLiteral("position"), corners);
    return o;
}

ScannedCodes QrScanner::scan(const QImage &input) const
{
    if (input.isNull())
        return {};
    QImage image = input;
    if (m_effort == Effort::Thorough && hasTransparency(image))
        image = onWhite(image);
    const auto view = viewOf(image);
    if (!view) {
        image = image.convertToFormat(QImage::Format_Grayscale8);
        return scanLuminance(image.constBits(), image.width(), image.height(),
                             image.bytesPerLine());
    }
    ScannedCodes codes = convert(readBarcodes(*view, hintsFor(m_effort)), 1.0);
    if (codes.isEmpty() && m_effort == Effort::Thorough) {
        // The extra passes work on grey pixels; converting costs little next to decoding.
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        codes = retry(grey.constBits(), grey.width(), grey.height(), grey.bytesPerLine());
    }
    sortReadingOrder(codes);
    return codes;
}

ScannedCodes QrScanner::scanLuminance(const uchar *data, int width, int height,
                                      qsizetype bytesPerLine) const
{
    if (!data || width <= 0 || height <= 0 || bytesPerLine < width)
        return {};
    const ZXing::ImageView view(data, width, height, ZXing::ImageFormat::Lum,
                                static_cast<int>(bytesPerLine));
    ScannedCodes codes = convert(readBarcodes(view, hintsFor(m_effort)), 1.0);
    if (codes.isEmpty() && m_effort == Effort::Thorough)
        codes = retry(data, width, height, bytesPerLine);
    sortReadingOrder(codes);
    return codes;
}

Result<QImage> QrScanner::readImage(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(
            Code::NotFound,
            qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "There is no file %1.")).arg(path));
    if (!info.isFile() || !info.isReadable())
        return Error::make(
            Code::Io,
            qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "The file %1 cannot be read.")).arg(path));
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's EXIF orientation
    if (auto error = tooLarge(reader))
        return *error;
    QImage image = reader.read();
    if (image.isNull()) {
        if (reader.error() == QImageReader::DeviceError)
            return Error::make(
                Code::Io,
                qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "The file %1 cannot be read.")).arg(path));
        return Error::make(
            Code::Corrupt,
            qrTr(QT_TRANSLATE_NOOP("teahouse::qr", "The file %1 is not an image Teahouse can "
                                                   "read (PNG, JPEG, BMP, GIF, …)."))
                .arg(path));
    }
    return image;
}

Result<QImage> QrScanner::readImage(QByteArrayView encoded)
{
    QByteArray copy = encoded.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (auto error = tooLarge(reader))
        return *error;
    QImage image = reader.read();
    if (image.isNull())
        return qrError(Code::Corrupt,
                       QT_TRANSLATE_NOOP("teahouse::qr", "This is not an image Teahouse can "
                                                         "read (PNG, JPEG, BMP, GIF, …)."));
    return image;
}

} // namespace teahouse::qr
