#include "pay/PayService.h"

#include "base/Logging.h"
#include "pay/PayProtocol.h"
#include "pay/TransferOffer.h"
#include "storage/Database.h"
#include "xmpp/CommandManager.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimeZone>

namespace teahouse::pay {

using xmpp::Command;
using xmpp::DataForm;

namespace {

QString field(const DataForm &form, QStringView var)
{
    const DataForm::Field *f = form.field(var);
    return f ? f->value() : QString();
}

// The final answer of a command, or the error it stands for (a refusal note included).
struct Outcome
{
    bool refused = false;
    QString message;
    std::optional<DataForm> form;
};

Outcome outcomeOf(const Command &c)
{
    Outcome o;
    o.form = c.form;
    o.message = c.firstNote();
    if (c.isCanceled()) {
        o.refused = true;
        if (o.message.isEmpty())
            o.message = PayService::tr("The payment service canceled the request.");
    } else if (!c.noteText(Command::Note::Type::Error).isEmpty() ||
               (c.form && field(*c.form, protocol::kStatus) == u"refused")) {
        o.refused = true;
    }
    return o;
}

} // namespace

PayService::PayService(storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_pin(db)
{}

PayService::~PayService()
{
    setTracker(nullptr);
}

Status PayService::open()
{
    return PayStore::migrations().apply(m_db);
}

void PayService::setTracker(xmpp::IqTracker *tracker)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_commands.reset();
    m_inFlight.clear();
    m_tracker = tracker;
    if (!tracker)
        return;
    m_commands = std::make_unique<xmpp::CommandManager>(tracker);
    xmpp::StanzaChannel *channel = tracker->channel();
    m_connections.append(
        connect(channel, &xmpp::StanzaChannel::stanzaReceived, this, &PayService::onStanza));
    m_connections.append(connect(channel, &xmpp::StanzaChannel::sessionStarted, this, [this] {
        Q_EMIT onlineChanged();
        resumePending();
        refreshBalance();
        refreshStatement();
    }));
    m_connections.append(connect(channel, &xmpp::StanzaChannel::sessionEnded, this,
                                 [this] { Q_EMIT onlineChanged(); }));
    Q_EMIT onlineChanged();
}

void PayService::setServiceJid(const Jid &service)
{
    m_service = service;
}

Jid PayService::serviceAddress() const
{
    return protocol::serviceAddress(m_service);
}

bool PayService::isOnline() const
{
    return m_tracker && m_tracker->channel()->isOnline() && m_service.isValid();
}

Jid PayService::account() const
{
    return m_tracker ? m_tracker->channel()->boundJid().bare() : Jid();
}

Error PayService::offline() const
{
    if (!m_service.isValid())
        return Error::make(Error::Code::NotFound,
                           tr("No payment service is set up for this account."));
    return Error::make(Error::Code::Network,
                       tr("Not connected. Check the connection and try again."));
}

QString PayService::newOrderId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("TH-") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

Result<PaymentOrder> PayService::prepareOrder(const PaymentRequest &request,
                                              const QString &typedAmount, const QString &note) const
{
    if (request.payee.isEmpty())
        return Error::make(Error::Code::InvalidArgument, tr("The code names nobody to pay."));
    const QString amountText = request.amountFixed() ? request.amount : typedAmount;
    auto money = Money::parse(amountText, request.currency);
    if (!money.ok())
        return money.error();
    if (money->minor <= 0)
        return Error::make(Error::Code::InvalidArgument, tr("Enter an amount above zero."));
    PaymentOrder order;
    order.payee = request.payee;
    order.payeeName = request.payeeName.isEmpty() ? request.payee : request.payeeName;
    order.amount = money.value();
    order.note = (note.isEmpty() ? request.note : note).left(200);
    order.reference = request.reference;
    return order;
}

void PayService::pay(const PaymentRequest &request, const QString &typedAmount, const QString &note,
                     const QString &pin, OrderCallback done)
{
    auto prepared = prepareOrder(request, typedAmount, note);
    if (!prepared.ok()) {
        done(prepared.error());
        return;
    }
    if (Status ok = m_pin.verify(pin); !ok.ok()) {
        done(ok.error());
        return;
    }
    PaymentOrder order = std::move(prepared).value();
    order.orderId = newOrderId();
    order.created = QDateTime::currentDateTimeUtc();
    order.updated = order.created;
    // Stored before anything goes out: from here on a retry reuses this order id.
    if (Status saved = m_store.saveOrder(order); !saved.ok()) {
        done(saved.error());
        return;
    }
    Q_EMIT orderUpdated(order.orderId);
    submit(std::move(order), std::move(done));
}

void PayService::retry(const QString &orderId, OrderCallback done)
{
    auto order = m_store.order(orderId);
    if (!order.ok()) {
        done(order.error());
        return;
    }
    if (!order->has_value()) {
        done(Error::make(Error::Code::NotFound, tr("This payment is not known.")));
        return;
    }
    const PaymentOrder &o = **order;
    if (o.state == PaymentOrder::State::Paid || o.state == PaymentOrder::State::Refused) {
        done(o); // final: nothing to resend
        return;
    }
    submit(o, std::move(done));
}

void PayService::resumePending()
{
    if (!isOnline())
        return;
    auto pending = m_store.pendingOrders();
    if (!pending.ok())
        return;
    for (const PaymentOrder &order : pending.value())
        submit(order, [](const Result<PaymentOrder> &) {});
}

void PayService::runSimple(const QString &node, const QList<std::pair<QString, QString>> &fields,
                           std::function<void(const Result<Command> &)> done)
{
    if (!isOnline()) {
        done(offline());
        return;
    }
    const Jid to = serviceAddress();
    QPointer<PayService> self(this);
    m_commands->execute(
        to, node, this,
        [self, to, fields, done](const Result<Command> &first) {
            if (!self)
                return;
            if (!first.ok() || !first->isExecuting()) {
                done(first);
                return;
            }
            DataForm form = first->form ? *first->form : DataForm(DataForm::Type::Form);
            for (const auto &[var, value] : fields)
                form.setValue(var, value);
            if (!self->m_commands) {
                done(self->offline());
                return;
            }
            self->m_commands->complete(to, first.value(), form.toSubmission(), self, done,
                                       self->m_timeout);
        },
        std::nullopt, m_timeout);
}

void PayService::submit(PaymentOrder order, OrderCallback done)
{
    if (m_inFlight.contains(order.orderId)) {
        done(Error::make(Error::Code::Conflict, tr("This payment is being sent already.")));
        return;
    }
    order.attempts += 1;
    order.updated = QDateTime::currentDateTimeUtc();
    if (!isOnline()) {
        order.state = PaymentOrder::State::Unknown;
        order.message = offline().message;
        (void)m_store.saveOrder(order);
        Q_EMIT orderUpdated(order.orderId);
        done(order);
        return;
    }
    order.state = PaymentOrder::State::Sending;
    if (Status saved = m_store.saveOrder(order); !saved.ok()) {
        done(saved.error());
        return;
    }
    m_inFlight.insert(order.orderId);
    const bool transfer = order.kind == PaymentOrder::Kind::Transfer;
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("FORM_TYPE"), protocol::kNamespace.toString()},
        {protocol::kOrderId.toString(), order.orderId},
        {protocol::kPayee.toString(), order.payee},
        {protocol::kPayeeName.toString(), order.payeeName},
        {protocol::kAmount.toString(), order.amount.amountText()},
        {protocol::kCurrency.toString(), order.amount.currency},
        {protocol::kNote.toString(), order.note},
        {protocol::kReference.toString(), order.reference},
    };
    QPointer<PayService> self(this);
    runSimple(transfer ? protocol::kTransferNode.toString() : protocol::kPayNode.toString(), fields,
              [self, order, done](const Result<Command> &result) {
                  if (!self)
                      return;
                  self->m_inFlight.remove(order.orderId);
                  self->finishOrder(order, result, done);
              });
}

void PayService::finishOrder(PaymentOrder order, const Result<Command> &result,
                             const OrderCallback &done)
{
    order.updated = QDateTime::currentDateTimeUtc();
    if (!result.ok()) {
        if (xmpp::IqTracker::errorCondition(result.error()).isEmpty()) {
            // No answer: the service may or may not have booked it. The same order id goes
            // again when the link is back, and the service books it at most once.
            order.state = PaymentOrder::State::Unknown;
            order.message = tr("No answer from the payment service. Teahouse sends this same "
                               "order again when the connection is back; it cannot be charged "
                               "twice.");
        } else {
            order.state = PaymentOrder::State::Refused;
            const QString text = xmpp::IqTracker::errorText(result.error());
            order.message = text.isEmpty() ? result.error().message : text;
        }
    } else {
        const Outcome outcome = outcomeOf(result.value());
        order.message = outcome.message;
        if (outcome.refused) {
            order.state = PaymentOrder::State::Refused;
            if (order.message.isEmpty())
                order.message = tr("The payment service refused this payment.");
        } else if (!outcome.form) {
            order.state = PaymentOrder::State::Unknown;
            order.message = tr("The payment service answered without a receipt.");
        } else {
            const DataForm &form = *outcome.form;
            order.state = PaymentOrder::State::Paid;
            order.transactionId = field(form, protocol::kTransactionId);
            order.transferId = field(form, protocol::kTransferId);
            order.duplicate =
                form.field(protocol::kDuplicate) && form.field(protocol::kDuplicate)->boolValue();
            const auto balance =
                Money::parse(field(form, protocol::kBalance), order.amount.currency);
            if (balance.ok()) {
                order.balanceAfter = balance->minor;
                (void)m_store.saveBalance(balance.value());
                Q_EMIT balanceChanged();
            }
            // The receipt must be for what we submitted; anything else is reported.
            const auto booked =
                Money::parse(field(form, protocol::kAmount), field(form, protocol::kCurrency));
            if (!booked.ok() || booked.value() != order.amount ||
                field(form, protocol::kPayee) != order.payee) {
                qCWarning(lcApp) << "Payment service booked something else for order"
                                 << order.orderId;
                order.message = tr("The service's receipt does not match this payment. Check "
                                   "your bills and contact the service.");
            }
            Receipt receipt;
            receipt.transactionId =
                order.transactionId.isEmpty() ? order.orderId : order.transactionId;
            const QDateTime time =
                QDateTime::fromString(field(form, protocol::kTime), Qt::ISODateWithMs);
            receipt.time = time.isValid() ? time : order.updated;
            receipt.kind = order.kind == PaymentOrder::Kind::Transfer
                               ? QStringLiteral("transfer-out")
                               : QStringLiteral("payment");
            receipt.counterparty = order.payee;
            receipt.counterpartyName = order.payeeName;
            receipt.amount = Money{-order.amount.minor, order.amount.currency};
            receipt.note = order.note;
            receipt.orderId = order.orderId;
            receipt.balanceAfter = order.balanceAfter;
            (void)m_store.saveReceipt(receipt);
            Q_EMIT receiptsChanged();

            if (order.kind == PaymentOrder::Kind::Transfer && !order.transferId.isEmpty()) {
                const Jid peer = protocol::payeeJid(order.payee);
                auto known = m_store.transfer(order.transferId);
                if (peer.isValid() && known.ok() && !known->has_value() && m_tracker) {
                    TransferOffer offer;
                    offer.id = order.transferId;
                    offer.amount = order.amount;
                    offer.service = serviceAddress();
                    offer.note = order.note;
                    sendTransferCard(peer, offer);
                    PayStore::Transfer t{offer.id,   false,       peer,          offer.amount,
                                         offer.note, offer.state, offer.service, order.updated};
                    (void)m_store.saveTransfer(t);
                    Q_EMIT transfersChanged();
                }
            }
        }
    }
    if (Status saved = m_store.saveOrder(order); !saved.ok())
        qCWarning(lcStorage) << "Could not store the payment result:" << saved.error().message;
    Q_EMIT orderUpdated(order.orderId);
    done(order);
}

void PayService::refreshBalance(StatusCallback done)
{
    QPointer<PayService> self(this);
    runSimple(protocol::kBalanceNode.toString(), {}, [self, done](const Result<Command> &result) {
        if (!self)
            return;
        Status status;
        if (!result.ok()) {
            status = result.error();
        } else if (result->form) {
            auto money = Money::parse(field(*result->form, protocol::kBalance),
                                      field(*result->form, protocol::kCurrency));
            if (money.ok()) {
                (void)self->m_store.saveBalance(money.value());
                Q_EMIT self->balanceChanged();
            } else {
                status = money.error();
            }
        }
        if (done)
            done(status);
    });
}

void PayService::refreshStatement(StatusCallback done)
{
    QPointer<PayService> self(this);
    runSimple(protocol::kStatementNode.toString(), {}, [self, done](const Result<Command> &result) {
        if (!self)
            return;
        if (!result.ok() || !result->form) {
            if (done)
                done(result.ok() ? Status() : Status(result.error()));
            return;
        }
        bool refundsSeen = false;
        for (const QList<DataForm::Field> &row : result->form->items()) {
            auto value = [&row](QStringView var) {
                for (const auto &f : row) {
                    if (f.var == var)
                        return f.value();
                }
                return QString();
            };
            Receipt r;
            r.transactionId = value(protocol::kTransactionId);
            if (r.transactionId.isEmpty())
                continue;
            r.time = QDateTime::fromString(value(protocol::kTime), Qt::ISODateWithMs);
            r.kind = value(u"kind");
            r.counterparty = value(u"counterparty");
            r.counterpartyName = value(u"counterparty-name");
            const QString amount = value(protocol::kAmount);
            const bool negative = amount.startsWith(u'-');
            auto money =
                Money::parse(negative ? amount.mid(1) : amount, value(protocol::kCurrency));
            if (!money.ok())
                continue;
            r.amount = money.value();
            if (negative)
                r.amount.minor = -r.amount.minor;
            r.note = value(protocol::kNote);
            r.orderId = value(protocol::kOrderId);
            const QString refundOf = value(protocol::kRefundOf);
            if (!refundOf.isEmpty() && r.kind == u"refund") {
                // One of our payments came back: its refund is done, whoever started it.
                auto known = self->m_store.refund(refundOf);
                PayStore::Refund refund;
                if (known.ok() && known->has_value())
                    refund = **known;
                if (refund.state != u"refunded") {
                    refund.transactionId = refundOf;
                    refund.state = QStringLiteral("refunded");
                    refund.refundTransactionId = r.transactionId;
                    refund.updated = r.time.isValid() ? r.time : QDateTime::currentDateTimeUtc();
                    (void)self->m_store.saveRefund(refund);
                    refundsSeen = true;
                }
            }
            auto balance = Money::parse(value(protocol::kBalance), r.amount.currency);
            r.balanceAfter = balance.ok() ? balance->minor : -1;
            (void)self->m_store.saveReceipt(r);
        }
        Q_EMIT self->receiptsChanged();
        if (refundsSeen)
            Q_EMIT self->refundsChanged();
        if (done)
            done(Status());
    });
}

void PayService::sendTransferCard(const Jid &peer, const TransferOffer &offer)
{
    const xmpp::Element message = offer.toMessage(peer);
    const QString fallback = message.childText(u"body");
    if (m_cardSender && m_cardSender(peer, offer.toElement(), fallback))
        return;
    if (m_tracker)
        m_tracker->channel()->sendStanza(message);
}

Status PayService::adoptTransfer(const TransferOffer &offer, const Jid &from)
{
    if (offer.state != TransferOffer::State::Offered || !from.isValid())
        return Error::make(Error::Code::InvalidArgument, tr("This transfer is not known."));
    auto known = m_store.transfer(offer.id);
    if (!known.ok())
        return known.error();
    if (known->has_value())
        return {};
    PayStore::Transfer t{offer.id,   true,        from.bare(),   offer.amount,
                         offer.note, offer.state, offer.service, QDateTime::currentDateTimeUtc()};
    if (Status saved = m_store.saveTransfer(t); !saved.ok())
        return saved;
    Q_EMIT transfersChanged();
    return {};
}

void PayService::requestRefund(const QString &transactionId, const QString &reason,
                               StatusCallback done)
{
    auto receipt = m_store.receipt(transactionId);
    if (!receipt.ok() || !receipt->has_value() || (*receipt)->kind != u"payment") {
        done(Error::make(Error::Code::NotFound, tr("Only a payment you made can be refunded.")));
        return;
    }
    auto known = m_store.refund(transactionId);
    if (known.ok() && known->has_value() && (*known)->state == u"refunded") {
        done(Status());
        return;
    }
    QPointer<PayService> self(this);
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("FORM_TYPE"), protocol::kNamespace.toString()},
        {protocol::kTransactionId.toString(), transactionId},
        {protocol::kNote.toString(), reason.left(200)}};
    runSimple(protocol::kRefundRequestNode.toString(), fields,
              [self, transactionId, reason, done](const Result<Command> &result) {
                  if (!self)
                      return;
                  PayStore::Refund r;
                  r.transactionId = transactionId;
                  r.reason = reason;
                  r.updated = QDateTime::currentDateTimeUtc();
                  if (!result.ok()) {
                      const QString text = xmpp::IqTracker::errorText(result.error());
                      done(Error::make(result.error().code,
                                       text.isEmpty() ? result.error().message : text,
                                       result.error().condition));
                      return;
                  }
                  const Outcome outcome = outcomeOf(result.value());
                  r.message = outcome.message;
                  if (outcome.refused) {
                      r.state = QStringLiteral("refused");
                      if (r.message.isEmpty())
                          r.message = tr("The payment service refused the refund.");
                  } else {
                      const QString status =
                          outcome.form ? field(*outcome.form, protocol::kStatus) : QString();
                      r.state = status == u"refunded" ? QStringLiteral("refunded")
                                                      : QStringLiteral("requested");
                      if (outcome.form)
                          r.refundTransactionId = field(*outcome.form, protocol::kTransactionId);
                  }
                  (void)self->m_store.saveRefund(r);
                  Q_EMIT self->refundsChanged();
                  if (r.state == u"refunded") {
                      self->refreshBalance();
                      self->refreshStatement();
                  }
                  if (r.state == u"refused")
                      done(Error::make(Error::Code::PolicyViolation, r.message));
                  else
                      done(Status());
              });
}

void PayService::refundPayment(const QString &transactionId, StatusCallback done)
{
    QPointer<PayService> self(this);
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("FORM_TYPE"), protocol::kNamespace.toString()},
        {protocol::kTransactionId.toString(), transactionId}};
    runSimple(protocol::kRefundNode.toString(), fields,
              [self, done](const Result<Command> &result) {
                  if (!self)
                      return;
                  if (!result.ok()) {
                      const QString text = xmpp::IqTracker::errorText(result.error());
                      done(Error::make(result.error().code,
                                       text.isEmpty() ? result.error().message : text));
                      return;
                  }
                  const Outcome outcome = outcomeOf(result.value());
                  if (outcome.refused) {
                      done(Error::make(Error::Code::PolicyViolation, outcome.message));
                      return;
                  }
                  self->refreshBalance();
                  self->refreshStatement();
                  done(Status());
              });
}

std::optional<Money> PayService::balance() const
{
    auto b = m_store.balance();
    return b.ok() ? b.value() : std::nullopt;
}

QString PayService::receiveLink(const QString &amount, const QString &note) const
{
    const Jid me = account();
    if (!me.isValid())
        return {};
    QString normalised;
    if (!amount.trimmed().isEmpty()) {
        auto money = Money::parse(amount, QStringLiteral("CNY"));
        if (!money.ok() || money->minor <= 0)
            return {};
        normalised = money->amountText();
    }
    return protocol::paymentLink(me, normalised, QStringLiteral("CNY"), note);
}

void PayService::sendTransfer(const Jid &peer, const QString &amount, const QString &note,
                              const QString &pin, OrderCallback done, const QString &peerName)
{
    if (!peer.isValid()) {
        done(Error::make(Error::Code::InvalidArgument, tr("Choose whom to send money to.")));
        return;
    }
    PaymentRequest request;
    request.payee = protocol::xmppPayee(peer);
    request.payeeName = peerName.isEmpty() ? peer.bareString() : peerName;
    request.currency = QStringLiteral("CNY");
    auto prepared = prepareOrder(request, amount, note);
    if (!prepared.ok()) {
        done(prepared.error());
        return;
    }
    if (Status ok = m_pin.verify(pin); !ok.ok()) {
        done(ok.error());
        return;
    }
    PaymentOrder order = std::move(prepared).value();
    order.kind = PaymentOrder::Kind::Transfer;
    order.orderId = newOrderId();
    order.created = QDateTime::currentDateTimeUtc();
    order.updated = order.created;
    if (Status saved = m_store.saveOrder(order); !saved.ok()) {
        done(saved.error());
        return;
    }
    submit(std::move(order), std::move(done));
}

void PayService::acceptTransfer(const QString &transferId, StatusCallback done)
{
    answerTransfer(transferId, true, std::move(done));
}

void PayService::returnTransfer(const QString &transferId, StatusCallback done)
{
    answerTransfer(transferId, false, std::move(done));
}

void PayService::answerTransfer(const QString &transferId, bool accept, StatusCallback done)
{
    auto known = m_store.transfer(transferId);
    if (!known.ok() || !known->has_value() || !(*known)->incoming) {
        done(Error::make(Error::Code::NotFound, tr("This transfer is not known.")));
        return;
    }
    PayStore::Transfer t = **known;
    if (t.state == TransferOffer::State::Expired) {
        done(Error::make(Error::Code::PolicyViolation,
                         tr("This transfer expired: the money went back to the sender.")));
        return;
    }
    if (t.state != TransferOffer::State::Offered) {
        done(Status());
        return;
    }
    if (!isOnline()) {
        done(offline());
        return;
    }
    QPointer<PayService> self(this);
    const QString node = accept ? protocol::kTransferAcceptNode.toString()
                                : protocol::kTransferReturnNode.toString();
    // The transfer is held by the sender's service; it checks that we are its payee.
    const Jid service = t.service.isValid() ? t.service : serviceAddress();
    auto finish = [self, t, accept, done](const Result<Command> &result) mutable {
        if (!self)
            return;
        if (!result.ok()) {
            const QString text = xmpp::IqTracker::errorText(result.error());
            done(Error::make(result.error().code, text.isEmpty() ? result.error().message : text,
                             result.error().condition));
            return;
        }
        const Outcome outcome = outcomeOf(result.value());
        if (outcome.refused) {
            done(Error::make(Error::Code::PolicyViolation, outcome.message));
            return;
        }
        t.state = accept ? TransferOffer::State::Accepted : TransferOffer::State::Returned;
        (void)self->m_store.saveTransfer(t);
        TransferOffer answer;
        answer.id = t.id;
        answer.state = t.state;
        self->sendTransferCard(t.peer, answer);
        Q_EMIT self->transfersChanged();
        self->refreshBalance();
        self->refreshStatement();
        done(Status());
    };
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("FORM_TYPE"), protocol::kNamespace.toString()},
        {protocol::kTransferId.toString(), t.id}};
    m_commands->execute(
        service, node, this,
        [self, service, fields, finish](const Result<Command> &first) mutable {
            if (!self)
                return;
            if (!first.ok() || !first->isExecuting() || !self->m_commands) {
                finish(first);
                return;
            }
            DataForm form = first->form ? *first->form : DataForm(DataForm::Type::Form);
            for (const auto &[var, value] : fields)
                form.setValue(var, value);
            self->m_commands->complete(service, first.value(), form.toSubmission(), self, finish,
                                       self->m_timeout);
        },
        std::nullopt, m_timeout);
}

void PayService::onStanza(const xmpp::Element &stanza)
{
    if (stanza.name() != u"message" || stanza.attribute(u"type") == u"error")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid())
        return;
    // A notice from our payment service: something was booked on our account.
    if (const xmpp::Element *notice = stanza.findChild(u"notice", protocol::kNamespace)) {
        if (from.bare() == m_service.bare()) {
            // A transfer the service gave back (not accepted in time): both sides learn it
            // from the service, as nobody answered in the chat.
            if (notice->attribute(u"kind") == u"transfer-expired") {
                auto known = m_store.transfer(notice->attribute(protocol::kTransferId));
                if (known.ok() && known->has_value() &&
                    (*known)->state == TransferOffer::State::Offered) {
                    PayStore::Transfer t = **known;
                    t.state = TransferOffer::State::Expired;
                    (void)m_store.saveTransfer(t);
                    Q_EMIT transfersChanged();
                }
            }
            refreshBalance();
            refreshStatement();
        }
        return;
    }
    const xmpp::Element *element = stanza.findChild(u"transfer", protocol::kNamespace);
    if (!element)
        return;
    auto offer = TransferOffer::fromElement(*element);
    if (!offer.ok())
        return;
    auto known = m_store.transfer(offer->id);
    if (!known.ok())
        return;
    if (offer->state == TransferOffer::State::Offered) {
        if (known->has_value())
            return; // a duplicate (carbon, archive)
        PayStore::Transfer t{
            offer->id,   true,         from.bare(),    offer->amount,
            offer->note, offer->state, offer->service, QDateTime::currentDateTimeUtc()};
        (void)m_store.saveTransfer(t);
        Q_EMIT transfersChanged();
        Q_EMIT transferReceived(t.id);
        return;
    }
    // The friend's answer to one of ours: only from the friend we sent it to.
    if (!known->has_value() || (*known)->incoming || (*known)->peer != from.bare())
        return;
    PayStore::Transfer t = **known;
    t.state = offer->state;
    (void)m_store.saveTransfer(t);
    Q_EMIT transfersChanged();
    refreshBalance();
    refreshStatement();
}

} // namespace teahouse::pay
