#include "features/PayFeature.h"

#include "account/AccountSession.h"
#include "account/AccountSettings.h"
#include "base/Logging.h"
#include "pay/PayController.h"
#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "shell/Navigation.h"
#include "xmpp/IqTracker.h"

namespace teahouse::app {

PayFeature::PayFeature(const FeatureEnv &env, QObject *parent)
    : Feature(parent)
    , m_env(env)
    , m_controller(std::make_unique<ui::PayController>())
{
    // A payment code (from the scanner or a link) opens the wallet's confirmation page.
    connect(m_controller.get(), &ui::PayController::paymentStarted, this,
            [this] { m_env.navigation.setSection(ui::Navigation::Section::Wallet); });
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
    Jid payment;
    auto configured = session.settings().value(kServiceSetting.toString());
    if (configured.ok() && configured.value())
        payment = Jid::parse(QString::fromUtf8(*configured.value()));
    if (!payment.isValid())
        payment = Jid(QStringLiteral("pay"), session.account().domain());
    service->setServiceJid(payment);
    m_service = std::move(service);
    connect(&session, &account::AccountSession::sessionCreated, this, &PayFeature::bindSession);
    bindSession();
    m_controller->setService(m_service.get());
}

void PayFeature::bindSession()
{
    if (m_service && m_session)
        m_service->setTracker(m_session->iq());
}

void PayFeature::detach()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = nullptr;
    m_controller->setService(nullptr);
    m_service.reset();
}

QList<TourStop> PayFeature::tourStops()
{
    QList<TourStop> stops;
    stops.append({QStringLiteral("wallet"), [this] {
                      m_controller->cancel();
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
    return stops;
}

} // namespace teahouse::app
