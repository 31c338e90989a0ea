#pragma once

#include "features/Feature.h"

#include <QPointer>
#include <memory>

namespace teahouse::pay {
class PayService;
}
namespace teahouse::ui {
class PayController;
}

namespace teahouse::app {

// Payments in the app (features.pay): builds the account's PayService when its store opens,
// binds it to each new session's iq tracker, and hands it to the PayController the wallet and
// the pay flow use. The payment service is the account setting "pay.service", else
// pay@<the account's domain>. A payment code from the scanner opens the wallet's confirmation.
class PayFeature : public Feature
{
    Q_OBJECT
public:
    explicit PayFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~PayFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("pay"); }
    [[nodiscard]] QObject *controller() override;
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

    [[nodiscard]] pay::PayService *service() const { return m_service.get(); }

    static constexpr QStringView kServiceSetting = u"pay.service";

private:
    void bindSession();

    FeatureEnv m_env;
    std::unique_ptr<ui::PayController> m_controller;
    std::unique_ptr<pay::PayService> m_service;
    QPointer<account::AccountSession> m_session;
};

} // namespace teahouse::app
