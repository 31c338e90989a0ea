#include "PaymentModule.h"

#include "ProviderAccount.h"
#include "pay/PayProtocol.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPayment, "teahouse.provider.payment", QtInfoMsg)

namespace teahouse::provider {

using xmpp::Command;
using xmpp::DataForm;
namespace protocol = pay::protocol;

namespace {

DataForm::Field makeField(QStringView var, const QString &type, const QString &label,
                          const QString &value = {}, bool required = false)
{
    DataForm::Field f;
    f.var = var.toString();
    f.type = type;
    f.label = label;
    if (!value.isNull())
        f.values = {value};
    f.required = required;
    return f;
}

DataForm::Field formType()
{
    return makeField(u"FORM_TYPE", QStringLiteral("hidden"), QString(),
                     protocol::kNamespace.toString());
}

QString value(const std::optional<DataForm> &form, QStringView var)
{
    if (!form)
        return {};
    const DataForm::Field *f = form->field(var);
    return f ? f->value().trimmed() : QString();
}

// A completed answer refusing the request, with the reason as an error note (XEP-0050 §4.3).
Command refusal(const QString &message, std::optional<pay::Money> balance = std::nullopt)
{
    Command c;
    c.status = Command::Status::Completed;
    c.notes.append({Command::Note::Type::Error, message});
    DataForm form(DataForm::Type::Result);
    form.addField(formType());
    form.addField(makeField(protocol::kStatus, QString(), QStringLiteral("Status"),
                            QStringLiteral("refused")));
    if (balance) {
        form.addField(makeField(protocol::kBalance, QString(), QStringLiteral("Balance"),
                                balance->amountText()));
        form.addField(makeField(protocol::kCurrency, QString(), QStringLiteral("Currency"),
                                balance->currency));
    }
    c.form = form;
    return c;
}

Command stageForm(const QString &title, const QString &instructions, QList<DataForm::Field> fields)
{
    Command c;
    c.status = Command::Status::Executing;
    c.actions = {Command::Action::Complete};
    c.defaultAction = Command::Action::Complete;
    DataForm form(DataForm::Type::Form);
    form.setTitle(title);
    form.setInstructions(instructions);
    form.addField(formType());
    for (auto &f : fields)
        form.addField(std::move(f));
    c.form = form;
    return c;
}

} // namespace

Status PaymentModule::attach(ProviderAccount &account, const ModuleContext &context)
{
    m_account = &account;
    m_currency = context.config.value(u"currency").toString(QStringLiteral("CNY"));
    auto ledger = Ledger::open(QDir(context.dataDir).filePath(QStringLiteral("ledger.db")));
    if (!ledger.ok())
        return ledger.error();
    m_ledger = std::make_unique<Ledger>(std::move(ledger).value());

    m_merchants = Merchant::fromConfig(context.config, account.jid().domain());
    for (const Merchant &m : std::as_const(m_merchants)) {
        if (Status s = m_ledger->ensureAccount(m.jid.bareString(), m.name, m_currency); !s.ok())
            return s;
        if (!m.iban.isEmpty()) {
            if (Status s = m_ledger->addAlias(QStringLiteral("iban:") + m.iban, m.jid.bareString());
                !s.ok())
                return s;
        }
    }
    const QJsonObject balances = context.config.value(u"balances").toObject();
    for (auto it = balances.begin(); it != balances.end(); ++it) {
        auto money = pay::Money::parse(it.value().toString(), m_currency);
        if (!money.ok())
            return money.error();
        if (Status s = m_ledger->ensureAccount(it.key(), QString(), m_currency); !s.ok())
            return s;
        if (Status s = m_ledger->topUpTo(it.key(), money.value()); !s.ok())
            return s;
    }

    // Demo bookings ("history"): booked once, by their order ids.
    for (const QJsonValue &v : context.config.value(u"history").toArray()) {
        const QJsonObject o = v.toObject();
        auto money = pay::Money::parse(o.value(u"amount").toString(), m_currency);
        if (!money.ok())
            return money.error();
        const QString payer = o.value(u"payer").toString();
        if (Status s = m_ledger->ensureAccount(payer, QString(), m_currency); !s.ok())
            return s;
        const QString payee = o.value(u"payee").toString();
        if (payee.startsWith(u"xmpp:")) {
            if (Status s = m_ledger->ensureAccount(payee.mid(5), QString(), m_currency); !s.ok())
                return s;
        }
        auto booked = m_ledger->pay(payer, o.value(u"order").toString(), payee, money.value(),
                                    o.value(u"note").toString(), o.value(u"reference").toString());
        if (!booked.ok())
            qCWarning(lcPayment) << "Demo booking not made:" << booked.error().message;
    }

    // Demo transfers ("transfers": {"payer", "payee", "amount", "order", "note", "id"}): held
    // once, by their order ids, under the given transfer id (the demo's chat card names it).
    for (const QJsonValue &v : context.config.value(u"transfers").toArray()) {
        const QJsonObject o = v.toObject();
        auto money = pay::Money::parse(o.value(u"amount").toString(), m_currency);
        if (!money.ok())
            return money.error();
        const QString payer = o.value(u"payer").toString();
        const QString payee = o.value(u"payee").toString();
        for (const QString &a : {payer, payee}) {
            if (Status s = m_ledger->ensureAccount(a, QString(), m_currency); !s.ok())
                return s;
        }
        auto held =
            m_ledger->hold(payer, o.value(u"order").toString(), QStringLiteral("xmpp:") + payee,
                           money.value(), o.value(u"note").toString(), o.value(u"id").toString());
        if (!held.ok())
            qCWarning(lcPayment) << "Demo transfer not held:" << held.error().message;
    }

    m_expirySeconds = qint64(context.config.value(u"transferExpiryHours").toDouble(24.0) * 3600.0);
    m_expiry.setInterval(60 * 1000);
    connect(&m_expiry, &QTimer::timeout, this,
            [this] { expireTransfers(QDateTime::currentDateTimeUtc().addSecs(-m_expirySeconds)); });
    m_expiry.start();

    xmpp::CommandServer *server = account.commands();
    server->setIdentity({QStringLiteral("automation"),
                         QStringLiteral("command-list"),
                         QStringLiteral("Teahouse payment service"),
                         {}});
    server->addFeature(protocol::kNamespace.toString());
    auto reg = [&](QStringView node, const QString &label, auto handler) {
        server->registerCommand({node.toString(), label, handler, {}});
    };
    reg(protocol::kPayNode, QStringLiteral("Pay"),
        [this](Session &s, const Request &r, const Reply &reply) { onPay(s, r, reply, false); });
    reg(protocol::kTransferNode, QStringLiteral("Send money to a friend"),
        [this](Session &s, const Request &r, const Reply &reply) { onPay(s, r, reply, true); });
    reg(protocol::kBalanceNode, QStringLiteral("Balance"),
        [this](Session &, const Request &r, const Reply &reply) { onBalance(r, reply); });
    reg(protocol::kStatementNode, QStringLiteral("Statement"),
        [this](Session &, const Request &r, const Reply &reply) { onStatement(r, reply); });
    reg(protocol::kTransferAcceptNode, QStringLiteral("Accept a transfer"),
        [this](Session &, const Request &r, const Reply &reply) {
            onAnswerTransfer(r, reply, true);
        });
    reg(protocol::kTransferReturnNode, QStringLiteral("Return a transfer"),
        [this](Session &, const Request &r, const Reply &reply) {
            onAnswerTransfer(r, reply, false);
        });
    reg(protocol::kRefundNode, QStringLiteral("Refund a payment"),
        [this](Session &, const Request &r, const Reply &reply) { onRefund(r, reply); });
    reg(protocol::kRefundRequestNode, QStringLiteral("Ask for a refund"),
        [this](Session &, const Request &r, const Reply &reply) { onRefundRequest(r, reply); });
    return {};
}

void PaymentModule::onPay(Session &, const Request &request, const Reply &reply, bool transfer)
{
    if (request.isNewSession) {
        reply(stageForm(
            transfer ? QStringLiteral("Send money") : QStringLiteral("Pay"),
            QStringLiteral("Every payment carries an order id of the payer's choosing; the same "
                           "order id is booked once."),
            {makeField(protocol::kPayee, QStringLiteral("text-single"), QStringLiteral("Payee"),
                       QString(), true),
             makeField(protocol::kPayeeName, QStringLiteral("text-single"),
                       QStringLiteral("Payee name")),
             makeField(protocol::kAmount, QStringLiteral("text-single"), QStringLiteral("Amount"),
                       QString(), true),
             makeField(protocol::kCurrency, QStringLiteral("text-single"),
                       QStringLiteral("Currency"), m_currency, true),
             makeField(protocol::kOrderId, QStringLiteral("text-single"),
                       QStringLiteral("Order id"), QString(), true),
             makeField(protocol::kNote, QStringLiteral("text-single"), QStringLiteral("Note")),
             makeField(protocol::kReference, QStringLiteral("text-single"),
                       QStringLiteral("Merchant reference"))}));
        return;
    }
    const std::optional<DataForm> &form = request.form;
    if (!form || form->missingRequired().size() > 0 || value(form, protocol::kOrderId).isEmpty() ||
        value(form, protocol::kPayee).isEmpty()) {
        reply(xmpp::CommandServer::error(QStringLiteral("bad-request"),
                                         QStringLiteral("Payee, amount, currency and order id "
                                                        "are required."),
                                         QStringLiteral("bad-payload")));
        return;
    }
    const QString payer = request.from.bareString();
    auto amount =
        pay::Money::parse(value(form, protocol::kAmount), value(form, protocol::kCurrency));
    if (!amount.ok()) {
        reply(xmpp::CommandServer::error(QStringLiteral("bad-request"), amount.error().message,
                                         QStringLiteral("bad-payload")));
        return;
    }
    if (Status s = m_ledger->ensureAccount(payer, QString(), m_currency); !s.ok()) {
        reply(
            xmpp::CommandServer::error(QStringLiteral("internal-server-error"), s.error().message));
        return;
    }
    const QString payee = value(form, protocol::kPayee);
    const QString note = value(form, protocol::kNote).left(200);
    auto booked = transfer ? m_ledger->hold(payer, value(form, protocol::kOrderId), payee,
                                            amount.value(), note)
                           : m_ledger->pay(payer, value(form, protocol::kOrderId), payee,
                                           amount.value(), note, value(form, protocol::kReference));
    if (!booked.ok()) {
        if (!Ledger::refusalOf(booked.error())) {
            reply(xmpp::CommandServer::error(QStringLiteral("internal-server-error"),
                                             QStringLiteral("The ledger could not book this.")));
            return;
        }
        qCInfo(lcPayment) << "Refused" << (transfer ? "transfer" : "payment") << "from" << payer
                          << ":" << booked.error().condition;
        auto balance = m_ledger->balance(payer);
        reply(refusal(booked.error().message,
                      balance.ok() ? balance.value() : std::optional<pay::Money>()));
        return;
    }
    const Ledger::Booking &b = booked.value();
    Command done;
    done.status = Command::Status::Completed;
    const QString payeeName = m_ledger->accountName(b.payee);
    done.notes.append({Command::Note::Type::Info,
                       b.duplicate
                           ? QStringLiteral("This order was paid before; nothing more was charged.")
                           : QStringLiteral("Paid %1 to %2.").arg(b.amount.display(), payeeName)});
    DataForm result(DataForm::Type::Result);
    result.addField(formType());
    const pay::Money payerBalance{b.payerBalance, b.amount.currency};
    auto current = m_ledger->balance(payer);
    const QString balanceText =
        current.ok() && current.value() ? current.value()->amountText() : payerBalance.amountText();
    const QList<std::pair<QStringView, QString>> fields{
        {protocol::kStatus, QStringLiteral("paid")},
        {protocol::kTransactionId, b.transactionId},
        {protocol::kTransferId, b.transferId},
        {protocol::kOrderId, b.orderId},
        {protocol::kPayee, payee},
        {protocol::kPayeeName, payeeName},
        {protocol::kAmount, b.amount.amountText()},
        {protocol::kCurrency, b.amount.currency},
        {protocol::kBalance, balanceText},
        {protocol::kTime, b.time.toString(Qt::ISODateWithMs)},
        {protocol::kDuplicate, b.duplicate ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto &[var, text] : fields)
        result.addField(makeField(var, QString(), QString(), text));
    done.form = result;
    reply(done);
    if (!b.duplicate) {
        qCInfo(lcPayment) << "Booked" << b.transactionId << b.amount.display() << payer << "->"
                          << b.payee;
        Q_EMIT paymentBooked(b.transactionId);
        if (!transfer)
            notify(b.payee,
                   QStringLiteral("Received %1 from %2 (order %3%4).")
                       .arg(b.amount.display(), payer, b.orderId,
                            b.reference.isEmpty() ? QString()
                                                  : QStringLiteral(", bill ") + b.reference),
                   b, QStringLiteral("income"));
    }
}

void PaymentModule::onBalance(const Request &request, const Reply &reply)
{
    auto balance = m_ledger->balance(request.from.bareString());
    if (!balance.ok()) {
        reply(xmpp::CommandServer::error(QStringLiteral("internal-server-error"),
                                         balance.error().message));
        return;
    }
    const pay::Money money = balance.value() ? *balance.value() : pay::Money{0, m_currency};
    Command c;
    c.status = Command::Status::Completed;
    DataForm form(DataForm::Type::Result);
    form.addField(formType());
    form.addField(
        makeField(protocol::kBalance, QString(), QStringLiteral("Balance"), money.amountText()));
    form.addField(
        makeField(protocol::kCurrency, QString(), QStringLiteral("Currency"), money.currency));
    c.form = form;
    reply(c);
}

void PaymentModule::onStatement(const Request &request, const Reply &reply)
{
    const QString account = request.from.bareString();
    auto entries = m_ledger->statement(account);
    if (!entries.ok()) {
        reply(xmpp::CommandServer::error(QStringLiteral("internal-server-error"),
                                         entries.error().message));
        return;
    }
    // A multi-row result form (XEP-0004 §3.4): built as XML, as DataForm reads it.
    xmpp::Element x(QStringLiteral("x"), DataForm::kNamespace.toString());
    x.setAttribute(QStringLiteral("type"), QStringLiteral("result"));
    x.addTextChild(QStringLiteral("title"), QStringLiteral("Statement"));
    const QStringList columns{protocol::kTransactionId.toString(),
                              protocol::kTime.toString(),
                              QStringLiteral("kind"),
                              QStringLiteral("counterparty"),
                              QStringLiteral("counterparty-name"),
                              protocol::kAmount.toString(),
                              protocol::kCurrency.toString(),
                              protocol::kNote.toString(),
                              protocol::kOrderId.toString(),
                              protocol::kBalance.toString(),
                              protocol::kRefundOf.toString()};
    xmpp::Element &reported = x.addChild(QStringLiteral("reported"));
    for (const QString &c : columns)
        reported.addChild(QStringLiteral("field")).setAttribute(QStringLiteral("var"), c);
    for (const Ledger::Entry &e : entries.value()) {
        const QString counterparty =
            e.counterparty.isEmpty() ? QString() : QStringLiteral("xmpp:") + e.counterparty;
        const QStringList values{e.booking.transactionId,
                                 e.booking.time.toString(Qt::ISODateWithMs),
                                 e.kind,
                                 counterparty,
                                 e.counterparty.isEmpty() ? QStringLiteral("Top-up")
                                                          : m_ledger->accountName(e.counterparty),
                                 e.amount.amountText(),
                                 e.amount.currency,
                                 e.booking.note,
                                 e.booking.payer == account ? e.booking.orderId : QString(),
                                 pay::Money{e.balanceAfter, e.amount.currency}.amountText(),
                                 e.booking.refundOf};
        xmpp::Element &item = x.addChild(QStringLiteral("item"));
        for (int i = 0; i < columns.size(); ++i) {
            xmpp::Element &f = item.addChild(QStringLiteral("field"));
            f.setAttribute(QStringLiteral("var"), columns[i]);
            f.addTextChild(QStringLiteral("value"), values[i]);
        }
    }
    auto form = DataForm::fromElement(x);
    Command c;
    c.status = Command::Status::Completed;
    if (form.ok())
        c.form = form.value();
    reply(c);
}

void PaymentModule::onAnswerTransfer(const Request &request, const Reply &reply, bool accept)
{
    if (request.isNewSession) {
        reply(stageForm(accept ? QStringLiteral("Accept a transfer")
                               : QStringLiteral("Return a transfer"),
                        QString(),
                        {makeField(protocol::kTransferId, QStringLiteral("text-single"),
                                   QStringLiteral("Transfer"), QString(), true)}));
        return;
    }
    const QString id = value(request.form, protocol::kTransferId);
    const QString me = request.from.bareString();
    auto booked = accept ? m_ledger->acceptTransfer(id, me) : m_ledger->returnTransfer(id, me);
    if (!booked.ok()) {
        reply(refusal(booked.error().message));
        return;
    }
    const Ledger::Booking &b = booked.value();
    Command c;
    c.status = Command::Status::Completed;
    c.notes.append({Command::Note::Type::Info,
                    accept ? QStringLiteral("%1 added to your balance.").arg(b.amount.display())
                           : QStringLiteral("%1 returned.").arg(b.amount.display())});
    DataForm form(DataForm::Type::Result);
    form.addField(formType());
    form.addField(makeField(protocol::kStatus, QString(), QString(),
                            accept ? QStringLiteral("accepted") : QStringLiteral("returned")));
    form.addField(makeField(protocol::kTransactionId, QString(), QString(), b.transactionId));
    c.form = form;
    reply(c);
    // The sender learns the outcome (their bills change on a return).
    const QString sender = accept ? b.payer : b.payee;
    notify(sender,
           accept ? QStringLiteral("%1 accepted your transfer of %2.").arg(me, b.amount.display())
                  : QStringLiteral("%1 returned your transfer of %2.").arg(me, b.amount.display()),
           b, accept ? QStringLiteral("transfer-accepted") : QStringLiteral("transfer-returned"));
}

void PaymentModule::onRefund(const Request &request, const Reply &reply)
{
    if (request.isNewSession) {
        reply(stageForm(QStringLiteral("Refund a payment"), QString(),
                        {makeField(protocol::kTransactionId, QStringLiteral("text-single"),
                                   QStringLiteral("Transaction"), QString(), true)}));
        return;
    }
    auto booked =
        m_ledger->refund(value(request.form, protocol::kTransactionId), request.from.bareString());
    if (!booked.ok()) {
        reply(refusal(booked.error().message));
        return;
    }
    const Ledger::Booking &b = booked.value();
    Command c;
    c.status = Command::Status::Completed;
    c.notes.append(
        {Command::Note::Type::Info, QStringLiteral("Refunded %1.").arg(b.amount.display())});
    reply(c);
    notify(
        b.payee,
        QStringLiteral("%1 refunded %2.").arg(m_ledger->accountName(b.payer), b.amount.display()),
        b, QStringLiteral("refund"));
}

void PaymentModule::expireTransfers(const QDateTime &heldBefore)
{
    auto expired = m_ledger->expireTransfers(heldBefore);
    if (!expired.ok()) {
        qCWarning(lcPayment) << "Transfers not expired:" << expired.error().message;
        return;
    }
    for (const Ledger::Booking &b : expired.value()) {
        // The return booking: payer = the friend it was for, payee = the sender.
        qCInfo(lcPayment) << "Transfer" << b.transferId << "expired";
        notify(b.payee,
               QStringLiteral("Your transfer of %1 to %2 was not accepted in time and came back.")
                   .arg(b.amount.display(), b.payer),
               b, QStringLiteral("transfer-expired"));
        notify(b.payer,
               QStringLiteral("The transfer of %1 from %2 expired and went back.")
                   .arg(b.amount.display(), b.payee),
               b, QStringLiteral("transfer-expired"));
    }
}

bool PaymentModule::isMerchant(const QString &account) const
{
    return std::any_of(m_merchants.cbegin(), m_merchants.cend(),
                       [&account](const Merchant &m) { return m.jid.bareString() == account; });
}

void PaymentModule::onRefundRequest(const Request &request, const Reply &reply)
{
    if (request.isNewSession) {
        reply(stageForm(
            QStringLiteral("Ask for a refund"),
            QStringLiteral("The payee is asked to refund the whole payment; the "
                           "merchants of this service refund at once."),
            {makeField(protocol::kTransactionId, QStringLiteral("text-single"),
                       QStringLiteral("Transaction"), QString(), true),
             makeField(protocol::kNote, QStringLiteral("text-single"), QStringLiteral("Reason"))}));
        return;
    }
    const QString payer = request.from.bareString();
    const QString transactionId = value(request.form, protocol::kTransactionId);
    auto asked =
        m_ledger->requestRefund(transactionId, payer, value(request.form, protocol::kNote));
    if (!asked.ok()) {
        reply(refusal(asked.error().message));
        return;
    }
    Ledger::RefundRequest r = asked.value();
    if (r.state == u"requested" && isMerchant(r.payee)) {
        // The merchants this service runs refund on request.
        auto refunded = m_ledger->refund(transactionId, r.payee);
        if (!refunded.ok()) {
            reply(refusal(refunded.error().message));
            return;
        }
        r.state = QStringLiteral("refunded");
        r.refundTransactionId = refunded->transactionId;
        qCInfo(lcPayment) << "Refunded" << transactionId << "to" << payer;
        notify(r.payee,
               QStringLiteral("Refunded %1 to %2 (order %3).")
                   .arg(r.amount.display(), payer, r.orderId),
               refunded.value(), QStringLiteral("refund"));
    } else if (r.state == u"requested" && !r.existing) {
        auto original = m_ledger->booking(transactionId);
        if (original.ok() && original.value())
            notify(r.payee,
                   QStringLiteral("%1 asks for a refund of %2 (order %3)%4. Refund it with the "
                                  "command \"Refund a payment\" of %5.")
                       .arg(payer, r.amount.display(), r.orderId,
                            r.reason.isEmpty() ? QString() : QStringLiteral(": ") + r.reason,
                            m_account->jid().toString()),
                   *original.value(), QStringLiteral("refund-request"));
    }
    Command c;
    c.status = Command::Status::Completed;
    c.notes.append(
        {Command::Note::Type::Info,
         r.state == u"refunded"
             ? QStringLiteral("Refunded %1.").arg(r.amount.display())
             : QStringLiteral("The payee was asked to refund %1.").arg(r.amount.display())});
    DataForm form(DataForm::Type::Result);
    form.addField(formType());
    auto balance = m_ledger->balance(payer);
    const QList<std::pair<QStringView, QString>> fields{
        {protocol::kStatus, r.state},
        {protocol::kRefundOf, transactionId},
        {protocol::kTransactionId, r.refundTransactionId},
        {protocol::kAmount, r.amount.amountText()},
        {protocol::kCurrency, r.amount.currency},
        {protocol::kNote, r.reason},
        {protocol::kBalance,
         balance.ok() && balance.value() ? balance.value()->amountText() : QString()},
    };
    for (const auto &[var, text] : fields)
        form.addField(makeField(var, QString(), QString(), text));
    c.form = form;
    reply(c);
}

void PaymentModule::notify(const QString &account, const QString &body, const Ledger::Booking &b,
                           const QString &kind)
{
    const Jid to = Jid::parse(account);
    if (!to.isValid() || !m_account)
        return;
    xmpp::Element notice(QStringLiteral("notice"), protocol::kNamespace.toString());
    notice.setAttribute(QStringLiteral("kind"), kind);
    notice.setAttribute(protocol::kTransactionId.toString(), b.transactionId);
    notice.setAttribute(protocol::kAmount.toString(), b.amount.amountText());
    notice.setAttribute(protocol::kCurrency.toString(), b.amount.currency);
    notice.setAttribute(QStringLiteral("payer"), b.payer);
    if (!b.orderId.isEmpty())
        notice.setAttribute(protocol::kOrderId.toString(), b.orderId);
    if (!b.reference.isEmpty())
        notice.setAttribute(protocol::kReference.toString(), b.reference);
    if (!b.transferId.isEmpty())
        notice.setAttribute(protocol::kTransferId.toString(), b.transferId);
    m_account->sendMessage(to, body, notice);
}

} // namespace teahouse::provider
