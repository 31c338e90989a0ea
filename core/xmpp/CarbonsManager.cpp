#include "xmpp/CarbonsManager.h"

#include "base/Logging.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

CarbonsManager::CarbonsManager(StanzaChannel *channel, IqTracker *iq, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_iq(iq)
{
    connect(channel, &StanzaChannel::stanzaReceived, this, &CarbonsManager::onStanza);
    connect(channel, &StanzaChannel::sessionStarted, this, [this](bool resumed) {
        if (!resumed || !m_enabled)
            enable();
    });
    connect(channel, &StanzaChannel::sessionEnded, this, [this] {
        if (m_enabled) {
            m_enabled = false;
            Q_EMIT enabledChanged(false);
        }
    });
    if (channel->isOnline())
        enable();
}

void CarbonsManager::enable()
{
    m_iq->set(Jid(), Element(QStringLiteral("enable"), kNamespace.toString()), this,
              [this](const Result<Element> &result) {
                  const bool enabled = result.ok();
                  if (!enabled)
                      qCWarning(lcXmpp) << "Carbons refused:" << result.error().message;
                  if (enabled != m_enabled) {
                      m_enabled = enabled;
                      Q_EMIT enabledChanged(enabled);
                  }
              });
}

CarbonsManager::Kind CarbonsManager::unwrap(const Element &stanza, const Jid &account,
                                            Element *forwarded)
{
    if (stanza.name() != u"message")
        return Kind::NotCarbon;
    const Element *wrapper = stanza.findChild(u"received", kNamespace);
    Kind kind = Kind::Received;
    if (!wrapper) {
        wrapper = stanza.findChild(u"sent", kNamespace);
        kind = Kind::Sent;
    }
    if (!wrapper)
        return Kind::NotCarbon;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid() || !from.isBare() || from != account.bare())
        return Kind::Rejected;
    const Element *fwd = wrapper->findChild(u"forwarded", u"urn:xmpp:forward:0");
    const Element *inner = fwd ? fwd->findChild(u"message") : nullptr;
    if (!inner)
        return Kind::Rejected;
    if (forwarded)
        *forwarded = *inner;
    return kind;
}

void CarbonsManager::addPrivate(Element &message)
{
    message.addChild(QStringLiteral("private"), kNamespace.toString());
    message.addChild(QStringLiteral("no-copy"), QStringLiteral("urn:xmpp:hints"));
}

void CarbonsManager::onStanza(const Element &stanza)
{
    Element inner;
    switch (unwrap(stanza, m_channel->boundJid(), &inner)) {
    case Kind::NotCarbon:
        return;
    case Kind::Rejected:
        qCWarning(lcXmpp) << "Dropped a carbon copy not sent by our own account";
        Q_EMIT carbonRejected(stanza);
        return;
    case Kind::Received:
        Q_EMIT carbonReceived(inner, false);
        return;
    case Kind::Sent:
        Q_EMIT carbonReceived(inner, true);
        return;
    }
}

} // namespace teahouse::xmpp
