#pragma once

#include "pay/Money.h"

#include <QDateTime>
#include <QString>

namespace teahouse::pay {

// One payment attempt as the client keeps it: stored with its unique order id before anything
// is sent, so a retry after a dropped link submits the same order and the service charges it
// once. `amount` and `payee` are exactly what was confirmed and submitted.
struct PaymentOrder
{
    enum class State
    {
        Sending, // stored, being sent (or waiting for the link to come back)
        Paid,
        Refused, // the service said no (overdraft, unknown payee); final
        Unknown, // no answer; retried when the link is back
    };
    enum class Kind
    {
        Payment,
        Transfer,
    };

    QString orderId;
    Kind kind = Kind::Payment;
    QString payee;
    QString payeeName;
    Money amount;
    QString note;
    QString reference;
    State state = State::Sending;
    QString message; // the service's note or the error, for the result page
    QString transactionId;
    QString transferId; // transfers: the service's id for the held money
    qint64 balanceAfter = -1;
    bool duplicate = false; // the service had this order already (a retry)
    QDateTime created;
    QDateTime updated;
    int attempts = 0;

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static State stateFromName(QStringView name);
};

} // namespace teahouse::pay
