#include "articles/PubSubClient.h"

#include "articles/ArticlesLogging.h"
#include "xmpp/DataForm.h"
#include "xmpp/DiscoInfo.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::articles {

using xmpp::Element;

PubSubClient::PubSubClient(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_iq(iq)
{
    if (channel)
        connect(channel, &xmpp::StanzaChannel::stanzaReceived, this, &PubSubClient::onStanza);
}

void PubSubClient::listNodes(QObject *context,
                             std::function<void(Result<QList<xmpp::DiscoItem>>)> done)
{
    m_iq->get(m_service, Element(QStringLiteral("query"), xmpp::DiscoItem::kNamespace.toString()),
              context, [done](const Result<Element> &r) {
                  if (!r.ok())
                      return done(r.error());
                  const Element *query =
                      r->findChild(u"query", xmpp::DiscoItem::kNamespace);
                  if (!query)
                      return done(QList<xmpp::DiscoItem>());
                  done(xmpp::DiscoItem::listFromQuery(*query));
              });
}

Result<PubSubClient::NodeMeta> PubSubClient::parseMeta(const Element &query)
{
    auto info = xmpp::DiscoInfo::fromQuery(query);
    if (!info.ok())
        return info.error();
    NodeMeta meta;
    if (const xmpp::DataForm *form = info->form(kMetaDataForm)) {
        if (const auto *f = form->field(u"pubsub#title"))
            meta.title = f->value();
        if (const auto *f = form->field(u"pubsub#description"))
            meta.description = f->value();
        if (const auto *f = form->field(u"pubsub#type"))
            meta.type = f->value();
    }
    if (meta.title.isEmpty()) {
        for (const auto &identity : info->identities) {
            if (!identity.name.isEmpty()) {
                meta.title = identity.name;
                break;
            }
        }
    }
    return meta;
}

void PubSubClient::nodeMeta(const QString &node, QObject *context,
                            std::function<void(Result<NodeMeta>)> done)
{
    Element query(QStringLiteral("query"), xmpp::DiscoInfo::kNamespace.toString());
    query.setAttribute(QStringLiteral("node"), node);
    m_iq->get(m_service, query, context, [done](const Result<Element> &r) {
        if (!r.ok())
            return done(r.error());
        const Element *q = r->findChild(u"query", xmpp::DiscoInfo::kNamespace);
        if (!q)
            return done(Error::make(Error::Code::Protocol, QStringLiteral("No disco#info")));
        done(parseMeta(*q));
    });
}

Element PubSubClient::subscribePayload(const QString &node, const Jid &jid)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    pubsub.addChild(QStringLiteral("subscribe"))
        .setAttribute(QStringLiteral("node"), node)
        .setAttribute(QStringLiteral("jid"), jid.toString());
    return pubsub;
}

Element PubSubClient::unsubscribePayload(const QString &node, const Jid &jid)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    pubsub.addChild(QStringLiteral("unsubscribe"))
        .setAttribute(QStringLiteral("node"), node)
        .setAttribute(QStringLiteral("jid"), jid.toString());
    return pubsub;
}

Element PubSubClient::itemsPayload(const QString &node, int max)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    Element &items = pubsub.addChild(QStringLiteral("items"));
    items.setAttribute(QStringLiteral("node"), node);
    if (max > 0)
        items.setAttribute(QStringLiteral("max_items"), QString::number(max));
    return pubsub;
}

void PubSubClient::subscribe(const QString &node, QObject *context,
                             std::function<void(Status)> done)
{
    // Subscribed with the bare JID (XEP-0060 §6.1): every resource gets the notifications.
    const Jid me = m_channel ? m_channel->boundJid().bare() : Jid();
    m_iq->set(m_service, subscribePayload(node, me), context, [done](const Result<Element> &r) {
        done(r.ok() ? Status() : Status(r.error()));
    });
}

void PubSubClient::unsubscribe(const QString &node, QObject *context,
                               std::function<void(Status)> done)
{
    const Jid me = m_channel ? m_channel->boundJid().bare() : Jid();
    m_iq->set(m_service, unsubscribePayload(node, me), context, [done](const Result<Element> &r) {
        // Not subscribed (any more) is what unsubscribing wants.
        if (!r.ok() && xmpp::IqTracker::errorCondition(r.error()) == u"unexpected-request")
            return done(Status());
        done(r.ok() ? Status() : Status(r.error()));
    });
}

void PubSubClient::subscriptions(QObject *context,
                                 std::function<void(Result<QStringList>)> done)
{
    Element pubsub(QStringLiteral("pubsub"), kPubSubNs.toString());
    pubsub.addChild(QStringLiteral("subscriptions"));
    m_iq->get(m_service, pubsub, context, [done](const Result<Element> &r) {
        if (!r.ok())
            return done(r.error());
        QStringList nodes;
        const Element *p = r->findChild(u"pubsub", kPubSubNs);
        const Element *subs = p ? p->findChild(u"subscriptions") : nullptr;
        if (subs) {
            for (const Element &sub : subs->childrenNamed(u"subscription")) {
                if (sub.attribute(u"subscription") == u"subscribed" && !sub.attribute(u"node").isEmpty()
                    && !nodes.contains(sub.attribute(u"node")))
                    nodes.append(sub.attribute(u"node"));
            }
        }
        done(nodes);
    });
}

QList<PubSubClient::Item> PubSubClient::parseItems(const Element &itemsParent)
{
    QList<Item> list;
    for (const Element &item : itemsParent.childrenNamed(u"item")) {
        Item i;
        i.id = item.attribute(u"id");
        if (!item.children().empty())
            i.payload = item.children().front();
        list.append(i);
    }
    return list;
}

void PubSubClient::items(const QString &node, int max, QObject *context,
                         std::function<void(Result<QList<Item>>)> done)
{
    m_iq->get(m_service, itemsPayload(node, max), context, [done](const Result<Element> &r) {
        if (!r.ok())
            return done(r.error());
        const Element *pubsub = r->findChild(u"pubsub", kPubSubNs);
        const Element *items = pubsub ? pubsub->findChild(u"items") : nullptr;
        done(items ? parseItems(*items) : QList<Item>());
    });
}

void PubSubClient::onStanza(const Element &stanza)
{
    if (stanza.name() != u"message" || !m_service.isValid())
        return;
    const Element *event = stanza.findChild(u"event", kEventNs);
    if (!event)
        return;
    if (Jid::parse(stanza.attribute(u"from")) != m_service) {
        qCInfo(lcArticles) << "pubsub event from" << stanza.attribute(u"from")
                           << "ignored: not the official-account service";
        return;
    }
    const Element *items = event->findChild(u"items", kEventNs);
    if (!items)
        return;
    const QString node = items->attribute(u"node");
    for (const Element &child : items->children()) {
        const QString id = child.attribute(u"id");
        if (child.name() == u"item" && !child.children().empty())
            Q_EMIT itemPublished(node, id, child.children().front());
        else if (child.name() == u"retract")
            Q_EMIT itemRetracted(node, id);
    }
}

} // namespace teahouse::articles
