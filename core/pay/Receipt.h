#pragma once

#include "pay/Money.h"

#include <QDateTime>
#include <QString>

namespace teahouse::pay {

// One line of the bills: a booking on the user's account at the payment service (a payment, an
// income, a refund, a transfer), as the service's statement reports it. Stored in the
// encrypted database.
struct Receipt
{
    QString transactionId;
    QDateTime time;
    QString kind;             // payment, income, refund, transfer-out, transfer-in, topup
    QString counterparty;     // payee address ("xmpp:cafe@…")
    QString counterpartyName; // as shown
    Money amount;             // negative: money out
    QString note;
    QString orderId;
    qint64 balanceAfter = -1;

    [[nodiscard]] bool isExpense() const { return amount.minor < 0; }
};

// Which bills to show.
struct ReceiptFilter
{
    enum class Direction
    {
        All,
        Expense,
        Income,
    };
    Direction direction = Direction::All;
    QString month;  // "2026-11" or empty
    QString search; // in the counterparty, the note and the order id
};

} // namespace teahouse::pay
