#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>

namespace teahouse::xmpp {

// One entry of a XEP-0030 disco#items list: a service (upload, MUC, pubsub) or a node.
struct DiscoItem
{
    static constexpr QStringView kNamespace = u"http://jabber.org/protocol/disco#items";

    Jid jid;
    QString node;
    QString name;

    // Parses <query xmlns='…disco#items'/>; items with a missing or malformed jid are skipped.
    [[nodiscard]] static Result<QList<DiscoItem>> listFromQuery(const Element &query);

    friend bool operator==(const DiscoItem &, const DiscoItem &) = default;
};

} // namespace teahouse::xmpp
