#include "scan/ScanImageItem.h"

#include <QPainter>

namespace teahouse::ui {

ScanImageItem::ScanImageItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{}

void ScanImageItem::setImage(const QImage &image)
{
    m_image = image;
    Q_EMIT imageChanged();
    Q_EMIT paintedRectChanged();
    update();
}

QRectF ScanImageItem::paintedRect() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return {};
    const QSizeF size =
        QSizeF(m_image.size()).scaled(QSizeF(width(), height()), Qt::KeepAspectRatio);
    return {(width() - size.width()) / 2, (height() - size.height()) / 2, size.width(),
            size.height()};
}

void ScanImageItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(paintedRect(), m_image);
}

void ScanImageItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    Q_EMIT paintedRectChanged();
}

} // namespace teahouse::ui
