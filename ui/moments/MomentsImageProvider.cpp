#include "MomentsImageProvider.h"

#include "MomentsController.h"

#include <QBuffer>
#include <QImageReader>

namespace teahouse::ui {

MomentsImageProvider::MomentsImageProvider(MomentsController *controller)
    : QQuickImageProvider(QQmlImageProviderBase::Image)
    , m_controller(controller)
{}

QImage MomentsImageProvider::requestImage(const QString &id, QSize *size,
                                          const QSize &requestedSize)
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
    if (full.isValid() && !full.isEmpty() && requestedSize.isValid() &&
        (full.width() > requestedSize.width() || full.height() > requestedSize.height())) {
        const QSize bound(requestedSize.width() > 0 ? requestedSize.width() : full.width(),
                          requestedSize.height() > 0 ? requestedSize.height() : full.height());
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatioByExpanding).boundedTo(full));
    }
    const QImage image = reader.read();
    if (size)
        *size = image.size();
    return image;
}

} // namespace teahouse::ui
