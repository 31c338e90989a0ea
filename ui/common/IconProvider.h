#pragma once

#include <QQuickImageProvider>

namespace teahouse::ui {

// Serves the line icons in resources/icons, tinted: "image://icon/<name>/<RRGGBB>". SVGs use
// currentColor, which is replaced before rendering, so one file serves every colour and care
// mode's stronger palette without shipping tinted copies.
class IconProvider : public QQuickImageProvider
{
public:
    static constexpr auto providerId = "icon";

    IconProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The image URL for an icon in a colour; what the Icon control builds in QML.
    [[nodiscard]] static QString source(const QString &name, const QColor &color);
};

} // namespace teahouse::ui
