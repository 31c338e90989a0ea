#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// XEP-0333 chat markers: mark our messages markable, send "displayed" for the newest message
// the user has seen (it implies all earlier ones), and read the markers others send.
class ChatMarkers
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:chat-markers:0";

    enum class Marker
    {
        None,
        Received,
        Displayed,
        Acknowledged,
    };

    static void addMarkable(Element &message);
    [[nodiscard]] static bool isMarkable(const Element &message);
    // <message to type><displayed id/></message>; type "groupchat" to a room (id = the room's
    // stanza-id there), "chat" otherwise.
    [[nodiscard]] static Element makeMarker(Marker marker, const QString &to, const QString &id,
                                            bool groupchat);
    // The marker a message carries and the id it refers to.
    [[nodiscard]] static Marker marker(const Element &message, QString *id = nullptr);
};

} // namespace teahouse::xmpp
