#include "features/ServicesFeature.h"

#include "account/AccountSession.h"
#include "account/AccountSettings.h"
#include "base/Logging.h"
#include "chat/CardRegistry.h"
#include "chat/ChatController.h"
#include "chat/ChatMessage.h"
#include "chat/ChatService.h"
#include "features/ChatFeature.h"
#include "features/FeatureHost.h"
#include "services/CityProtocol.h"
#include "services/CityServices.h"
#include "services/FormSession.h"
#include "services/ServicesController.h"
#include "shell/Navigation.h"
#include "xmpp/RosterManager.h"
#include "xmpp/Stream.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace teahouse::app {

ServicesFeature::ServicesFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::ServicesController>())
{
    connect(m_controller.get(), &ui::ServicesController::openUriRequested, this,
            [this](const QString &uri) { m_env.navigation.openUri(uri); });
    connect(m_controller.get(), &ui::ServicesController::pageRequested, this, [this] {
        m_env.navigation.setSection(ui::Navigation::Section::Discover);
        m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::CityServices);
    });
}

ServicesFeature::~ServicesFeature()
{
    detach();
}

QObject *ServicesFeature::controller()
{
    return m_controller.get();
}

void ServicesFeature::attach(account::AccountSession &session)
{
    detach();
    m_session = &session;
    auto services = std::make_unique<services::CityServices>(session.database());
    if (Status opened = services->open(); !opened.ok()) {
        qCWarning(lcApp) << "services: the tables did not open:" << opened.error().message;
        return;
    }
    m_services = std::move(services);
    m_controller->setServices(m_services.get());
    connect(&session, &account::AccountSession::sessionCreated, this,
            &ServicesFeature::bindSession);
    bindSession();
    bindChat();
}

void ServicesFeature::bindSession()
{
    if (!m_services || !m_session)
        return;
    m_services->bind(m_session->stream(), m_session->iq(), m_session->disco());
    // Photos for forms go to the account's server like chat pictures do: trusting its CA and
    // the certificate the user pinned at sign-in.
    if (xmpp::Stream *stream = m_session->stream())
        m_services->setUploadTrust(stream->settings().extraCaCertificates,
                                   stream->settings().pinnedSha256Fingerprints);
    if (m_session->roster()) {
        connect(m_session->roster(), &xmpp::RosterManager::itemChanged, this,
                &ServicesFeature::updateContacts, Qt::UniqueConnection);
        connect(m_session->roster(), &xmpp::RosterManager::rosterReceived, this,
                &ServicesFeature::updateContacts, Qt::UniqueConnection);
    }
    updateContacts();
    if (xmpp::Stream *stream = m_session->stream()) {
        connect(stream, &xmpp::StanzaChannel::sessionStarted, this, &ServicesFeature::discover,
                Qt::UniqueConnection);
        if (stream->isOnline())
            discover();
    }
}

void ServicesFeature::discover()
{
    if (!m_services || !m_session)
        return;
    // Cities: the setting, else the server's well-known city accounts (kept once they answer).
    importMyInfo();
    QStringList configured;
    auto setting = m_session->settings().value(kCitiesSetting.toString());
    if (setting.ok() && setting.value())
        configured = QString::fromUtf8(*setting.value()).split(u',', Qt::SkipEmptyParts);
    auto known = m_services->store().cities();
    const bool none = !known.ok() || known->isEmpty();
    for (const QString &jid : std::as_const(configured))
        m_services->addCity(jid.trimmed());
    if (configured.isEmpty() && none) {
        const QString domain = m_session->account().domain();
        for (const QString &local :
             {QStringLiteral("city-beijing"), QStringLiteral("city-shanghai")})
            m_services->probeCity(local + u'@' + domain);
    }
    m_services->refreshAll();
}

void ServicesFeature::importMyInfo()
{
    // My info handed over with the account (the demo's account file): taken into the
    // services store where it is empty, then the setting is dropped.
    auto setting = m_session->settings().value(kMyInfoSetting.toString());
    if (!setting.ok() || !setting.value())
        return;
    const QJsonObject given = QJsonDocument::fromJson(*setting.value()).object();
    auto current = m_services->store().myInfo();
    bool changed = false;
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (current.ok() && !current->value(it.key()).toString().isEmpty())
            continue;
        m_controller->setMyInfo(it.key(), it.value().toString());
        changed = true;
    }
    (void)m_session->settings().remove(kMyInfoSetting.toString());
    if (changed)
        qCInfo(lcApp) << "services: My info taken from the account settings";
}

void ServicesFeature::bindChat()
{
    // The chat draws city-form cards with our delegate (Open / Review and submit).
    if (auto *chat =
            qobject_cast<ui::ChatController *>(m_env.host.controller(QStringLiteral("chat")))) {
        chat->cards()->registerCard(
            ui::ServicesController::kCardKind.toString(),
            ui::ServicesController::kCardElement.toString(), services::city::kNamespace.toString(),
            QUrl(QStringLiteral("qrc:/qt/qml/Teahouse/Services/CityFormCard.qml")),
            m_controller.get());
    }
    auto *chat = qobject_cast<ChatFeature *>(m_env.host.feature(QStringLiteral("chat")));
    chat::ChatService *service = chat ? chat->service() : nullptr;
    if (!service) {
        m_controller->setCardSender({});
        return;
    }
    m_chatService = service;
    service->registerCardKind(ui::ServicesController::kCardKind.toString(),
                              ui::ServicesController::kCardElement.toString(),
                              services::city::kNamespace.toString());
    m_controller->setCardSender([this](const QString &jid, const xmpp::Element &payload,
                                       const QString &text) {
        auto *s = qobject_cast<chat::ChatService *>(m_chatService.data());
        return s &&
               s->sendCard(jid, ui::ServicesController::kCardKind.toString(), payload, text).ok();
    });
    connect(service, &chat::ChatService::messageAdded, this, [this](const chat::ChatMessage &m) {
        if (m.kind != chat::ChatMessage::Kind::Card ||
            m.cardKind != ui::ServicesController::kCardKind || m.isOutgoing())
            return;
        m_controller->cardReceived(m.senderJid.isEmpty() ? m.conversation : m.senderJid,
                                   m.senderName, m.cardXml);
    });
}

void ServicesFeature::updateContacts()
{
    QVariantList contacts;
    if (m_session && m_session->roster()) {
        for (const xmpp::RosterItem &item : m_session->roster()->items()) {
            if (item.jid.local().startsWith(u"city-"))
                continue;
            contacts.append(QVariantMap{
                {QStringLiteral("jid"), item.jid.bareString()},
                {QStringLiteral("name"), item.name.isEmpty() ? item.jid.bareString() : item.name}});
        }
    }
    m_controller->setContacts(contacts);
}

void ServicesFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_chatService)
        disconnect(m_chatService, nullptr, this, nullptr);
    m_chatService = nullptr;
    m_session = nullptr;
    m_controller->form()->close();
    m_controller->setServices(nullptr);
    m_controller->setCardSender({});
    m_services.reset();
}

QVariantMap ServicesFeature::familyRequest()
{
    // The chat delivers the card a moment after sign-in: wait for it.
    QVariantMap found;
    waitUntil(
        [this, &found] {
            for (const QVariant &v : m_controller->helpRequests()) {
                const QVariantMap m = v.toMap();
                if (m.value(QStringLiteral("direction")).toString() == u"in") {
                    found = m;
                    return true;
                }
            }
            return false;
        },
        5000);
    return found;
}

bool ServicesFeature::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

QList<TourStop> ServicesFeature::tourStops()
{
    using Section = ui::Navigation::Section;
    auto showPage = [this](const QString &view) {
        m_env.navigation.setSection(Section::Discover);
        m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::CityServices);
        m_controller->setView(view);
    };
    auto firstCity = [this]() -> QString {
        const QVariantList cities = m_controller->cities();
        return cities.isEmpty() ? QString()
                                : cities.first().toMap().value(QStringLiteral("jid")).toString();
    };
    auto formState = [this] {
        auto *s = m_controller->form()->session();
        return s ? s->state() : services::FormSession::State::Idle;
    };
    return {
        {QStringLiteral("services-home"),
         [this, showPage] {
             m_controller->form()->close();
             waitUntil([this] { return m_controller->services()->rowCount() > 0; }, 5000);
             showPage(QStringLiteral("home"));
         }},
        // The hospital appointment, stage 3 of 4 (two pages): a multi-step form with values.
        {QStringLiteral("services-appointment"),
         [this, showPage, firstCity, formState] {
             const QString city = firstCity();
             if (city.isEmpty())
                 return;
             if (m_services)
                 m_services->discardDraft(
                     services::CityServices::draftId(city, QStringLiteral("medical/appointment")));
             m_controller->openService(city, QStringLiteral("medical/appointment"),
                                       tr("Hospital appointment"));
             showPage(QStringLiteral("form"));
             ui::FormController *form = m_controller->form();
             auto editingAt = [this, formState](int stage) {
                 auto *s = m_controller->form()->session();
                 return formState() == services::FormSession::State::Editing && s &&
                        s->stage() == stage;
             };
             if (!waitUntil([&] { return editingAt(0); }))
                 return;
             const QVariantList hospitals =
                 form->fields()
                     ->data(form->fields()->index(0), ui::FormFieldModel::OptionsRole)
                     .toList();
             form->setValue(
                 QStringLiteral("hospital"),
                 hospitals.isEmpty()
                     ? QString()
                     : hospitals.first().toMap().value(QStringLiteral("value")).toString());
             form->next();
             if (!waitUntil([&] { return editingAt(1); }))
                 return;
             const auto *f = form->session()->form().field(u"department");
             form->setValue(QStringLiteral("department"),
                            f && !f->options.isEmpty() ? f->options.first().value : QString());
             form->next();
             if (!waitUntil([&] { return editingAt(2); }))
                 return;
             form->setValue(QStringLiteral("doctor"), QStringLiteral("d1"));
             form->setValue(QStringLiteral("day"),
                            QDate::currentDate().addDays(3).toString(Qt::ISODate));
             form->setValue(QStringLiteral("slot"), QStringLiteral("09:30"));
         }},
        // Page 2 of the stage: the patient, each field offering its My info value.
        {QStringLiteral("services-appointment-patient"),
         [this, formState] {
             ui::FormController *form = m_controller->form();
             if (!form->session() || formState() != services::FormSession::State::Editing)
                 return;
             form->next();
         }},
        {QStringLiteral("services-appointment-receipt"),
         [this, formState] {
             ui::FormController *form = m_controller->form();
             if (!form->session() || formState() != services::FormSession::State::Editing)
                 return;
             form->useMyInfo(QStringLiteral("patient_name"));
             form->useMyInfo(QStringLiteral("id_number"));
             form->useMyInfo(QStringLiteral("phone"));
             if (form->valuesOf(QStringLiteral("patient_name")).isEmpty())
                 form->setValue(QStringLiteral("patient_name"), QStringLiteral("李华"));
             if (form->valuesOf(QStringLiteral("id_number")).isEmpty())
                 form->setValue(QStringLiteral("id_number"), QStringLiteral("110101199003071234"));
             form->setValue(QStringLiteral("phone"), QStringLiteral("13800138000"));
             form->next();
             if (!waitUntil([&] {
                     return formState() == services::FormSession::State::Editing &&
                            form->session()->stage() == 3;
                 }))
                 return;
             form->setValue(QStringLiteral("agree"), QStringLiteral("1"));
             form->complete();
             waitUntil([&] { return formState() == services::FormSession::State::Completed; });
         }},
        {QStringLiteral("services-applications"),
         [this, showPage] {
             m_controller->form()->close();
             showPage(QStringLiteral("applications"));
         }},
        {QStringLiteral("services-myinfo"),
         [showPage] {
             showPage(QStringLiteral("myinfo"));
         }},
        // A family member's "Ask family to fill this" card in the chat with them.
        {QStringLiteral("services-family-card"),
         [this] {
             m_controller->form()->close();
             const QVariantMap request = familyRequest();
             if (!request.isEmpty())
                 m_env.navigation.openChat(request.value(QStringLiteral("peer")).toString());
         }},
        // Their form opened from the card, being filled in.
        {QStringLiteral("services-family-form"),
         [this, showPage] {
             const QVariantMap request = familyRequest();
             if (request.isEmpty())
                 return;
             m_controller->openHelpRequest(request.value(QStringLiteral("id")).toLongLong());
             showPage(QStringLiteral("form"));
             ui::FormController *form = m_controller->form();
             // Their details, typed in (My info is mine, not offered on someone else's form).
             form->setValue(QStringLiteral("id_number"), QStringLiteral("110101196805121226"));
             form->setValue(QStringLiteral("birth_date"), QStringLiteral("1968-05-12"));
         }},
    };
}

} // namespace teahouse::app
