#include "features/ArticlesFeature.h"

#include "account/AccountSession.h"
#include "account/AccountSettings.h"
#include "articles/ArticlesController.h"
#include "articles/ArticlesService.h"
#include "base/Logging.h"
#include "chat/CardRegistry.h"
#include "chat/ChatController.h"
#include "features/FeatureHost.h"
#include "moments/MomentsController.h"
#include "platform/Notifier.h"
#include "shell/Navigation.h"
#include "xmpp/IqTracker.h"
#include "xmpp/Stream.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslCertificate>
#include <QTimer>

namespace teahouse::app {

namespace {

constexpr QStringView kNotificationPrefix = u"article:";

// Lets the web view load and paint before the tour grabs the window.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ArticlesFeature::ArticlesFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::ArticlesController>())
{
    // Clicking a new-article notification opens it in the reader.
    connect(&m_env.notifier, &Notifier::activated, this, [this](const QString &key) {
        if (!key.startsWith(kNotificationPrefix))
            return;
        m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::OfficialAccounts);
        m_controller->openArticle(key.mid(kNotificationPrefix.size()).toLongLong());
    });
    // Sharing without a chat to send to (no chat feature): the link is on the clipboard (the
    // controller put it there); open the chats to paste it.
    connect(m_controller.get(), &ui::ArticlesController::shareToChatRequested, this,
            [this] { m_env.navigation.setSection(ui::Navigation::Section::Chats); });
    connect(m_controller.get(), &ui::ArticlesController::pageRequested, this, [this] {
        m_env.navigation.setSection(ui::Navigation::Section::Discover);
        m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::OfficialAccounts);
    });
    connect(m_controller.get(), &ui::ArticlesController::shareToMomentsRequested, this,
            &ArticlesFeature::shareToMoments);
}

void ArticlesFeature::joinChat()
{
    auto *chat = qobject_cast<ui::ChatController *>(m_env.host.controller(QStringLiteral("chat")));
    if (!chat) {
        m_controller->setCardSender({});
        m_controller->setShareSources(nullptr, nullptr);
        return;
    }
    ui::CardRegistry *cards = chat->cards();
    cards->registerCard(QStringLiteral("article"), QStringLiteral("article"),
                        ui::ArticlesController::kCardNs.toString(),
                        QUrl(QStringLiteral("qrc:/qt/qml/Teahouse/Articles/ArticleCard.qml")),
                        m_controller.get());
    QPointer<ui::CardRegistry> registry(cards);
    m_controller->setCardSender(
        [registry](const QString &jid, const xmpp::Element &card, const QString &fallback) {
            return registry && registry->sendCard(jid, QStringLiteral("article"), card, fallback);
        });
    m_controller->setShareSources(chat->conversations(), chat->contacts());
}

void ArticlesFeature::shareToMoments(const QString &title, const QString &link)
{
    auto *moments =
        qobject_cast<ui::MomentsController *>(m_env.host.controller(QStringLiteral("moments")));
    if (moments)
        moments->composeWithLink(title, QUrl(link));
    m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::Moments);
}

ArticlesFeature::~ArticlesFeature()
{
    detach();
}

QObject *ArticlesFeature::controller()
{
    return m_controller.get();
}

void ArticlesFeature::attach(account::AccountSession &session)
{
    detach();
    m_session = &session;
    auto service = std::make_unique<articles::ArticlesService>(
        session.database(), session.profile().mediaDirectory(session.account()));
    if (Status opened = service->open(); !opened.ok()) {
        qCWarning(lcApp) << "articles: the article tables did not open:" << opened.error().message;
        return;
    }
    Jid pubsub;
    auto configured = session.settings().value(kServiceSetting.toString());
    if (configured.ok() && configured.value())
        pubsub = Jid::parse(QString::fromUtf8(*configured.value()));
    if (!pubsub.isValid())
        pubsub = Jid::parse(QStringLiteral("pubsub.") + session.account().domain());
    service->setService(pubsub);
    // A private server's own certificate (the demo's) also signs its upload host's images.
    auto ca = session.settings().value(QStringLiteral("account.caFile"));
    if (ca.ok() && ca.value() && !ca.value()->isEmpty())
        service->setCaCertificates(QSslCertificate::fromPath(QString::fromUtf8(*ca.value())));
    service->setFeedRefreshInterval(30 * 60 * 1000);
    service->setTrustedImageHosts({session.account().domain().toLower()});
    connect(service.get(), &articles::ArticlesService::articleArrived, this,
            [this](const articles::Article &article) {
                QString account = article.accountId;
                if (m_service) {
                    auto a = m_service->store().account(article.accountId);
                    if (a.ok() && a->has_value())
                        account = (*a)->title;
                }
                m_env.notifier.notify(account, article.title,
                                      kNotificationPrefix.toString() + QString::number(article.id));
            });
    m_service = std::move(service);
    m_controller->setUploadHost(session.account().domain());
    connect(&session, &account::AccountSession::sessionCreated, this,
            &ArticlesFeature::bindSession);
    bindSession();
    m_controller->setService(m_service.get());
    joinChat();
}

void ArticlesFeature::bindSession()
{
    if (!m_service || !m_session)
        return;
    // Images from the upload host of a server whose certificate the user pinned at sign-in.
    if (m_session->stream())
        m_service->setPinnedFingerprints(m_session->stream()->settings().pinnedSha256Fingerprints);
    m_service->bind(m_session->stream(), m_session->iq());
}

void ArticlesFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    m_controller->setService(nullptr);
    if (m_service)
        m_service->bind(nullptr, nullptr);
    m_service.reset();
}

QList<TourStop> ArticlesFeature::tourStops()
{
    QList<TourStop> stops;
    stops.append({QStringLiteral("official-accounts"), [this] {
                      m_controller->goHome();
                      m_env.navigation.openDiscoverPage(
                          ui::Navigation::DiscoverPage::OfficialAccounts);
                  }});
    stops.append(
        {QStringLiteral("official-account"), [this] {
             auto *following = m_controller->following();
             if (following->rowCount() == 0)
                 return;
             m_controller->openAccount(
                 following->data(following->index(0), ui::AccountsModel::AccountIdRole).toString());
             m_env.navigation.openDiscoverPage(ui::Navigation::DiscoverPage::OfficialAccounts);
         }});
    stops.append({QStringLiteral("article-reader"), [this] {
                      auto *articles = m_controller->accountArticles();
                      if (articles->rowCount() == 0)
                          articles = m_controller->timeline();
                      if (articles->rowCount() == 0)
                          return;
                      m_controller->openArticle(
                          articles->data(articles->index(0), ui::ArticleListModel::ArticleIdRole)
                              .toLongLong());
                      m_env.navigation.openDiscoverPage(
                          ui::Navigation::DiscoverPage::OfficialAccounts);
                      settle(2500);
                  }});
    return stops;
}

} // namespace teahouse::app
