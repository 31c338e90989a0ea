#pragma once

#include "xmpp/Element.h"

#include <QDateTime>

namespace teahouse::xmpp {

// XEP-0203 delayed delivery stamps (and any time a peer claims), read defensively: a stamp is
// only a claim of the sender, so one in the future is clamped to now (a message stamped 9999
// must not sort above everything for ever) and one that cannot be parsed or lies before XMPP
// existed is ignored (the caller falls back to the arrival time).
class Delay
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:delay";

    // The stamp of the <delay/> child of parent (a message, or a <forwarded/>), made sane
    // against now; invalid when there is none or it is unusable.
    [[nodiscard]] static QDateTime stamp(const Element &parent,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // An XEP-0082 date-time ("2024-05-01T10:00:00Z", fraction and offset optional; without an
    // offset it is read as UTC), made sane against now. Invalid when unusable.
    [[nodiscard]] static QDateTime
    parseStamp(const QString &text, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Any claimed time made sane: invalid or before 1999 → invalid; after now → now. In UTC.
    [[nodiscard]] static QDateTime sane(const QDateTime &claimed,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace teahouse::xmpp
