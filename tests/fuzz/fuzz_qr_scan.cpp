// libFuzzer target for image decoding in the scanner (QrScanner over ZXing-cpp). The first byte
// picks the input: 0 — encoded image bytes (PNG, JPEG, BMP, GIF, ... as dropped or pasted) read
// by QrScanner::readImage; 1 — a raw luminance plane (two bytes of width, then pixels, as a
// camera frame's Y plane). Both efforts run. Invariants: every code has a format and four
// corners inside the image (with a little slack); a code is valid or carries an error with a
// message; its JSON survives a round trip; classifying its text again gives the same kind.
#include "qr/QrScanner.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using teahouse::qr::QrPayload;
using teahouse::qr::QrScanner;
using teahouse::qr::ScannedCodes;

namespace {

// Beyond this the fuzzer spends its time in ZXing's scan of large blank areas, not in new paths.
constexpr qint64 kMaxPixels = 512 * 512;

[[noreturn]] void failInvariant(const char *what, const QString &detail)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

void check(const ScannedCodes &codes, QSize size)
{
    const QRectF bounds = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(-8, -8, 8, 8);
    for (const auto &code : codes) {
        if (code.format.isEmpty())
            failInvariant("code without a format", code.payload.text);
        if (code.position.size() != 4)
            failInvariant("code without four corners", code.payload.text);
        for (const QPointF &corner : code.position) {
            if (!bounds.contains(corner))
                failInvariant("corner outside the image", code.payload.text);
        }
        if (!code.payload.valid && code.payload.error.message.isEmpty())
            failInvariant("invalid code without an error", code.payload.text);
        if (code.payload.valid && !code.payload.error.message.isEmpty())
            failInvariant("valid code with an error", code.payload.text);
        if (code.payload.isPayment() && !code.payload.valid)
            failInvariant("an invalid code counted as a payment", code.payload.text);
        const QJsonObject json = code.toJson();
        if (QJsonDocument::fromJson(QJsonDocument(json).toJson()).object() != json)
            failInvariant("JSON does not survive a round trip", code.payload.text);
        if (code.payload.text == QString::fromUtf8(code.bytes) &&
            QrPayload::classify(code.payload.text).kind != code.payload.kind)
            failInvariant("the same text classified twice differently", code.payload.text);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4 || size > 65536)
        return 0;
    const uint8_t mode = data[0] % 2;
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1),
                              static_cast<qsizetype>(size - 1));
    if (mode == 0) {
        const auto image = QrScanner::readImage(rest);
        if (!image.ok()) {
            if (image.error().message.isEmpty())
                failInvariant("unreadable image without a message", {});
            return 0;
        }
        const QImage &picture = image.value();
        if (qint64(picture.width()) * picture.height() > kMaxPixels)
            return 0;
        check(QrScanner(QrScanner::Effort::Thorough).scan(picture), picture.size());
        check(QrScanner(QrScanner::Effort::Live).scan(picture), picture.size());
        return 0;
    }
    const int width =
        1 + (static_cast<uint8_t>(rest[0]) | (static_cast<uint8_t>(rest[1]) << 8)) % 512;
    const qsizetype pixels = rest.size() - 2;
    const int height = static_cast<int>(pixels / width);
    if (height < 1)
        return 0;
    const auto *plane = reinterpret_cast<const uchar *>(rest.data() + 2);
    check(QrScanner(QrScanner::Effort::Live).scanLuminance(plane, width, height, width),
          QSize(width, height));
    check(QrScanner(QrScanner::Effort::Thorough).scanLuminance(plane, width, height, width),
          QSize(width, height));
    return 0;
}
