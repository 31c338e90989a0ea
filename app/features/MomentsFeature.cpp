#include "features/MomentsFeature.h"

#include "account/AccountSession.h"
#include "account/DbRosterCache.h"
#include "base/Logging.h"
#include "features/FeatureHost.h"
#include "moments/MomentsController.h"
#include "moments/MomentsService.h"
#include "platform/Notifier.h"
#include "shell/Navigation.h"
#include "xmpp/RosterManager.h"

#include <QGuiApplication>
#include <QQuickWindow>

namespace teahouse::app {

namespace {

const QString notificationKey = QStringLiteral("moments:interactions");

} // namespace

MomentsFeature::MomentsFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::MomentsController>())
{
    connect(&m_env.navigation, &ui::Navigation::momentsRequested, this,
            [this](const QString &jid) { m_controller->showOwner(jid); });
    connect(&m_env.notifier, &Notifier::activated, this, [this](const QString &key) {
        if (key == notificationKey)
            m_env.navigation.showMoments({});
    });
    m_controller->setNameLookup([this](const QString &jid) {
        if (!m_service)
            return QString();
        for (const xmpp::RosterItem &item : m_service->roster())
            if (item.jid.bareString() == jid)
                return item.name;
        return QString();
    });
}

MomentsFeature::~MomentsFeature()
{
    detach();
}

QObject *MomentsFeature::controller()
{
    return m_controller.get();
}

void MomentsFeature::attach(account::AccountSession &session)
{
    detach();
    m_session = &session;
    m_service = std::make_unique<moments::MomentsService>(session);
    if (!m_service->isReady())
        qCWarning(lcApp) << "moments: the Moments store did not open:" << m_service->errorMessage();
    connect(m_service.get(), &moments::MomentsService::interactionReceived, this,
            [this](const QString &name, const QString &text, bool like) {
                const bool looking =
                    QGuiApplication::applicationState() == Qt::ApplicationActive &&
                    m_env.navigation.section() == ui::Navigation::Section::Discover &&
                    m_env.navigation.discoverPage() == ui::Navigation::DiscoverPage::Moments;
                if (looking)
                    return;
                m_env.notifier.notify(tr("Moments"),
                                      like ? tr("%1 liked your post").arg(name)
                                           : tr("%1 commented: %2").arg(name, text),
                                      notificationKey);
            });
    connect(&session, &account::AccountSession::sessionCreated, this, &MomentsFeature::bindRoster);
    m_controller->setService(m_service.get());
    // Found once here, while every feature is alive; the slot must not walk the feature list
    // (the contacts feature also reports a profile change while the features are destroyed).
    m_contacts = m_env.host.controller(QStringLiteral("contacts"));
    if (m_contacts && m_contacts->metaObject()->indexOfSignal("profileChanged()") >= 0)
        connect(m_contacts, SIGNAL(profileChanged()), this, SLOT(applyOwnName()),
                Qt::UniqueConnection);
    applyOwnName();
    updateRoster();
    bindRoster();
}

void MomentsFeature::applyOwnName()
{
    const QString name = m_contacts ? m_contacts->property("displayName").toString() : QString();
    if (m_service && !name.isEmpty())
        m_service->setOwnName(name);
}

void MomentsFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    if (m_contacts)
        disconnect(m_contacts, nullptr, this, nullptr);
    m_contacts = nullptr;
    m_controller->setService(nullptr);
    m_service.reset();
}

void MomentsFeature::bindRoster()
{
    if (!m_session || !m_session->roster())
        return;
    xmpp::RosterManager *roster = m_session->roster();
    connect(roster, &xmpp::RosterManager::rosterReceived, this, &MomentsFeature::updateRoster,
            Qt::UniqueConnection);
    connect(roster, &xmpp::RosterManager::itemChanged, this, &MomentsFeature::updateRoster,
            Qt::UniqueConnection);
    connect(roster, &xmpp::RosterManager::itemRemoved, this, &MomentsFeature::updateRoster,
            Qt::UniqueConnection);
    updateRoster();
}

void MomentsFeature::updateRoster()
{
    if (!m_session || !m_session->isOpen() || !m_service)
        return;
    // The live roster once signed in; the encrypted cache before (offline start).
    QList<xmpp::RosterItem> items =
        m_session->roster() ? m_session->roster()->items() : QList<xmpp::RosterItem>();
    if (items.isEmpty())
        items = account::DbRosterCache(m_session->database()).items();
    const bool first = m_service->roster().isEmpty() && !items.isEmpty();
    m_service->setRoster(items);
    QStringList tags;
    for (const xmpp::RosterItem &item : std::as_const(items))
        for (const QString &g : item.groups)
            if (!tags.contains(g))
                tags.append(g);
    tags.sort(Qt::CaseInsensitive);
    m_controller->setTags(tags);
    // The friends are known now: read their Moments.
    if (first)
        m_service->refresh();
}

QList<TourStop> MomentsFeature::tourStops()
{
    using Page = ui::Navigation::DiscoverPage;
    auto findPopup = [](const char *name) -> QObject * {
        for (QWindow *w : QGuiApplication::topLevelWindows())
            if (auto *quick = qobject_cast<QQuickWindow *>(w))
                if (QObject *o = quick->findChild<QObject *>(QString::fromLatin1(name)))
                    return o;
        return nullptr;
    };
    // The compose dialog and the viewer are popups of the window: closed between stops.
    auto closePopups = [findPopup] {
        for (const char *name : {"moments.composeDialog", "moments.viewer"})
            if (QObject *popup = findPopup(name))
                QMetaObject::invokeMethod(popup, "close");
    };
    return {
        {QStringLiteral("moments-feed"),
         [this, closePopups] {
             closePopups();
             m_controller->showOwner({});
             m_env.navigation.openDiscoverPage(Page::Moments);
         }},
        {QStringLiteral("moments-photos"),
         [this, closePopups, findPopup] {
             closePopups();
             m_env.navigation.openDiscoverPage(Page::Moments);
             // The newest post with photos, opened in the viewer.
             auto *feed = m_controller->feed();
             for (int row = 0; row < feed->rowCount(); ++row) {
                 const auto *p = feed->at(row);
                 if (p && !p->images.isEmpty()) {
                     if (QObject *viewer = findPopup("moments.viewer"))
                         QMetaObject::invokeMethod(
                             viewer, "show",
                             Q_ARG(QVariant,
                                   feed->data(feed->index(row), ui::FeedModel::ImagesRole)),
                             Q_ARG(QVariant, QVariant(0)));
                     break;
                 }
             }
         }},
        {QStringLiteral("moments-compose"),
         [this, closePopups, findPopup] {
             closePopups();
             m_env.navigation.openDiscoverPage(Page::Moments);
             if (QObject *compose = findPopup("moments.composeDialog"))
                 QMetaObject::invokeMethod(compose, "open");
         }},
    };
}

} // namespace teahouse::app
