#include "IconProvider.h"

#include "base/Logging.h"

#include <QBuffer>
#include <QColor>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>

namespace teahouse::ui {

namespace {
constexpr int defaultSize = 24;
}

IconProvider::IconProvider()
    : QQuickImageProvider(QQmlImageProviderBase::Image)
{}

QImage IconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    const QString name = slash < 0 ? id : id.left(slash);
    const QString rgb = slash < 0 ? QStringLiteral("000000") : id.mid(slash + 1);

    // Names come from QML; keep them to one plain file name under the icon folder.
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9-]+$"));
    static const QRegularExpression validRgb(QStringLiteral("^[0-9a-fA-F]{6}$"));
    if (!validName.match(name).hasMatch() || !validRgb.match(rgb).hasMatch()) {
        qCWarning(lcUi) << "bad icon id" << id;
        return {};
    }

    QFile file(QStringLiteral(":/teahouse/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "no icon named" << name;
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace("currentColor", QByteArray("#") + rgb.toLatin1());

    QBuffer buffer(&svg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    const int width = requestedSize.width() > 0 ? requestedSize.width() : defaultSize;
    const int height = requestedSize.height() > 0 ? requestedSize.height() : width;
    reader.setScaledSize(QSize(width, height));
    QImage image = reader.read();
    if (image.isNull())
        qCWarning(lcUi) << "icon" << name << "did not render:" << reader.errorString();
    if (size)
        *size = image.size();
    return image;
}

QString IconProvider::source(const QString &name, const QColor &color)
{
    return QStringLiteral("image://%1/%2/%3")
        .arg(QLatin1String(providerId), name, color.name(QColor::HexRgb).mid(1));
}

} // namespace teahouse::ui
