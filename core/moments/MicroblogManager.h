#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>

namespace teahouse::xmpp {
class IqTracker;
class StanzaChannel;
} // namespace teahouse::xmpp

namespace teahouse::moments {

// The XEP-0060/0163 operations Moments needs on PEP nodes: create and configure (access and
// publish models, XEP-0060 §8.2), publish, retract, delete, fetch items, owner-managed
// affiliations (the whitelist, §8.9) and subscriptions (§8.8), node listing (disco#items); and
// the pubsub#event notifications that arrive as messages. Event senders must be a bare JID (a
// PEP service speaks as its account), anything else is dropped.
class MicroblogManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kPubsubNs = u"http://jabber.org/protocol/pubsub";
    static constexpr QStringView kOwnerNs = u"http://jabber.org/protocol/pubsub#owner";
    static constexpr QStringView kEventNs = u"http://jabber.org/protocol/pubsub#event";

    struct NodeConfig
    {
        QString accessModel = QStringLiteral("presence");
        QString publishModel = QStringLiteral("publishers");
        QString maxItems = QStringLiteral("max");
    };
    struct Item
    {
        QString id;
        QString publisher; // the publisher attribute where the service stamps it
        xmpp::Element payload;
    };

    MicroblogManager(xmpp::StanzaChannel *channel, xmpp::IqTracker *iq, QObject *parent = nullptr);

    using Done = std::function<void(const Status &)>;

    // Creates the node on our own PEP service with this configuration; when it exists already
    // (conflict), configures it instead.
    void ensureNode(const QString &node, const NodeConfig &config, QObject *context, Done done);
    void configureNode(const QString &node, const NodeConfig &config, QObject *context, Done done);
    // Publishes one item; service invalid = our own PEP. done gets the item id.
    void publish(const Jid &service, const QString &node, const QString &itemId,
                 xmpp::Element payload, QObject *context,
                 std::function<void(const Result<QString> &)> done);
    void retract(const Jid &service, const QString &node, const QString &itemId, QObject *context,
                 Done done);
    void deleteNode(const QString &node, QObject *context, Done done);
    // jid → affiliation ("member", "none") on our own node.
    void setAffiliations(const QString &node, const QList<std::pair<Jid, QString>> &affiliations,
                         QObject *context, Done done);
    // jid → "subscribed" / "none" on our own node.
    void setSubscriptions(const QString &node, const QList<std::pair<Jid, QString>> &subscriptions,
                          QObject *context, Done done);
    void subscribe(const Jid &service, const QString &node, QObject *context, Done done);
    // Items of the node, newest first as the service returns them; maxItems 0 = all.
    void fetchItems(const Jid &service, const QString &node, int maxItems, QObject *context,
                    std::function<void(const Result<QList<Item>> &)> done);
    // Node names of a PEP service (disco#items on its bare JID).
    void listNodes(const Jid &service, QObject *context,
                   std::function<void(const Result<QStringList> &)> done);

    [[nodiscard]] static xmpp::Element configForm(const NodeConfig &config, bool submit = true);

Q_SIGNALS:
    void itemsPublished(const teahouse::Jid &service, const QString &node,
                        const QList<teahouse::moments::MicroblogManager::Item> &items);
    void itemsRetracted(const teahouse::Jid &service, const QString &node, const QStringList &ids);
    void nodeDeleted(const teahouse::Jid &service, const QString &node);

private:
    void onStanza(const xmpp::Element &stanza);
    void sendSet(const Jid &to, xmpp::Element payload, QObject *context, Done done);

    QPointer<xmpp::StanzaChannel> m_channel;
    xmpp::IqTracker *m_iq;
};

} // namespace teahouse::moments
