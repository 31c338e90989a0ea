#pragma once

#include "base/Jid.h"
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
// pay@<the account's domain> (re-read at each sign-in, so an --account-file's "settings" apply).
// A payment code from the scanner opens the wallet's confirmation. In one-to-one chats it adds
// a "Transfer" action and draws <transfer xmlns='urn:teahouse:pay:0'/> cards (TransferCard.qml)
// through the chat's CardRegistry; transfer cards are sent through the chat's outbox.
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
    // The chat's card registry: transfer cards and the composer's "Transfer" action.
    void joinChat();
    void onChatAction(const QString &id, const QString &jid, const QString &name);
    [[nodiscard]] Jid configuredService() const;
    // The friend the tour's transfer screens show: the latest transfer's, else Zhang Wei.
    [[nodiscard]] Jid tourFriend() const;
    [[nodiscard]] QString friendName(const Jid &jid) const;

    FeatureEnv m_env;
    std::unique_ptr<ui::PayController> m_controller;
    std::unique_ptr<pay::PayService> m_service;
    QPointer<account::AccountSession> m_session;
};

} // namespace teahouse::app
