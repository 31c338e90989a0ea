#pragma once

#include "base/Result.h"

#include <QImage>
#include <QString>

namespace teahouse::qr {

// Draws a QR code (ZXing-cpp's writer) as a crisp black-on-white image: whole pixels per
// module and the four-module quiet zone ISO/IEC 18004 asks for, so any scanner reads it,
// from the screen or printed. Used for "My QR code" and a contact's code.
class QrImageWriter
{
public:
    static constexpr int kQuietZoneModules = 4;

    // Error correction: M recovers ~15 % of the symbol (a scratch, a logo-free print).
    // The image is at least minimumSide pixels wide (square); InvalidArgument for empty or
    // too long text.
    [[nodiscard]] static Result<QImage> render(const QString &text, int minimumSide = 256);
    // The symbol itself: modules per side (without the quiet zone); 0 on failure.
    [[nodiscard]] static int moduleCount(const QString &text);
};

} // namespace teahouse::qr
