#pragma once

#include "base/Jid.h"
#include "xmpp/Element.h"

#include <QObject>

namespace teahouse::xmpp {

// Where managers send stanzas and hear them: the Stream in the app, a scripted fake in
// protocol tests (tests/support). Managers depend on this, never on the socket.
class StanzaChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~StanzaChannel() override = default;

    // The full JID bound for this session; invalid before the session is established.
    [[nodiscard]] virtual Jid boundJid() const = 0;
    // Sends a stanza (message, presence, iq). While offline, the stream queues it for the
    // next session; delivery to the server is confirmed through stanzaAcked where the stream
    // supports XEP-0198.
    virtual void sendStanza(const Element &stanza) = 0;
    [[nodiscard]] virtual bool isOnline() const = 0;

Q_SIGNALS:
    void stanzaReceived(const teahouse::xmpp::Element &stanza);
    // A new session (bind done). resumed is true when XEP-0198 resumed the previous one,
    // in which case roster, presence and subscriptions are still in force.
    void sessionStarted(bool resumed);
    void sessionEnded();
    // The server acknowledged a stanza we sent (XEP-0198); id is the stanza's id attribute.
    void stanzaAcked(const QString &id);
};

} // namespace teahouse::xmpp
