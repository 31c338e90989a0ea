#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "pay/Money.h"
#include "xmpp/Element.h"

#include <QString>

namespace teahouse::pay {

// A money transfer sent in a chat message:
//   <transfer xmlns='urn:teahouse:pay:0' id='T…' amount='5.00' currency='CNY'
//             service='pay@example.org/provider' state='offered'><note>Tea</note></transfer>
// The sender's payment service holds the money under `id`; the receiver accepts it (the
// service credits them) or returns it (the service refunds the sender), and answers with the
// same element in state 'accepted' or 'returned'.
struct TransferOffer
{
    enum class State
    {
        Offered,
        Accepted,
        Returned,
        Expired, // not answered in time: the service gave it back to the sender
    };

    QString id;
    Money amount;
    Jid service;
    State state = State::Offered;
    QString note;

    [[nodiscard]] static Result<TransferOffer> fromElement(const xmpp::Element &transfer);
    [[nodiscard]] xmpp::Element toElement() const;
    // A chat message carrying the offer (with a body for clients that do not know it).
    [[nodiscard]] xmpp::Element toMessage(const Jid &to) const;

    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static State stateFromName(QStringView name, bool *ok = nullptr);
};

} // namespace teahouse::pay
