#pragma once

#include "base/Result.h"
#include "features/Feature.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace teahouse::app {

class AppContext;

// `teahouse --screenshot-tour DIR`: visits every main screen in English and Chinese, in normal
// and care mode (200 %), and saves DIR/NN-<screen>-<lang>-<mode>.png. scripts/demo runs it
// under Xvfb; it works offscreen too, and without any backend (it sets the stage itself).
class ScreenshotTour
{
public:
    ScreenshotTour(AppContext &context, QString directory);

    // Returns the saved files in order, or the first error (a directory or a file that could
    // not be written).
    [[nodiscard]] Result<QStringList> run();

    // The screens run() visits, in order: the built-in ones (sign-in, unlock, each section),
    // the features' own screens (FeatureHost::tourStops()), then Settings. Tests walk the same
    // list (the layout audit), so every screen the tour shows is also checked.
    [[nodiscard]] QList<TourStop> stops() const;

private:
    [[nodiscard]] QImage settledImage();
    // Lets layouts and bindings settle and waits for the window to present a frame, so the
    // grab shows the new state.
    void waitForFrame();

    AppContext &m_context;
    QString m_directory;
};

} // namespace teahouse::app
