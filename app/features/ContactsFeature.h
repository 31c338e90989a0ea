#pragma once

#include "features/Feature.h"

#include <QPointer>
#include <memory>

namespace teahouse::contacts {
class ContactsService;
}
namespace teahouse::profile {
class ProfileService;
}
namespace teahouse::storage {
class MediaStore;
}
namespace teahouse::ui {
class ContactsController;
}

namespace teahouse::app {

// Contacts and "Me" (features.contacts): builds the contacts and profile services on the
// account's store, binds them to each session's managers (adding the blocking, avatar and
// vCard managers the account session does not make), and routes links and card requests.
class ContactsFeature : public Feature
{
    Q_OBJECT
public:
    explicit ContactsFeature(const FeatureEnv &env, QObject *parent = nullptr);
    ~ContactsFeature() override;

    [[nodiscard]] QString key() const override { return QStringLiteral("contacts"); }
    [[nodiscard]] QObject *controller() override;
    void attach(account::AccountSession &session) override;
    void detach() override;
    [[nodiscard]] QList<TourStop> tourStops() override;

private:
    void bindSession();

    FeatureEnv m_env;
    std::unique_ptr<ui::ContactsController> m_controller;
    QPointer<account::AccountSession> m_session;
    std::unique_ptr<storage::MediaStore> m_media;
    std::unique_ptr<contacts::ContactsService> m_contacts;
    std::unique_ptr<profile::ProfileService> m_profile;
};

} // namespace teahouse::app
