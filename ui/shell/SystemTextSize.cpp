#include "SystemTextSize.h"

#include "Preferences.h"

#include <QGuiApplication>
#include <algorithm>
#include <cmath>

namespace teahouse::ui {

int SystemTextSize::percentFor(const QFont &systemFont)
{
    // Logical pixels are 1/96 inch once Qt has applied the display's scale factor.
    constexpr qreal pixelsPerPoint = 96.0 / 72.0;
    const qreal points = systemFont.pointSizeF() > 0  ? systemFont.pointSizeF()
                         : systemFont.pixelSize() > 0 ? systemFont.pixelSize() / pixelsPerPoint
                                                      : referencePoints;
    const int percent = static_cast<int>(std::lround(points / referencePoints * 10.0)) * 10;
    return std::clamp(percent, Preferences::lowestScalePercent, Preferences::highestScalePercent);
}

int SystemTextSize::current()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Preferences::lowestScalePercent;
    return percentFor(QGuiApplication::font());
}

} // namespace teahouse::ui
