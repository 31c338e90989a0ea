#pragma once

#include "features/Feature.h"

#include <QPointer>
#include <memory>

namespace teahouse::moments {
class MomentsService;
}
namespace teahouse::ui {
class MomentsController;
}

namespace teahouse::app {

// Moments in the app (features.moments): builds the account's MomentsService when its store
// opens, keeps it fed with the roster (friends and their tags, for reading feeds and for the
// audience whitelists), opens a friend's Moments when another feature asks through Navigation
// (showMoments), turns likes and comments on my posts into notifications, and adds the feed,
// a post with photos and compose to the screenshot tour.
class MomentsFeature : public Feature
{
    Q_OBJECT
public:
    explicit MomentsFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~MomentsFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("moments"); }
    [[nodiscard]] QObject *controller() override;
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

    [[nodiscard]] moments::MomentsService *service() const { return m_service.get(); }

private Q_SLOTS:
    // My posts and comments carry the name my profile shows (the contacts feature keeps the
    // profile; found by key, so Moments works without it).
    void applyOwnName();

private:
    void bindRoster();
    void updateRoster();

    FeatureEnv m_env;
    std::unique_ptr<ui::MomentsController> m_controller;
    std::unique_ptr<moments::MomentsService> m_service;
    QPointer<QObject> m_contacts; // the contacts feature's controller, while attached
    QPointer<account::AccountSession> m_session;
};

} // namespace teahouse::app
