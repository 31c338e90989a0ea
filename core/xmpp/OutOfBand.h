#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// XEP-0066 out-of-band data: the URL of an uploaded file, sent in <x xmlns='jabber:x:oob'> with
// the same URL as the body so every client shows something.
class OutOfBand
{
public:
    static constexpr QStringView kNamespace = u"jabber:x:oob";

    static void addUrl(Element &message, const QString &url, const QString &description = {});
    [[nodiscard]] static QString url(const Element &message);
};

} // namespace teahouse::xmpp
