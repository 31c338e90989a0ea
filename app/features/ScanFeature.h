#pragma once

#include "features/Feature.h"
#include "features/UriRouter.h"

#include <memory>

namespace teahouse::ui {
class ScanController;
}

namespace teahouse::app {

// Scan in the app: the ScanController QML sees as features.scan, fed by the camera or, when
// TEAHOUSE_SCAN_FRAMES names image files or a directory, by those images played as camera
// frames (testers, the tour, machines without a camera); the UriRouter that carries out scanned
// codes and links opened through Navigation.openUri; the scanner's tour screens.
class ScanFeature : public Feature
{
    Q_OBJECT
public:
    explicit ScanFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~ScanFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("scan"); }
    [[nodiscard]] QObject *controller() override;
    // The scanner needs no account: attach and detach only stop the camera.
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

    [[nodiscard]] ui::ScanController &scanController() const { return *m_controller; }
    [[nodiscard]] UriRouter &router() { return m_router; }

private:
    void onUriRequested(const QString &uri);

    FeatureEnv m_env;
    UriRouter m_router;
    std::unique_ptr<ui::ScanController> m_controller;
};

} // namespace teahouse::app
