#include "QrCodeImage.h"

#include <QPainter>
#include <QQuickWindow>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace teahouse::ui {

QrCodeImage::QrCodeImage(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeImage::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = {};
    if (!text.isEmpty()) {
        try {
            ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
            writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(0);
            // Size 0 gives one pixel per module.
            const ZXing::BitMatrix m = writer.encode(text.toStdWString(), 0, 0);
            const int quiet = 4;
            m_modules =
                QImage(m.width() + 2 * quiet, m.height() + 2 * quiet, QImage::Format_Grayscale8);
            m_modules.fill(255);
            for (int y = 0; y < m.height(); ++y) {
                for (int x = 0; x < m.width(); ++x) {
                    if (m.get(x, y))
                        m_modules.setPixel(x + quiet, y + quiet, qRgb(0, 0, 0));
                }
            }
        } catch (const std::exception &) {
            m_modules = {};
        }
    }
    Q_EMIT textChanged();
    update();
}

void QrCodeImage::paint(QPainter *painter)
{
    if (m_modules.isNull())
        return;
    const qreal side = qMin(width(), height());
    // Whole device pixels per module keep the edges sharp.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int perModule = qMax(1, int(side * dpr / m_modules.width()));
    const qreal drawn = perModule * m_modules.width() / dpr;
    const QRectF target((width() - drawn) / 2, (height() - drawn) / 2, drawn, drawn);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, m_modules);
}

} // namespace teahouse::ui
