#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QString>
#include <QStringList>

namespace teahouse::xmpp {

// One contact of the roster (RFC 6121 §2.1.2): who, the name the user gave it, its groups
// (Teahouse "tags") and the state of the presence subscriptions both ways.
struct RosterItem
{
    static constexpr QStringView kNamespace = u"jabber:iq:roster";

    enum class Subscription
    {
        None,
        To,
        From,
        Both,
        Remove
    };

    Jid jid;
    QString name;
    QStringList groups;
    Subscription subscription = Subscription::None;
    // ask='subscribe': our request to see the contact's presence is waiting for an answer.
    bool askSubscribe = false;
    // approved='true': we pre-approved the contact's future request (RFC 6121 §3.4).
    bool approved = false;

    // We see their presence / they see ours.
    [[nodiscard]] bool seesTheirPresence() const
    {
        return subscription == Subscription::To || subscription == Subscription::Both;
    }
    [[nodiscard]] bool sharesOurPresence() const
    {
        return subscription == Subscription::From || subscription == Subscription::Both;
    }

    // Parses <item/> of jabber:iq:roster; an Error for a missing or malformed jid or an
    // unknown subscription value.
    [[nodiscard]] static Result<RosterItem> fromElement(const Element &item);
    // The <item/> as the server sends it (with subscription, ask, approved).
    [[nodiscard]] Element toElement() const;

    [[nodiscard]] static QString subscriptionName(Subscription subscription);

    friend bool operator==(const RosterItem &, const RosterItem &) = default;
};

} // namespace teahouse::xmpp
