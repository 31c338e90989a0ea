#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// XEP-0461 message replies: <reply to id/> naming the quoted message (its id attribute in
// one-to-one chats, the room's stanza-id in groups), plus a "> quote" fallback at the start of
// the body (XEP-0428) that clients knowing replies strip.
class Replies
{
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:reply:0";
    static constexpr QStringView kFallbackNamespace = u"urn:xmpp:fallback:0";

    struct Reply
    {
        QString to; // JID of the quoted message's author (may be empty)
        QString id;
    };

    // Sets the body to quote + text and adds the reply and fallback elements. quotedText is
    // the part of the original shown to clients without reply support.
    static void addReply(Element &message, const Reply &reply, const QString &quotedText,
                         const QString &text);
    // The reply a message carries; id empty if none.
    [[nodiscard]] static Reply reply(const Element &message);
    // The body without the reply fallback (the whole body when there is none).
    [[nodiscard]] static QString bodyWithoutFallback(const Element &message);
};

} // namespace teahouse::xmpp
