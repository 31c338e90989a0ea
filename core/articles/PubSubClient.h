#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/DiscoItem.h"
#include "xmpp/Element.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace teahouse::xmpp {
class IqTracker;
class StanzaChannel;
} // namespace teahouse::xmpp

namespace teahouse::articles {

// The subscriber's side of XEP-0060 for official accounts: the nodes of a pubsub service
// (disco#items), a node's metadata (disco#info with the pubsub#meta-data form), subscribe,
// unsubscribe, retrieve items, and the event notifications the service sends. Notifications
// are accepted only from the service itself, so nobody else can inject articles.
class PubSubClient : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kPubSubNs = u"http://jabber.org/protocol/pubsub";
    static constexpr QStringView kEventNs = u"http://jabber.org/protocol/pubsub#event";
    static constexpr QStringView kMetaDataForm = u"http://jabber.org/protocol/pubsub#meta-data";

    struct NodeMeta
    {
        QString title;
        QString description;
        QString type;
    };
    struct Item
    {
        QString id;
        xmpp::Element payload;
    };

    PubSubClient(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq, QObject *parent = nullptr);

    // Only this service's notifications are accepted.
    void setService(const Jid &service) { m_service = service; }
    [[nodiscard]] Jid service() const { return m_service; }

    void listNodes(QObject *context, std::function<void(Result<QList<xmpp::DiscoItem>>)> done);
    void nodeMeta(const QString &node, QObject *context,
                  std::function<void(Result<NodeMeta>)> done);
    void subscribe(const QString &node, QObject *context, std::function<void(Status)> done);
    void unsubscribe(const QString &node, QObject *context, std::function<void(Status)> done);
    // The nodes this account is subscribed to on the service (XEP-0060 §5.6): what was
    // followed on another device, or by the publisher on the user's behalf.
    void subscriptions(QObject *context, std::function<void(Result<QStringList>)> done);
    // The newest `max` items (0 = all the service keeps).
    void items(const QString &node, int max, QObject *context,
               std::function<void(Result<QList<Item>>)> done);

    // Payload builders, shared with the tests.
    [[nodiscard]] static xmpp::Element subscribePayload(const QString &node, const Jid &jid);
    [[nodiscard]] static xmpp::Element unsubscribePayload(const QString &node, const Jid &jid);
    [[nodiscard]] static xmpp::Element itemsPayload(const QString &node, int max);
    [[nodiscard]] static Result<NodeMeta> parseMeta(const xmpp::Element &query);
    [[nodiscard]] static QList<Item> parseItems(const xmpp::Element &itemsParent);

Q_SIGNALS:
    void itemPublished(const QString &node, const QString &itemId,
                       const teahouse::xmpp::Element &payload);
    void itemRetracted(const QString &node, const QString &itemId);

private:
    void onStanza(const xmpp::Element &stanza);

    QPointer<xmpp::StanzaChannel> m_channel;
    xmpp::IqTracker *m_iq;
    Jid m_service;
};

} // namespace teahouse::articles
