#include "qr/QrImageWriter.h"

#include <QCoreApplication>
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>
#include <exception>
#include <optional>

namespace teahouse::qr {

namespace {

// ZXing's QR writer maps eccLevel 0..8 onto L/M/Q/H; 4 gives M.
constexpr int kEccLevelM = 4;
// Version 40 at level M holds 2331 bytes; refuse earlier than that with a clear message.
constexpr qsizetype kMaxTextLength = 2000;

std::optional<ZXing::BitMatrix> encode(const QString &text)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(kEccLevelM);
        writer.setMargin(0);
        // Latin-1 text is encoded as is (readable by every scanner); anything else as UTF-8
        // with its ECI marker, so readers do not guess a wrong charset.
        bool latin1 = true;
        for (QChar c : text)
            latin1 = latin1 && c.unicode() < 0x100;
        if (!latin1)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        // Width/height 0: one pixel per module; we scale ourselves to whole pixels.
        return writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace

int QrImageWriter::moduleCount(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxTextLength)
        return 0;
    const auto matrix = encode(text);
    return matrix ? matrix->width() : 0;
}

Result<QImage> QrImageWriter::render(const QString &text, int minimumSide)
{
    if (text.isEmpty() || text.size() > kMaxTextLength)
        return Error::make(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("teahouse::qr", "This text does not fit in a QR code."));
    const auto matrix = encode(text);
    if (!matrix || matrix->width() <= 0)
        return Error::make(
            Error::Code::Unknown,
            QCoreApplication::translate("teahouse::qr", "The QR code could not be drawn."));
    const int modules = matrix->width() + 2 * kQuietZoneModules;
    const int scale = std::max(1, (std::max(1, minimumSide) + modules - 1) / modules);
    const int side = modules * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix->height(); ++y) {
        for (int x = 0; x < matrix->width(); ++x) {
            if (!matrix->get(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuietZoneModules) * scale + dy);
                std::fill_n(line + (x + kQuietZoneModules) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

} // namespace teahouse::qr
