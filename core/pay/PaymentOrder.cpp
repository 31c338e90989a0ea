#include "pay/PaymentOrder.h"

namespace teahouse::pay {

QString PaymentOrder::stateName(State state)
{
    switch (state) {
    case State::Paid:
        return QStringLiteral("paid");
    case State::Refused:
        return QStringLiteral("refused");
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Sending:
        break;
    }
    return QStringLiteral("sending");
}

PaymentOrder::State PaymentOrder::stateFromName(QStringView name)
{
    if (name == u"paid")
        return State::Paid;
    if (name == u"refused")
        return State::Refused;
    if (name == u"unknown")
        return State::Unknown;
    return State::Sending;
}

} // namespace teahouse::pay
