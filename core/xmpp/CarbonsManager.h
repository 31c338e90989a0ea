#pragma once

#include "base/Jid.h"
#include "xmpp/Element.h"

#include <QObject>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// XEP-0280 message carbons: enables them at each new session and unwraps carbon copies of
// messages our other devices sent or received. A carbon is accepted only when it comes from
// our own bare JID (CVE-2017-5589: anyone can send a <received/> wrapper around a forged
// message); others are dropped and reported through carbonRejected.
class CarbonsManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:carbons:2";

    enum class Kind
    {
        NotCarbon,
        Received, // a message someone sent to another of our resources
        Sent,     // a message another of our resources sent
        Rejected, // a carbon wrapper not from our bare JID: must be ignored
    };

    CarbonsManager(StanzaChannel *channel, IqTracker *iq, QObject *parent = nullptr);

    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    // Classifies a stanza; for Received/Sent `forwarded` gets the inner message.
    [[nodiscard]] static Kind unwrap(const Element &stanza, const Jid &account,
                                     Element *forwarded = nullptr);
    // Adds <private/> + no-copy hint so a message is not copied to our other devices.
    static void addPrivate(Element &message);

Q_SIGNALS:
    void enabledChanged(bool enabled);
    // A valid carbon copy; sent = another of our devices sent it.
    void carbonReceived(const teahouse::xmpp::Element &message, bool sent);
    void carbonRejected(const teahouse::xmpp::Element &stanza);

private:
    void onStanza(const Element &stanza);
    void enable();

    StanzaChannel *m_channel;
    IqTracker *m_iq;
    bool m_enabled = false;
};

} // namespace teahouse::xmpp
