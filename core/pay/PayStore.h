#pragma once

#include "base/Result.h"
#include "pay/PaymentOrder.h"
#include "pay/Receipt.h"
#include "pay/TransferOffer.h"
#include "storage/Migrations.h"

#include <QList>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::pay {

// The pay feature's tables in the account's encrypted database (module "pay"): the PIN hash,
// payment orders, receipts (the bills), chat transfers and the last known balance.
class PayStore
{
public:
    // A transfer seen in a chat, sent or received.
    struct Transfer
    {
        QString id;
        bool incoming = false;
        Jid peer;
        Money amount;
        QString note;
        TransferOffer::State state = TransferOffer::State::Offered;
        Jid service;
        QDateTime time;
    };

    // A refund of one of our payments: asked for (requested), done (refunded), or refused.
    struct Refund
    {
        QString transactionId; // the payment
        QString state;         // requested, refunded, refused
        QString reason;
        QString message;             // the service's words
        QString refundTransactionId; // the refund's booking, once refunded
        QDateTime updated;
    };

    explicit PayStore(storage::Database &db);

    [[nodiscard]] static storage::Migrations migrations();

    [[nodiscard]] Status saveOrder(const PaymentOrder &order);
    [[nodiscard]] Result<std::optional<PaymentOrder>> order(const QString &orderId) const;
    // Orders waiting for an answer (Sending or Unknown), oldest first.
    [[nodiscard]] Result<QList<PaymentOrder>> pendingOrders() const;

    // Inserts or replaces by transaction id.
    [[nodiscard]] Status saveReceipt(const Receipt &receipt);
    [[nodiscard]] Result<QList<Receipt>> receipts(const ReceiptFilter &filter = {}) const;
    [[nodiscard]] Result<std::optional<Receipt>> receipt(const QString &transactionId) const;

    [[nodiscard]] Status saveTransfer(const Transfer &transfer);
    [[nodiscard]] Result<std::optional<Transfer>> transfer(const QString &id) const;
    [[nodiscard]] Result<QList<Transfer>> transfers() const;

    [[nodiscard]] Status saveRefund(const Refund &refund);
    [[nodiscard]] Result<std::optional<Refund>> refund(const QString &transactionId) const;

    // The balance as last reported by the service.
    [[nodiscard]] Status saveBalance(const Money &balance);
    [[nodiscard]] Result<std::optional<Money>> balance() const;

private:
    storage::Database &m_db;
};

} // namespace teahouse::pay
