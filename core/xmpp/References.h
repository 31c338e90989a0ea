#pragma once

#include "xmpp/Element.h"

#include <QList>
#include <QString>

namespace teahouse::xmpp {

// XEP-0372 references, used for @mentions: <reference type='mention' begin end uri/>. begin
// and end count Unicode code points on the wire; this class converts to and from UTF-16
// offsets of the body so callers work with QString positions.
class References
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:reference:0";

    struct Mention
    {
        int start = 0;  // UTF-16 offset in the body
        int length = 0; // UTF-16 units
        QString jid;    // without the xmpp: scheme
        friend bool operator==(const Mention &, const Mention &) = default;
    };

    static void addMentions(Element &message, const QString &body, const QList<Mention> &mentions);
    // Mentions of a message, ranges checked against its body (bad ranges are dropped).
    [[nodiscard]] static QList<Mention> mentions(const Element &message, const QString &body);
};

} // namespace teahouse::xmpp
