#pragma once

#include <QFont>

namespace teahouse::ui {

// The text size the system asks for, as a Teahouse text-size percentage: a system font
// larger than the usual desktop default (11 pt) makes Teahouse's text larger by as much.
// Display scaling (high DPI, GNOME's "Large Text") is applied by Qt to everything already and
// is not counted again.
class SystemTextSize
{
public:
    // The usual default: 11 pt (GNOME); Windows' 9 pt and KDE's 10 pt are smaller.
    static constexpr qreal referencePoints = 11.0;

    // 100 to 200 in steps of 10.
    [[nodiscard]] static int percentFor(const QFont &systemFont);
    // For the application's font as the platform set it (read before the app changes it).
    [[nodiscard]] static int current();
};

} // namespace teahouse::ui
