#include "PayController.h"

#include "pay/PayProtocol.h"
#include "pay/PayService.h"
#include "pay/PaymentPin.h"
#include "pay/TransferOffer.h"
#include "xmpp/Element.h"

#include <QLocale>

namespace teahouse::ui {

PayController::PayController(QObject *parent)
    : QObject(parent)
    , m_bills(this)
{}

PayController::~PayController() = default;

void PayController::setService(pay::PayService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_bills.setService(service);
    m_request.reset();
    m_prepared.reset();
    m_result.reset();
    m_transferPeer = Jid();
    m_stage = Stage::Idle;
    if (service) {
        connect(service, &pay::PayService::balanceChanged, this, &PayController::balanceChanged);
        connect(service, &pay::PayService::onlineChanged, this, &PayController::onlineChanged);
        connect(service, &pay::PayService::transfersChanged, this,
                &PayController::transfersChanged);
        connect(service, &pay::PayService::refundsChanged, this, &PayController::refundsChanged);
        connect(service, &pay::PayService::orderUpdated, this, [this](const QString &orderId) {
            // A pending order that finished in the background (resent after a reconnect).
            if (m_result && m_result->orderId == orderId) {
                auto order = m_service->store().order(orderId);
                if (order.ok() && order->has_value()) {
                    m_result = **order;
                    Q_EMIT resultChanged();
                }
            }
        });
    }
    updatePinMessage();
    Q_EMIT readyChanged();
    Q_EMIT onlineChanged();
    Q_EMIT serviceChanged();
    Q_EMIT balanceChanged();
    Q_EMIT pinChanged();
    Q_EMIT stageChanged();
    Q_EMIT confirmationChanged();
    Q_EMIT resultChanged();
}

bool PayController::isOnline() const
{
    return m_service && m_service->isOnline();
}

QString PayController::serviceJid() const
{
    return m_service ? m_service->serviceJid().toString() : QString();
}

QString PayController::balanceText() const
{
    const auto b = m_service ? m_service->balance() : std::nullopt;
    return b ? b->display() : QStringLiteral("—");
}

bool PayController::hasBalance() const
{
    return m_service && m_service->balance().has_value();
}

bool PayController::pinSet() const
{
    if (!m_service)
        return false;
    const auto s = m_service->pin().state();
    return s.ok() && s->isSet;
}

bool PayController::pinLocked() const
{
    return m_service && m_service->pin().isLocked();
}

void PayController::updatePinMessage()
{
    m_pinMessage.clear();
    if (!m_service)
        return;
    const auto s = m_service->pin().state();
    if (s.ok() && s->lockedUntil.isValid())
        m_pinMessage =
            tr("Too many wrong PINs. Payments are locked until %1.")
                .arg(QLocale().toString(s->lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
}

QString PayController::currencySymbol() const
{
    const QString display = pay::Money{0, currency()}.display();
    return display.left(display.size() - 4).trimmed();
}

QString PayController::sourceText() const
{
    if (!m_request)
        return {};
    if (isTransfer())
        return tr("Transfer to a friend");
    switch (m_request->source) {
    case pay::PaymentRequest::Source::Emvco:
        return m_request->dynamic ? tr("Merchant code (one payment)") : tr("Merchant code");
    case pay::PaymentRequest::Source::Epc:
        return tr("SEPA transfer code");
    case pay::PaymentRequest::Source::Payto:
        return tr("Payment link");
    case pay::PaymentRequest::Source::Link:
        return tr("Teahouse payment code");
    }
    return {};
}

QString PayController::confirmedAmountText() const
{
    return m_prepared ? m_prepared->amount.display() : QString();
}

QString PayController::resultState() const
{
    return m_result ? pay::PaymentOrder::stateName(m_result->state) : QString();
}

QString PayController::resultAmountText() const
{
    return m_result ? m_result->amount.display() : QString();
}

QString PayController::resultBalanceText() const
{
    if (!m_result || m_result->balanceAfter < 0)
        return {};
    return pay::Money{m_result->balanceAfter, m_result->amount.currency}.display();
}

void PayController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void PayController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool PayController::beginPayment(const QString &qrText)
{
    auto request = pay::PaymentRequest::fromText(qrText.trimmed());
    if (!request.ok()) {
        setError(request.error().message);
        return false;
    }
    if (!m_service) {
        setError(tr("Sign in to pay."));
        return false;
    }
    if (m_stage == Stage::Sending) {
        setError(tr("A payment is being sent. Wait for its result first."));
        return false;
    }
    m_request = request.value();
    m_transferPeer = Jid();
    m_prepared.reset();
    m_result.reset();
    setError({});
    Q_EMIT confirmationChanged();
    Q_EMIT resultChanged();
    setStage(Stage::Confirm);
    Q_EMIT paymentStarted();
    return true;
}

bool PayController::confirm(const QString &typedAmount, const QString &note)
{
    if (!m_service || !m_request)
        return false;
    auto order = m_service->prepareOrder(*m_request, typedAmount, note);
    if (!order.ok()) {
        setError(order.error().message);
        return false;
    }
    if (!pinSet()) {
        setError(tr("Set a payment PIN in the wallet first."));
        return false;
    }
    m_prepared = order.value();
    setError({});
    updatePinMessage();
    Q_EMIT pinChanged();
    Q_EMIT confirmationChanged();
    setStage(Stage::Pin);
    return true;
}

void PayController::submitPin(const QString &pin)
{
    if (!m_service || !m_request || !m_prepared || m_stage != Stage::Pin)
        return;
    setStage(Stage::Sending);
    QPointer<PayController> self(this);
    // Exactly what the confirmation page showed: the code's amount, or the typed one.
    pay::PaymentRequest request = *m_request;
    request.amount = m_prepared->amount.amountText();
    auto finished = [self](const Result<pay::PaymentOrder> &order) {
        if (!self)
            return;
        self->updatePinMessage();
        Q_EMIT self->pinChanged();
        if (!order.ok()) {
            // Wrong PIN or locked: stay on the PIN pad with the reason.
            self->setError(order.error().message);
            self->setStage(Stage::Pin);
            return;
        }
        self->setError({});
        self->m_result = order.value();
        Q_EMIT self->resultChanged();
        self->setStage(Stage::Result);
    };
    if (isTransfer())
        m_service->sendTransfer(m_transferPeer, request.amount, m_prepared->note, pin,
                                std::move(finished), request.payeeName);
    else
        m_service->pay(request, QString(), m_prepared->note, pin, std::move(finished));
}

void PayController::retry()
{
    if (!m_service || !m_result)
        return;
    setStage(Stage::Sending);
    QPointer<PayController> self(this);
    m_service->retry(m_result->orderId, [self](const Result<pay::PaymentOrder> &order) {
        if (!self)
            return;
        if (order.ok())
            self->m_result = order.value();
        else
            self->setError(order.error().message);
        Q_EMIT self->resultChanged();
        self->setStage(Stage::Result);
    });
}

void PayController::cancel()
{
    if (m_stage == Stage::Sending)
        return;
    m_request.reset();
    m_prepared.reset();
    m_transferPeer = Jid();
    setError({});
    Q_EMIT confirmationChanged();
    setStage(Stage::Idle);
}

bool PayController::beginTransfer(const QString &jid, const QString &name)
{
    const Jid peer = Jid::parse(jid).bare();
    if (!peer.isValid() || peer.local().isEmpty()) {
        setError(tr("Money can only be sent to a person."));
        return false;
    }
    if (!m_service) {
        setError(tr("Sign in to send money."));
        return false;
    }
    if (m_stage == Stage::Sending) {
        setError(tr("A payment is being sent. Wait for its result first."));
        return false;
    }
    pay::PaymentRequest request;
    request.source = pay::PaymentRequest::Source::Link;
    request.payee = pay::protocol::xmppPayee(peer);
    request.payeeName = name.isEmpty() ? peer.bareString() : name;
    request.currency = QStringLiteral("CNY");
    m_request = request;
    m_transferPeer = peer;
    m_prepared.reset();
    m_result.reset();
    setError({});
    Q_EMIT confirmationChanged();
    Q_EMIT resultChanged();
    setStage(Stage::Confirm);
    Q_EMIT paymentStarted();
    return true;
}

void PayController::backToChat()
{
    const QString peer = m_transferPeer.bareString();
    cancel();
    if (!peer.isEmpty())
        Q_EMIT chatRequested(peer);
}

QVariantMap PayController::transferCard(const QString &cardXml, bool outgoing,
                                        const QString &senderJid)
{
    const xmpp::Element element = xmpp::Element::fromXml(cardXml.toUtf8());
    auto offer = pay::TransferOffer::fromElement(element);
    if (!offer.ok())
        return {};
    if (m_service && !outgoing && offer->state == pay::TransferOffer::State::Offered) {
        // Later, not inside the card's binding (adopting changes the transfers it reads).
        QPointer<pay::PayService> service = m_service;
        const pay::TransferOffer adopted = offer.value();
        const Jid from = Jid::parse(senderJid);
        QMetaObject::invokeMethod(
            this,
            [service, adopted, from] {
                if (service)
                    (void)service->adoptTransfer(adopted, from);
            },
            Qt::QueuedConnection);
    }
    QVariantMap card = transfer(offer->id);
    card.insert(QStringLiteral("id"), offer->id);
    card.insert(QStringLiteral("messageState"), pay::TransferOffer::stateName(offer->state));
    if (!card.contains(QStringLiteral("state"))) {
        // Not in this account's store (another device sent it): what the message says.
        card.insert(QStringLiteral("state"), pay::TransferOffer::stateName(offer->state));
        card.insert(QStringLiteral("incoming"), !outgoing);
        if (offer->amount.minor > 0)
            card.insert(QStringLiteral("amountText"), offer->amount.display());
        card.insert(QStringLiteral("note"), offer->note);
    }
    return card;
}

void PayController::requestRefund(const QString &transactionId, const QString &reason)
{
    if (!m_service)
        return;
    QPointer<PayController> self(this);
    m_service->requestRefund(transactionId, reason, [self, transactionId](const Status &s) {
        if (self)
            Q_EMIT self->refundDone(transactionId, s.ok(), s.ok() ? QString() : s.error().message);
    });
}

void PayController::refundPayment(const QString &transactionId)
{
    if (!m_service)
        return;
    QPointer<PayController> self(this);
    m_service->refundPayment(transactionId, [self, transactionId](const Status &s) {
        if (self)
            Q_EMIT self->refundDone(transactionId, s.ok(), s.ok() ? QString() : s.error().message);
    });
}

QVariantMap PayController::refundState(const QString &transactionId) const
{
    if (!m_service)
        return {};
    auto r = m_service->store().refund(transactionId);
    if (!r.ok() || !r->has_value())
        return {};
    const pay::PayStore::Refund &x = **r;
    return {{QStringLiteral("state"), x.state},
            {QStringLiteral("reason"), x.reason},
            {QStringLiteral("message"), x.message},
            {QStringLiteral("refundTransactionId"), x.refundTransactionId},
            {QStringLiteral("timeText"),
             QLocale().toString(x.updated.toLocalTime(), QLocale::ShortFormat)}};
}

void PayController::backToConfirm()
{
    if (m_stage == Stage::Pin) {
        setError({});
        setStage(Stage::Confirm);
    }
}

bool PayController::setPin(const QString &pin, const QString &repeat)
{
    if (!m_service)
        return false;
    if (pin != repeat) {
        setError(tr("The two PINs differ. Enter the same six digits twice."));
        return false;
    }
    const Status s = m_service->pin().set(pin);
    setError(s.ok() ? QString() : s.error().message);
    Q_EMIT pinChanged();
    return s.ok();
}

bool PayController::changePin(const QString &oldPin, const QString &pin, const QString &repeat)
{
    if (!m_service)
        return false;
    if (pin != repeat) {
        setError(tr("The two PINs differ. Enter the same six digits twice."));
        return false;
    }
    const Status s = m_service->pin().change(oldPin, pin);
    setError(s.ok() ? QString() : s.error().message);
    updatePinMessage();
    Q_EMIT pinChanged();
    return s.ok();
}

void PayController::refresh()
{
    if (!m_service)
        return;
    m_service->refreshBalance();
    m_service->refreshStatement();
    updatePinMessage();
    Q_EMIT pinChanged();
}

QString PayController::receiveLink(const QString &amount, const QString &note) const
{
    return m_service ? m_service->receiveLink(amount, note) : QString();
}

QString PayController::myAccount() const
{
    return m_service ? m_service->account().bareString() : QString();
}

QVariantMap PayController::transfer(const QString &transferId) const
{
    if (!m_service)
        return {};
    auto t = m_service->store().transfer(transferId);
    if (!t.ok() || !t->has_value())
        return {};
    const pay::PayStore::Transfer &x = **t;
    return {{QStringLiteral("id"), x.id},
            {QStringLiteral("incoming"), x.incoming},
            {QStringLiteral("peer"), x.peer.bareString()},
            {QStringLiteral("amountText"), x.amount.display()},
            {QStringLiteral("note"), x.note},
            {QStringLiteral("state"), pay::TransferOffer::stateName(x.state)}};
}

void PayController::acceptTransfer(const QString &transferId)
{
    if (!m_service)
        return;
    QPointer<PayController> self(this);
    m_service->acceptTransfer(transferId, [self, transferId](const Status &s) {
        if (self)
            Q_EMIT self->transferDone(transferId, s.ok(), s.ok() ? QString() : s.error().message);
    });
}

void PayController::returnTransfer(const QString &transferId)
{
    if (!m_service)
        return;
    QPointer<PayController> self(this);
    m_service->returnTransfer(transferId, [self, transferId](const Status &s) {
        if (self)
            Q_EMIT self->transferDone(transferId, s.ok(), s.ok() ? QString() : s.error().message);
    });
}

void PayController::sendTransfer(const QString &jid, const QString &amount, const QString &note,
                                 const QString &pin)
{
    if (!m_service)
        return;
    QPointer<PayController> self(this);
    m_service->sendTransfer(
        Jid::parse(jid), amount, note, pin, [self](const Result<pay::PaymentOrder> &order) {
            if (!self)
                return;
            self->updatePinMessage();
            Q_EMIT self->pinChanged();
            const bool ok = order.ok() && order->state == pay::PaymentOrder::State::Paid;
            const QString message = !order.ok() ? order.error().message : order->message;
            Q_EMIT self->transferDone(order.ok() ? order->transferId : QString(), ok, message);
        });
}

bool PayController::setServiceAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (!trimmed.isEmpty() && !Jid::parse(trimmed).isValid()) {
        setError(tr("\"%1\" is not an XMPP address (name@server).").arg(trimmed));
        return false;
    }
    if (!m_serviceStore) {
        setError(tr("Sign in to choose a payment service."));
        return false;
    }
    if (Status s = m_serviceStore(trimmed); !s.ok()) {
        setError(s.error().message);
        return false;
    }
    setError({});
    Q_EMIT serviceChanged();
    Q_EMIT onlineChanged();
    refresh();
    return true;
}

void PayController::showPage(const QString &page, const QString &transactionId)
{
    if (m_stage != Stage::Sending && m_stage != Stage::Idle)
        cancel();
    Q_EMIT pageRequested(page, transactionId);
}

void PayController::showResult(const pay::PaymentOrder &order)
{
    m_result = order;
    Q_EMIT resultChanged();
    setStage(Stage::Result);
}

} // namespace teahouse::ui
