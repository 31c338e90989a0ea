#include "xmpp/VCardManager.h"

#include "xmpp/PepPublish.h"

#include "xmpp/DataForm.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

namespace {

constexpr QStringView kPubSubNs = u"http://jabber.org/protocol/pubsub";
constexpr QStringView kPubSubEventNs = u"http://jabber.org/protocol/pubsub#event";

} // namespace

VCardManager::VCardManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_channel(tracker->channel())
{
    connect(m_channel, &StanzaChannel::stanzaReceived, this, &VCardManager::onStanza);
}

void VCardManager::fetch(const Jid &jid, QObject *context, VCardCallback callback)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    pubsub.addChild(QStringLiteral("items"))
        .setAttribute(QStringLiteral("node"), kNode.toString())
        .setAttribute(QStringLiteral("max_items"), QStringLiteral("1"));
    m_tracker->get(
        jid.bare(), pubsub, context,
        [callback = std::move(callback)](const Result<Element> &result) {
            if (!result.ok()) {
                // No node yet: nobody published a card.
                if (IqTracker::errorCondition(result.error()) == u"item-not-found")
                    callback(VCard());
                else
                    callback(result.error());
                return;
            }
            const Element *pubsub = result.value().findChild(u"pubsub", kPubSubNs);
            const Element *items = pubsub ? pubsub->findChild(u"items", kPubSubNs) : nullptr;
            if (items) {
                for (const Element &item : items->childrenNamed(u"item", kPubSubNs)) {
                    if (const Element *card = item.findChild(u"vcard", VCard::kNamespace)) {
                        callback(VCard::fromElement(*card));
                        return;
                    }
                }
            }
            callback(VCard());
        });
}

void VCardManager::publish(const VCard &card, const QString &accessModel, QObject *context,
                           Callback callback)
{
    const Element pubsub =
        pepPublishPayload(kNode.toString(), QStringLiteral("current"), card.toElement(), accessModel);
    m_tracker->set(Jid(), pubsub, context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (result.ok())
                           callback(Status());
                       else
                           callback(result.error());
                   });
}

void VCardManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"message")
        return;
    const Element *event = stanza.findChild(u"event", kPubSubEventNs);
    if (!event)
        return;
    const Element *items = event->findChild(u"items", kPubSubEventNs);
    if (!items || items->attribute(u"node") != kNode)
        return;
    // PEP notifications come from the owner's bare JID (XEP-0163 §4.3.2).
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid() || !from.isBare() || from.local().isEmpty())
        return;
    Q_EMIT vcardChanged(from);
}

} // namespace teahouse::xmpp
