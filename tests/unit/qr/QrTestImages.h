#pragma once

// Code images for the scanner's tests, benchmark and fuzz seeds: clean codes drawn with
// ZXing's own writer, and camera-like frames (code turned, tilted, blurred, unevenly lit, noisy).
// Header-only so tests/bench/scan shares it without a library.

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <QTransform>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <algorithm>
#include <cmath>

namespace teahouse::test {

// A code as black modules of `module` pixels on white with a quiet zone of 4 modules, in
// Format_Grayscale8.
inline QImage codeImage(const QString &text, int module = 4,
                        ZXing::BarcodeFormat format = ZXing::BarcodeFormat::QRCode)
{
    ZXing::MultiFormatWriter writer(format);
    writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(0);
    const ZXing::BitMatrix m = writer.encode(text.toStdWString(), 0, 0);
    const int quiet = 4 * module;
    QImage image(m.width() * module + 2 * quiet, m.height() * module + 2 * quiet,
                 QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m.height(); ++y) {
        for (int x = 0; x < m.width(); ++x) {
            if (!m.get(x, y))
                continue;
            for (int dy = 0; dy < module; ++dy) {
                uchar *line = image.scanLine(quiet + y * module + dy);
                std::fill_n(line + quiet + x * module, module, uchar(0));
            }
        }
    }
    return image;
}

// Separable box blur, run twice (close to a Gaussian), on a Grayscale8 image.
inline QImage boxBlur(const QImage &source, int radius)
{
    if (radius <= 0)
        return source;
    QImage a = source.convertToFormat(QImage::Format_Grayscale8);
    QImage b(a.size(), QImage::Format_Grayscale8);
    const int w = a.width();
    const int h = a.height();
    const int n = 2 * radius + 1;
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 0; y < h; ++y) {
            const uchar *in = a.constScanLine(y);
            uchar *out = b.scanLine(y);
            int sum = 0;
            for (int i = -radius; i <= radius; ++i)
                sum += in[std::clamp(i, 0, w - 1)];
            for (int x = 0; x < w; ++x) {
                out[x] = static_cast<uchar>(sum / n);
                sum += in[std::min(x + radius + 1, w - 1)] - in[std::max(x - radius, 0)];
            }
        }
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int i = -radius; i <= radius; ++i)
                sum += b.constScanLine(std::clamp(i, 0, h - 1))[x];
            for (int y = 0; y < h; ++y) {
                a.scanLine(y)[x] = static_cast<uchar>(sum / n);
                sum += b.constScanLine(std::min(y + radius + 1, h - 1))[x] -
                       b.constScanLine(std::max(y - radius, 0))[x];
            }
        }
    }
    return a;
}

struct FrameStyle
{
    QSize size{1920, 1080};
    double angle = 20;     // degrees, in the image plane
    double tilt = 0.15;    // perspective: how much narrower the far edge is (0–0.4)
    double codeSide = 420; // pixels, before tilt
    int blur = 2;          // box blur radius
    int noise = 12;        // +- grey levels
    QPointF centre{0.5, 0.5};
};

// A camera-like Grayscale8 frame showing `code` (a codeImage) as described by `style`.
inline QImage cameraFrame(const QImage &code, const FrameStyle &style,
                          QRandomGenerator *random = QRandomGenerator::global())
{
    QImage frame(style.size, QImage::Format_RGB32);
    // A desk under a lamp: a lighting gradient with a little texture.
    {
        QPainter p(&frame);
        QLinearGradient light(0, 0, style.size.width(), style.size.height());
        light.setColorAt(0, QColor(120, 118, 110));
        light.setColorAt(1, QColor(190, 186, 176));
        p.fillRect(frame.rect(), light);
        p.setPen(QColor(140, 136, 128));
        for (int i = 0; i < 40; ++i)
            p.drawLine(random->bounded(style.size.width()), random->bounded(style.size.height()),
                       random->bounded(style.size.width()), random->bounded(style.size.height()));
    }
    const double s = style.codeSide / 2;
    const QPointF c(style.centre.x() * style.size.width(), style.centre.y() * style.size.height());
    const double far = s * (1 - style.tilt);
    // The printed code as a tilted card, then turned in the image plane.
    QPolygonF quad{QPointF(-far, -s), QPointF(far, -s), QPointF(s, s), QPointF(-s, s)};
    QTransform turn;
    turn.translate(c.x(), c.y());
    turn.rotate(style.angle);
    quad = turn.map(quad);
    QTransform map;
    const QPolygonF source{QPointF(0, 0), QPointF(code.width(), 0),
                           QPointF(code.width(), code.height()), QPointF(0, code.height())};
    if (QTransform::quadToQuad(source, quad, map)) {
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        p.setTransform(map);
        p.drawImage(0, 0, code.convertToFormat(QImage::Format_RGB32));
    }
    QImage grey = boxBlur(frame.convertToFormat(QImage::Format_Grayscale8), style.blur);
    if (style.noise > 0) {
        // Sensor noise from a xorshift seeded by `random`: a generator call per pixel would
        // make building a benchmark's frames slower than decoding them.
        quint32 state = random->generate() | 1u;
        const quint32 span = quint32(2 * style.noise + 1);
        for (int y = 0; y < grey.height(); ++y) {
            uchar *line = grey.scanLine(y);
            for (int x = 0; x < grey.width(); ++x) {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                const int delta = int(state % span) - style.noise;
                line[x] = static_cast<uchar>(std::clamp(int(line[x]) + delta, 0, 255));
            }
        }
    }
    return grey;
}

} // namespace teahouse::test
