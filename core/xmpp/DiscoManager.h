#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/DiscoInfo.h"
#include "xmpp/DiscoItem.h"
#include "xmpp/Element.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// Service discovery (XEP-0030) and entity capabilities (XEP-0115): asks others what they
// are and support, answers the same about us, puts our <c/> on our presence, and learns
// contacts' features from theirs. A caps hash is cached only after the disco#info it
// stands for has been fetched and hashes to it: a wrong or forged 'ver' never poisons the
// cache shared by every contact announcing it.
class DiscoManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kCapsNs = u"http://jabber.org/protocol/caps";

    using InfoCallback = std::function<void(const Result<DiscoInfo> &)>;
    using ItemsCallback = std::function<void(const Result<QList<DiscoItem>> &)>;

    explicit DiscoManager(IqTracker *tracker, QObject *parent = nullptr);

    void requestInfo(const Jid &jid, const QString &node, QObject *context, InfoCallback callback);
    void requestItems(const Jid &jid, const QString &node, QObject *context,
                      ItemsCallback callback);

    // What we are and support (answers to disco#info, and the caps hash).
    void setIdentity(const DiscoInfo::Identity &identity);
    void setFeatures(const QStringList &features);
    void addFeature(const QString &feature);
    [[nodiscard]] DiscoInfo ownInfo() const;
    // XEP-0115 node: a URI naming the software.
    void setCapsNode(const QString &node) { m_capsNode = node; }
    [[nodiscard]] QString capsNode() const { return m_capsNode; }
    [[nodiscard]] QString ownVer() const;
    // <c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='…' ver='…'/>
    [[nodiscard]] Element capsElement() const;

    // Learned from verified caps: what a full JID announced, or nullopt when unknown (yet).
    [[nodiscard]] std::optional<DiscoInfo> infoForJid(const Jid &fullJid) const;
    [[nodiscard]] bool jidHasFeature(const Jid &fullJid, QStringView feature) const;
    [[nodiscard]] std::optional<DiscoInfo> cachedCaps(const QString &hash,
                                                      const QString &ver) const;
    // Pre-fills the cache (from storage); entries are trusted as given.
    void insertCachedCaps(const QString &hash, const QString &ver, const DiscoInfo &info);

Q_SIGNALS:
    // A contact's features became known (from the cache or a verified query).
    void capsResolved(const teahouse::Jid &fullJid, const teahouse::xmpp::DiscoInfo &info);
    // A caps hash was verified and cached (for the app to persist).
    void capsCached(const QString &hash, const QString &ver, const teahouse::xmpp::DiscoInfo &info);
    // What a contact announced did not match what it answered.
    void capsMismatch(const teahouse::Jid &fullJid, const QString &ver);

private:
    struct Announced
    {
        QString node;
        QString ver;
        QString hash;
    };

    void onStanza(const Element &stanza);
    bool handleInfoRequest(const Element &iq);
    bool handleItemsRequest(const Element &iq);
    void verifyCaps(const Jid &from, const Announced &caps);
    [[nodiscard]] static QString cacheKey(const QString &hash, const QString &ver);

    IqTracker *m_tracker;
    StanzaChannel *m_channel;
    DiscoInfo::Identity m_identity;
    QStringList m_features;
    QString m_capsNode;
    QHash<QString, DiscoInfo> m_capsCache; // "hash ver" -> info
    QHash<Jid, Announced> m_announced;     // full JID -> caps from its last presence
    QSet<QString> m_inFlight;              // cache keys being verified
    QHash<QString, QSet<Jid>> m_tried;     // cache key -> JIDs whose answer did not verify
};

} // namespace teahouse::xmpp

Q_DECLARE_METATYPE(teahouse::xmpp::DiscoInfo)
