#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Shows a QImage the scanner holds (the scanned picture, the screenshot to pick a region from)
// without a file or an image provider, fitted and centred; paintedRect tells QML where the
// picture lies so markers and selections can be placed on it.
class ScanImageItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ScanImage)
    Q_PROPERTY(QImage image READ image WRITE setImage NOTIFY imageChanged)
    Q_PROPERTY(QRectF paintedRect READ paintedRect NOTIFY paintedRectChanged)

public:
    explicit ScanImageItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QImage image() const { return m_image; }
    void setImage(const QImage &image);
    [[nodiscard]] QRectF paintedRect() const;
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void imageChanged();
    void paintedRectChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    QImage m_image;
};

} // namespace teahouse::ui
