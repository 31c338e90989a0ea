#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace teahouse::ui {

// Draws `text` as a QR code (ZXing's MultiFormatWriter), crisp at any size: the receive-money
// code and the payment links.
class QrCodeImage : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit QrCodeImage(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_modules; // one pixel per module, quiet zone included
};

} // namespace teahouse::ui
