#pragma once

#include "xmpp/Element.h"

#include <QString>

namespace teahouse::xmpp {

// XEP-0085 chat state notifications (typing indicator).
class ChatStates
{
public:
    static constexpr QStringView kNamespace = u"http://jabber.org/protocol/chatstates";

    enum class State
    {
        None,
        Active,
        Composing,
        Paused,
        Inactive,
        Gone,
    };

    [[nodiscard]] static QString name(State state);
    // Adds the state element to a message (replacing any).
    static void add(Element &message, State state);
    // A standalone notification (no body), with a no-store hint so archives stay clean.
    [[nodiscard]] static Element makeNotification(const QString &to, State state, bool groupchat);
    [[nodiscard]] static State state(const Element &message);
};

} // namespace teahouse::xmpp
