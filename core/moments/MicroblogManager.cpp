#include "moments/MicroblogManager.h"

#include "xmpp/DataForm.h"
#include "xmpp/DiscoItem.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::moments {

using xmpp::Element;

namespace {

const QString pubsubNs = MicroblogManager::kPubsubNs.toString();
const QString ownerNs = MicroblogManager::kOwnerNs.toString();

Element pubsub(const QString &ns = pubsubNs)
{
    return Element(QStringLiteral("pubsub"), ns);
}

} // namespace

MicroblogManager::MicroblogManager(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq,
                                   QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_iq(iq)
{
    if (channel)
        connect(channel, &xmpp::StanzaChannel::stanzaReceived, this, &MicroblogManager::onStanza);
}

Element MicroblogManager::configForm(const NodeConfig &config, bool submit)
{
    xmpp::DataForm form(submit ? xmpp::DataForm::Type::Submit : xmpp::DataForm::Type::Form);
    xmpp::DataForm::Field type;
    type.var = QStringLiteral("FORM_TYPE");
    type.type = QStringLiteral("hidden");
    type.values = {QStringLiteral("http://jabber.org/protocol/pubsub#node_config")};
    form.addField(type);
    form.setValue(QStringLiteral("pubsub#access_model"), config.accessModel);
    form.setValue(QStringLiteral("pubsub#publish_model"), config.publishModel);
    form.setValue(QStringLiteral("pubsub#max_items"), config.maxItems);
    form.setValue(QStringLiteral("pubsub#persist_items"), QStringLiteral("true"));
    // XEP-0277 §7: retractions must reach the readers; the last item is not pushed.
    form.setValue(QStringLiteral("pubsub#notify_retract"), QStringLiteral("true"));
    form.setValue(QStringLiteral("pubsub#notify_delete"), QStringLiteral("true"));
    form.setValue(QStringLiteral("pubsub#send_last_published_item"), QStringLiteral("never"));
    return form.toElement();
}

void MicroblogManager::sendSet(const Jid &to, Element payload, QObject *context, Done done)
{
    m_iq->set(to, std::move(payload), context, [done](const Result<Element> &r) {
        if (r.ok())
            done(Status());
        else
            done(r.error());
    });
}

void MicroblogManager::ensureNode(const QString &node, const NodeConfig &config, QObject *context,
                                  Done done)
{
    Element p = pubsub();
    p.addChild(QStringLiteral("create")).setAttribute(QStringLiteral("node"), node);
    p.addChild(QStringLiteral("configure")).appendChild(configForm(config));
    QPointer<QObject> guard(context);
    m_iq->set(Jid(), std::move(p), context,
              [this, node, config, guard, done](const Result<Element> &r) {
                  if (r.ok()) {
                      done(Status());
                      return;
                  }
                  if (xmpp::IqTracker::errorCondition(r.error()) == u"conflict") {
                      configureNode(node, config, guard, done);
                      return;
                  }
                  done(r.error());
              });
}

void MicroblogManager::configureNode(const QString &node, const NodeConfig &config,
                                     QObject *context, Done done)
{
    Element p = pubsub(ownerNs);
    Element &configure = p.addChild(QStringLiteral("configure"));
    configure.setAttribute(QStringLiteral("node"), node);
    configure.appendChild(configForm(config));
    sendSet(Jid(), std::move(p), context, std::move(done));
}

void MicroblogManager::publish(const Jid &service, const QString &node, const QString &itemId,
                               Element payload, QObject *context,
                               std::function<void(const Result<QString> &)> done)
{
    Element p = pubsub();
    Element &publish = p.addChild(QStringLiteral("publish"));
    publish.setAttribute(QStringLiteral("node"), node);
    Element &item = publish.addChild(QStringLiteral("item"));
    if (!itemId.isEmpty())
        item.setAttribute(QStringLiteral("id"), itemId);
    item.appendChild(std::move(payload));
    m_iq->set(service, std::move(p), context, [itemId, done](const Result<Element> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QString id = itemId;
        if (const Element *ps = r.value().findChild(u"pubsub", kPubsubNs)) {
            if (const Element *pub = ps->findChild(u"publish", kPubsubNs)) {
                const QString given = pub->firstChild(u"item").attribute(u"id");
                if (!given.isEmpty())
                    id = given;
            }
        }
        done(id);
    });
}

void MicroblogManager::retract(const Jid &service, const QString &node, const QString &itemId,
                               QObject *context, Done done)
{
    Element p = pubsub();
    Element &retract = p.addChild(QStringLiteral("retract"));
    retract.setAttribute(QStringLiteral("node"), node);
    retract.setAttribute(QStringLiteral("notify"), QStringLiteral("true"));
    retract.addChild(QStringLiteral("item")).setAttribute(QStringLiteral("id"), itemId);
    sendSet(service, std::move(p), context, std::move(done));
}

void MicroblogManager::deleteNode(const QString &node, QObject *context, Done done)
{
    Element p = pubsub(ownerNs);
    p.addChild(QStringLiteral("delete")).setAttribute(QStringLiteral("node"), node);
    sendSet(Jid(), std::move(p), context, std::move(done));
}

void MicroblogManager::setAffiliations(const QString &node,
                                       const QList<std::pair<Jid, QString>> &affiliations,
                                       QObject *context, Done done)
{
    Element p = pubsub(ownerNs);
    Element &list = p.addChild(QStringLiteral("affiliations"));
    list.setAttribute(QStringLiteral("node"), node);
    for (const auto &[jid, affiliation] : affiliations) {
        Element &a = list.addChild(QStringLiteral("affiliation"));
        a.setAttribute(QStringLiteral("jid"), jid.bareString());
        a.setAttribute(QStringLiteral("affiliation"), affiliation);
    }
    sendSet(Jid(), std::move(p), context, std::move(done));
}

void MicroblogManager::setSubscriptions(const QString &node,
                                        const QList<std::pair<Jid, QString>> &subscriptions,
                                        QObject *context, Done done)
{
    Element p = pubsub(ownerNs);
    Element &list = p.addChild(QStringLiteral("subscriptions"));
    list.setAttribute(QStringLiteral("node"), node);
    for (const auto &[jid, state] : subscriptions) {
        Element &s = list.addChild(QStringLiteral("subscription"));
        s.setAttribute(QStringLiteral("jid"), jid.bareString());
        s.setAttribute(QStringLiteral("subscription"), state);
    }
    sendSet(Jid(), std::move(p), context, std::move(done));
}

void MicroblogManager::subscribe(const Jid &service, const QString &node, QObject *context,
                                 Done done)
{
    Element p = pubsub();
    Element &s = p.addChild(QStringLiteral("subscribe"));
    s.setAttribute(QStringLiteral("node"), node);
    const Jid own = m_channel ? m_channel->boundJid() : Jid();
    s.setAttribute(QStringLiteral("jid"), own.bareString());
    sendSet(service, std::move(p), context, std::move(done));
}

void MicroblogManager::fetchItems(const Jid &service, const QString &node, int maxItems,
                                  QObject *context,
                                  std::function<void(const Result<QList<Item>> &)> done)
{
    Element p = pubsub();
    Element &items = p.addChild(QStringLiteral("items"));
    items.setAttribute(QStringLiteral("node"), node);
    if (maxItems > 0)
        items.setAttribute(QStringLiteral("max_items"), QString::number(maxItems));
    m_iq->get(service, std::move(p), context, [done](const Result<Element> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QList<Item> out;
        if (const Element *ps = r.value().findChild(u"pubsub", kPubsubNs)) {
            if (const Element *list = ps->findChild(u"items", kPubsubNs)) {
                for (const Element &item : list->childrenNamed(u"item", kPubsubNs)) {
                    Item i;
                    i.id = item.attribute(u"id");
                    i.publisher = item.attribute(u"publisher");
                    if (!item.children().empty())
                        i.payload = item.children().front();
                    out.append(std::move(i));
                }
            }
        }
        done(out);
    });
}

void MicroblogManager::listNodes(const Jid &service, QObject *context,
                                 std::function<void(const Result<QStringList> &)> done)
{
    m_iq->get(service, Element(QStringLiteral("query"), xmpp::DiscoItem::kNamespace.toString()),
              context, [done](const Result<Element> &r) {
                  if (!r.ok()) {
                      done(r.error());
                      return;
                  }
                  QStringList nodes;
                  const Element query =
                      r.value().firstChild(u"query", xmpp::DiscoItem::kNamespace);
                  for (const Element &item : query.childrenNamed(u"item"))
                      if (item.hasAttribute(u"node"))
                          nodes.append(item.attribute(u"node"));
                  done(nodes);
              });
}

void MicroblogManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"message")
        return;
    const Element *event = stanza.findChild(u"event", kEventNs);
    if (!event)
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    // A PEP service speaks as the account's bare JID; a full JID is some client pretending.
    if (!from.isValid() || !from.isBare() || from.local().isEmpty())
        return;
    for (const Element &child : event->children()) {
        const QString node = child.attribute(u"node");
        if (node.isEmpty())
            continue;
        if (child.name() == u"items") {
            QList<Item> published;
            QStringList retracted;
            for (const Element &e : child.children()) {
                if (e.name() == u"item") {
                    Item i;
                    i.id = e.attribute(u"id");
                    i.publisher = e.attribute(u"publisher");
                    if (!e.children().empty())
                        i.payload = e.children().front();
                    if (!i.id.isEmpty())
                        published.append(std::move(i));
                } else if (e.name() == u"retract") {
                    if (e.hasAttribute(u"id"))
                        retracted.append(e.attribute(u"id"));
                }
            }
            if (!published.isEmpty())
                Q_EMIT itemsPublished(from, node, published);
            if (!retracted.isEmpty())
                Q_EMIT itemsRetracted(from, node, retracted);
        } else if (child.name() == u"delete") {
            Q_EMIT nodeDeleted(from, node);
        }
    }
}

} // namespace teahouse::moments
