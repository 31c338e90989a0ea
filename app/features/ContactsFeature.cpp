#include "features/ContactsFeature.h"

#include "account/AccountSession.h"
#include "base/Logging.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsController.h"
#include "contacts/ContactsService.h"
#include "profile/ProfileService.h"
#include "shell/Navigation.h"
#include "storage/MediaStore.h"
#include "xmpp/AvatarManager.h"
#include "xmpp/BlockingManager.h"
#include "xmpp/DiscoManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/PresenceManager.h"
#include "xmpp/RosterManager.h"
#include "xmpp/Stream.h"
#include "xmpp/VCardManager.h"

namespace teahouse::app {

ContactsFeature::ContactsFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::ContactsController>())
{
    connect(m_controller.get(), &ui::ContactsController::attentionRequested, this,
            [this] { m_env.navigation.setSection(ui::Navigation::Section::Contacts); });
    // An xmpp: link to a person (clicked, scanned, opened from the command line).
    connect(&m_env.navigation, &ui::Navigation::uriRequested, this, [this](const QString &uri) {
        if (uri.startsWith(u"xmpp:", Qt::CaseInsensitive) &&
            (uri.contains(u"?roster") || uri.contains(u"?subscribe")))
            m_controller->addFriendFromUri(uri);
    });
}

ContactsFeature::~ContactsFeature()
{
    detach();
}

QObject *ContactsFeature::controller()
{
    return m_controller.get();
}

void ContactsFeature::attach(account::AccountSession &session)
{
    detach();
    m_session = &session;
    auto media = storage::MediaStore::open(session.database(),
                                           session.profile().mediaDirectory(session.account()));
    if (!media) {
        qCWarning(lcApp) << "contacts: the media store did not open:" << media.error().message;
        return;
    }
    m_media = std::make_unique<storage::MediaStore>(std::move(media).value());
    m_contacts = std::make_unique<contacts::ContactsService>(session.database(), m_media.get());
    m_profile = std::make_unique<profile::ProfileService>(session.database(), m_media.get(),
                                                          session.account());
    if (auto s = m_contacts->open(); !s)
        qCWarning(lcApp) << "contacts: the contacts store did not open:" << s.error().message;
    if (auto s = m_profile->open(); !s)
        qCWarning(lcApp) << "contacts: the profile store did not open:" << s.error().message;
    connect(&session, &account::AccountSession::sessionCreated, this,
            &ContactsFeature::bindSession);
    bindSession();
    m_controller->setServices(m_contacts.get(), m_profile.get());
}

void ContactsFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    m_controller->setServices(nullptr, nullptr);
    m_contacts.reset();
    m_profile.reset();
    m_media.reset();
}

void ContactsFeature::bindSession()
{
    if (!m_session || !m_contacts || !m_profile || !m_session->stream() || !m_session->iq())
        return;
    xmpp::Stream *stream = m_session->stream();
    xmpp::IqTracker *iq = m_session->iq();
    // Children of the stream: they go with it when the next sign-in rebuilds it.
    auto *blocking = new xmpp::BlockingManager(iq, stream);
    auto *avatars = new xmpp::AvatarManager(iq, stream);
    auto *vcards = new xmpp::VCardManager(iq, stream);
    if (xmpp::DiscoManager *disco = m_session->disco()) {
        // PEP notifications (XEP-0163 §4.3) of contacts' avatar and profile changes.
        disco->addFeature(QStringLiteral("urn:xmpp:avatar:metadata+notify"));
        disco->addFeature(QStringLiteral("urn:xmpp:vcard4+notify"));
    }
    m_contacts->bind(
        {stream, m_session->roster(), m_session->presence(), avatars, blocking, vcards});
    m_profile->bind({stream, m_session->presence(), avatars, vcards});
}

QList<TourStop> ContactsFeature::tourStops()
{
    using Section = ui::Navigation::Section;
    auto firstContact = [this]() -> QString {
        ui::ContactListModel *model = m_controller->contacts();
        model->setFilter({});
        model->setTag({});
        // Prefer a contact with a picture: the card shows more.
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->data(model->index(row), ui::ContactListModel::AvatarRole)
                     .toString()
                     .isEmpty())
                return model->jidAt(row);
        }
        return model->jidAt(0);
    };
    return {
        {QStringLiteral("contacts-list"),
         [this] {
             m_env.navigation.setSection(Section::Contacts);
             m_controller->contacts()->setFilter({});
             m_controller->showPage({});
         }},
        {QStringLiteral("contacts-card"),
         [this, firstContact] {
             m_env.navigation.setSection(Section::Contacts);
             const QString jid = firstContact();
             if (!jid.isEmpty())
                 m_controller->showContact(jid);
         }},
        {QStringLiteral("contacts-new-friends"),
         [this] {
             m_env.navigation.setSection(Section::Contacts);
             m_controller->showPage(QStringLiteral("newFriends"));
         }},
        {QStringLiteral("contacts-add-friend"),
         [this] {
             m_env.navigation.setSection(Section::Contacts);
             m_controller->showPage(QStringLiteral("addFriend"));
         }},
        {QStringLiteral("contacts-tags"),
         [this] {
             m_env.navigation.setSection(Section::Contacts);
             m_controller->showPage(QStringLiteral("tags"));
         }},
        {QStringLiteral("contacts-me"),
         [this] {
             m_env.navigation.setSection(Section::Contacts);
             m_controller->showPage(QStringLiteral("me"));
         }},
        {QStringLiteral("contacts-my-qr"),
         [this] {
             m_env.navigation.setSection(Section::Contacts);
             m_controller->showPage(QStringLiteral("myQr"));
         }},
    };
}

} // namespace teahouse::app
