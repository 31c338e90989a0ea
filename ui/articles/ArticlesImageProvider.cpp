#include "ArticlesImageProvider.h"

#include "ArticlesController.h"

#include <QImage>
#include <QUrl>

namespace teahouse::ui {

ArticlesImageProvider::ArticlesImageProvider(ArticlesController *controller)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_controller(controller)
{}

QString ArticlesImageProvider::sourceFor(const QUrl &url)
{
    return QStringLiteral("image://%1/%2")
        .arg(QLatin1String(providerId),
             QString::fromLatin1(QUrl::toPercentEncoding(url.toString(QUrl::FullyEncoded))));
}

QImage ArticlesImageProvider::requestImage(const QString &id, QSize *size,
                                           const QSize &requestedSize)
{
    QImage image;
    if (m_controller) {
        const QUrl url(QUrl::fromPercentEncoding(id.toLatin1()));
        image = QImage::fromData(m_controller->cachedImage(url));
    }
    if (!image.isNull() && requestedSize.isValid())
        image =
            image.scaled(requestedSize, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace teahouse::ui
