#include "ChatImageProvider.h"

#include "ChatController.h"

#include <QBuffer>
#include <QImageReader>

namespace teahouse::ui {

ChatImageProvider::ChatImageProvider(ChatController *controller)
    : QQuickImageProvider(QQmlImageProviderBase::Image)
    , m_controller(controller)
{}

QImage ChatImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    if (!m_controller)
        return {};
    QByteArray bytes = m_controller->media(id);
    if (bytes.isEmpty())
        return {};
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    // Decode no larger than asked (a thumbnail of a 12 MP photo need not hold 48 MB).
    if (full.isValid() && !full.isEmpty()) {
        QSize bound(requestedSize.width() > 0 ? requestedSize.width() : full.width(),
                    requestedSize.height() > 0 ? requestedSize.height() : full.height());
        if (full.width() > bound.width() || full.height() > bound.height())
            reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio));
    }
    const QImage image = reader.read();
    if (size)
        *size = image.size();
    return image;
}

} // namespace teahouse::ui
