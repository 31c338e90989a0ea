#pragma once

// text() as UTF-8 std::string (ZXing 1.4 otherwise gives a std::wstring).
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <QImage>
#include <QString>
#include <ZXing/ReadBarcode.h>

namespace teahouse::test {

// Reads the QR code in an image with ZXing-cpp's reader (an implementation independent of
// how the code was drawn); empty when none is found.
inline QString decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

} // namespace teahouse::test
