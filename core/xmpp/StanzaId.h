#pragma once

#include "base/Jid.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>

namespace teahouse::xmpp {

// XEP-0359 unique and stable stanza ids: fresh random ids for our own stanzas, origin-id on
// messages we send, and stanza-id read back only from entities we trust to assign it (our own
// archive or the room), since anyone can put a stanza-id with any 'by' into a message.
class StanzaId
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:sid:0";

    // 128 random bits from the system CSPRNG, base64url without padding (22 characters).
    [[nodiscard]] static QString generate();

    // Adds <origin-id id='…'/> (replacing any present) and returns the id used. An empty id
    // means "generate one".
    static QString addOriginId(Element &message, const QString &id = {});
    // The origin-id of a message, or empty.
    [[nodiscard]] static QString originId(const Element &message);

    // The id from the <stanza-id/> whose 'by' equals one of the trusted JIDs (compared as
    // parsed, normalised JIDs). Empty when there is none: a stanza-id from anyone else is
    // ignored, whatever it claims.
    [[nodiscard]] static QString stanzaId(const Element &message, const QList<Jid> &trustedBy);
    [[nodiscard]] static QString stanzaId(const Element &message, const Jid &trustedBy)
    {
        return stanzaId(message, QList<Jid>{trustedBy});
    }
};

} // namespace teahouse::xmpp
