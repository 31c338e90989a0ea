#pragma once

#include "features/Feature.h"
#include "platform/AboutController.h"

namespace teahouse::app {

// Settings → About (features.about): the version list, which needs no account. A feature so
// the Settings page reaches it the way it reaches every other controller.
class AboutFeature : public Feature
{
    Q_OBJECT
public:
    explicit AboutFeature(const FeatureEnv &env, QObject *parent = nullptr);

    [[nodiscard]] QString key() const override { return QStringLiteral("about"); }
    [[nodiscard]] QObject *controller() override { return &m_controller; }
    void attach(account::AccountSession & /*session*/) override {}
    void detach() override {}

private:
    AboutController m_controller;
};

} // namespace teahouse::app
