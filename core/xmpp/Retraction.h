#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// XEP-0424 message retraction ("recall"): the request names the message by its origin-id in
// one-to-one chats and by the room's stanza-id in groups. Older clients get a fallback body.
// Reading also accepts the earlier fastening form (urn:xmpp:fasten:0 + message-retract:0).
class Retraction
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:message-retract:1";
    static constexpr QStringView kLegacyNamespace = u"urn:xmpp:message-retract:0";

    [[nodiscard]] static Element makeRetraction(const QString &to, const QString &targetId,
                                                bool groupchat, const QString &fallbackText);
    // The id a message retracts, or empty when it is not a retraction.
    [[nodiscard]] static QString retractedId(const Element &message);
};

} // namespace teahouse::xmpp
