#pragma once

#include "features/Feature.h"

#include <QPointer>
#include <QVariantMap>
#include <memory>

namespace teahouse::services {
class CityServices;
}
namespace teahouse::ui {
class ServicesController;
}

namespace teahouse::app {

// City services in the app (features.services): builds the account's CityServices when its
// store opens and binds it to each new session's stream; the cities are the account setting
// "services.cities" (addresses separated by commas) and, on a new account, the well-known
// addresses city-beijing@ and city-shanghai@ of its own server if they answer. "Pay now"
// links go to Navigation.openUri; "Ask family" goes through the chat feature's cards.
class ServicesFeature : public Feature
{
    Q_OBJECT
public:
    explicit ServicesFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~ServicesFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("services"); }
    [[nodiscard]] QObject *controller() override;
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

    static constexpr QStringView kCitiesSetting = u"services.cities";
    // My info given with the account (JSON: {"name": …, "id_number": …}), imported once.
    static constexpr QStringView kMyInfoSetting = u"services.myinfo";

private:
    void bindSession();
    void bindChat();
    // Finds the cities and their services (each time the stream comes online).
    void discover();
    void updateContacts();
    void importMyInfo();
    // The newest request from family to fill a form in (for the tour), or empty.
    QVariantMap familyRequest();
    // Runs the event loop until `done` holds or the time is up (tour stops wait for answers).
    bool waitUntil(const std::function<bool()> &done, int timeoutMs = 8000);

    FeatureEnv m_env;
    std::unique_ptr<ui::ServicesController> m_controller;
    std::unique_ptr<services::CityServices> m_services;
    QPointer<account::AccountSession> m_session;
    QPointer<QObject> m_chatService;
};

} // namespace teahouse::app
