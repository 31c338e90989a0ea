#include "features/PayFeature.h"

#include "account/AccountSession.h"
#include "account/AccountSettings.h"
#include "base/Logging.h"
#include "chat/CardRegistry.h"
#include "chat/ChatController.h"
#include "features/FeatureHost.h"
#include "pay/PayController.h"
#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "xmpp/IqTracker.h"
#include "xmpp/RosterManager.h"

namespace teahouse::app {

PayFeature::PayFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::PayController>())
{
    // A payment code (from the scanner or a link) opens the wallet's confirmation page.
    connect(m_controller.get(), &ui::PayController::paymentStarted, this,
            [this] { m_env.navigation.setSection(ui::Navigation::Section::Wallet); });
    // The chat's "Transfer" entry in the new language (queued: after the app installed it).
    connect(
        &m_env.preferences, &ui::Preferences::languageChanged, this,
        [this] {
            if (m_service)
                joinChat();
        },
        Qt::QueuedConnection);
    // After a transfer: back to the chat it was sent from.
    connect(m_controller.get(), &ui::PayController::chatRequested, this,
            [this](const QString &jid) { m_env.navigation.openChat(jid); });
}

void PayFeature::joinChat()
{
    auto *chat = qobject_cast<ui::ChatController *>(m_env.host.controller(QStringLiteral("chat")));
    if (!chat)
        return;
    ui::CardRegistry *cards = chat->cards();
    cards->registerCard(QStringLiteral("transfer"), QStringLiteral("transfer"),
                        pay::protocol::kNamespace.toString(),
                        QUrl(QStringLiteral("qrc:/qt/qml/Teahouse/Pay/TransferCard.qml")),
                        m_controller.get());
    cards->registerAction(QStringLiteral("transfer"), tr("Transfer"), QStringLiteral("wallet"));
    connect(cards, &ui::CardRegistry::triggered, this, &PayFeature::onChatAction,
            Qt::UniqueConnection);
    if (m_service) {
        QPointer<ui::CardRegistry> registry(cards);
        m_service->setCardSender(
            [registry](const Jid &peer, const xmpp::Element &transfer, const QString &fallback) {
                return registry && registry->sendCard(peer.bareString(), QStringLiteral("transfer"),
                                                      transfer, fallback);
            });
    }
}

void PayFeature::onChatAction(const QString &id, const QString &jid, const QString &name)
{
    if (id == u"transfer")
        m_controller->beginTransfer(jid, name);
}

Jid PayFeature::tourFriend() const
{
    if (m_service) {
        auto transfers = m_service->store().transfers();
        if (transfers.ok() && !transfers->isEmpty())
            return transfers->first().peer;
    }
    const QString domain = m_session ? m_session->account().domain() : QStringLiteral("localhost");
    return Jid(QStringLiteral("zhangwei"), domain);
}

QString PayFeature::friendName(const Jid &jid) const
{
    if (m_session && m_session->roster()) {
        const auto item = m_session->roster()->item(jid.bare());
        if (item && !item->name.isEmpty())
            return item->name;
    }
    return jid.bareString();
}

Jid PayFeature::configuredService() const
{
    Jid payment;
    if (!m_session)
        return payment;
    auto configured = m_session->settings().value(kServiceSetting.toString());
    if (configured.ok() && configured.value())
        payment = Jid::parse(QString::fromUtf8(*configured.value()).trimmed());
    if (!payment.isValid())
        payment = Jid(QStringLiteral("pay"), m_session->account().domain());
    return payment;
}

PayFeature::~PayFeature()
{
    detach();
}

QObject *PayFeature::controller()
{
    return m_controller.get();
}

void PayFeature::attach(account::AccountSession &session)
{
    detach();
    m_session = &session;
    auto service = std::make_unique<pay::PayService>(session.database());
    if (Status opened = service->open(); !opened.ok()) {
        qCWarning(lcApp) << "pay: the pay tables did not open:" << opened.error().message;
        return;
    }
    m_service = std::move(service);
    m_service->setServiceJid(configuredService());
    connect(&session, &account::AccountSession::sessionCreated, this, &PayFeature::bindSession);
    bindSession();
    m_controller->setService(m_service.get());
    m_controller->setServiceStore([this](const QString &address) -> Status {
        if (!m_session || !m_service)
            return Error::make(Error::Code::NotFound, tr("No account is open."));
        if (Status s = m_session->settings().setValue(kServiceSetting.toString(), address.toUtf8());
            !s.ok())
            return s;
        m_service->setServiceJid(configuredService());
        return {};
    });
    joinChat();
}

void PayFeature::bindSession()
{
    if (!m_service || !m_session)
        return;
    // The setting may have changed since the store opened (an --account-file's settings are
    // written just before the sign-in).
    m_service->setServiceJid(configuredService());
    m_service->setTracker(m_session->iq());
}

void PayFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    m_controller->setService(nullptr);
    m_controller->setServiceStore({});
    m_service.reset();
}

QList<TourStop> PayFeature::tourStops()
{
    QList<TourStop> stops;
    stops.append({QStringLiteral("wallet"), [this] {
                      m_controller->cancel();
                      m_controller->showPage(QStringLiteral("home"));
                      m_env.navigation.setSection(ui::Navigation::Section::Wallet);
                  }});
    stops.append({QStringLiteral("pay-confirm"), [this] {
                      const QString domain =
                          m_session ? m_session->account().domain() : QStringLiteral("localhost");
                      // The café's dynamic code, as a Teahouse payment link.
                      m_controller->beginPayment(pay::protocol::paymentLink(
                          Jid(QStringLiteral("cafe"), domain), QStringLiteral("18.00"),
                          QStringLiteral("CNY"), tr("Two lattes"), QStringLiteral("CAFE-0042"),
                          QStringLiteral("茶馆咖啡 Teahouse Cafe")));
                      m_env.navigation.setSection(ui::Navigation::Section::Wallet);
                  }});
    stops.append({QStringLiteral("pay-result"), [this] {
                      // The latest payment this account made, as its result page shows it.
                      pay::PaymentOrder order;
                      if (m_service) {
                          auto receipts = m_service->store().receipts();
                          if (receipts.ok()) {
                              for (const pay::Receipt &r : receipts.value()) {
                                  if (r.orderId.isEmpty())
                                      continue;
                                  auto o = m_service->store().order(r.orderId);
                                  if (o.ok() && o->has_value()) {
                                      order = **o;
                                      break;
                                  }
                              }
                          }
                      }
                      if (order.orderId.isEmpty()) {
                          m_controller->cancel();
                          return;
                      }
                      m_controller->showResult(order);
                      m_env.navigation.setSection(ui::Navigation::Section::Wallet);
                  }});
    // Money to a friend: the transfer page opened from the chat's "+" menu, then the chat
    // with the transfer card (the demo world has one from Zhang Wei).
    stops.append({QStringLiteral("transfer-confirm"), [this] {
                      const Jid peer = tourFriend();
                      m_controller->beginTransfer(peer.bareString(), friendName(peer));
                      m_env.navigation.setSection(ui::Navigation::Section::Wallet);
                  }});
    stops.append({QStringLiteral("chat-transfer"), [this] {
                      m_controller->cancel();
                      m_env.navigation.openChat(tourFriend().bareString());
                  }});
    // The refund screen of the latest payment.
    stops.append({QStringLiteral("refund"), [this] {
                      QString payment;
                      if (m_service) {
                          auto receipts = m_service->store().receipts();
                          if (receipts.ok()) {
                              for (const pay::Receipt &r : receipts.value()) {
                                  if (r.kind == u"payment") {
                                      payment = r.transactionId;
                                      break;
                                  }
                              }
                          }
                      }
                      m_controller->showPage(payment.isEmpty() ? QStringLiteral("home")
                                                               : QStringLiteral("refund"),
                                             payment);
                      m_env.navigation.setSection(ui::Navigation::Section::Wallet);
                  }});
    return stops;
}

} // namespace teahouse::app
