#pragma once

#include "Ledger.h"
#include "Merchant.h"
#include "ProviderModule.h"
#include "xmpp/CommandServer.h"

#include <QTimer>
#include <memory>

namespace teahouse::provider {

// The payment service: the urn:teahouse:pay:0 commands (pay, balance, statement, transfer,
// transfer-accept, transfer-return, refund, refund-request) over a persistent Ledger, with the
// merchants of the configuration as payees. Each booked payment sends the payee a message with a
// notice.
//
// Configuration ("payment"): {"currency": "CNY", "balances": {"lihua@localhost": "500.00"},
// "merchants": [{"jid", "name", "nameZh", "city", "cityZh", "mcc", "amount", "bill", "iban"}],
// "history": [{"payer", "payee", "amount", "order", "note", "reference"}] (demo bookings),
// "transfers": [{"payer", "payee", "amount", "order", "note", "id"}] (demo transfers, held),
// "transferExpiryHours": 24 (unanswered transfers then go back to their senders)}
class PaymentModule : public ProviderModule
{
    Q_OBJECT
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("payment"); }
    [[nodiscard]] Status attach(ProviderAccount &account, const ModuleContext &context) override;

    [[nodiscard]] Ledger &ledger() { return *m_ledger; }
    [[nodiscard]] const QList<Merchant> &merchants() const { return m_merchants; }
    // Sends back every transfer held since before `heldBefore` and unanswered, telling both
    // sides (notice kind "transfer-expired"). Runs every minute for transfers older than
    // "transferExpiryHours" (24 by default); tests call it directly.
    void expireTransfers(const QDateTime &heldBefore);

Q_SIGNALS:
    void paymentBooked(const QString &transactionId);

private:
    using Reply = xmpp::CommandServer::Reply;
    using Request = xmpp::CommandServer::Request;
    using Session = xmpp::CommandServer::Session;

    void onPay(Session &session, const Request &request, const Reply &reply, bool transfer);
    void onBalance(const Request &request, const Reply &reply);
    void onStatement(const Request &request, const Reply &reply);
    void onAnswerTransfer(const Request &request, const Reply &reply, bool accept);
    void onRefund(const Request &request, const Reply &reply);
    void onRefundRequest(const Request &request, const Reply &reply);
    [[nodiscard]] bool isMerchant(const QString &account) const;
    void notify(const QString &account, const QString &body, const Ledger::Booking &booking,
                const QString &kind);

    ProviderAccount *m_account = nullptr;
    std::unique_ptr<Ledger> m_ledger;
    QList<Merchant> m_merchants;
    QString m_currency = QStringLiteral("CNY");
    QTimer m_expiry;
    qint64 m_expirySeconds = 24 * 3600;
};

} // namespace teahouse::provider
