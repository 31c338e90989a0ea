#pragma once

#include "Merchant.h"
#include "base/Result.h"

#include <QImage>
#include <QStringList>

namespace teahouse::provider {

// Renders QR codes with ZXing's MultiFormatWriter: each merchant's static and dynamic EMVCo
// code as PNG files (DIR/<key>-static.png, DIR/<key>-dynamic.png) plus DIR/codes.json with
// the texts, for the demo, the tests and printing.
class CodeWriter
{
public:
    // A QR code of `text` (UTF-8, error correction M), `size` pixels wide with a quiet zone.
    [[nodiscard]] static Result<QImage> render(const QString &text, int size = 480);
    // Returns the files written.
    [[nodiscard]] static Result<QStringList> writeMerchantCodes(const QList<Merchant> &merchants,
                                                                const QString &directory);
};

} // namespace teahouse::provider
