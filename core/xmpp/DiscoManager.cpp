#include "xmpp/DiscoManager.h"

#include "base/Logging.h"
#include "xmpp/CapsVerification.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

namespace {

// Caps queries in flight at once; a flood of presences with fresh hashes cannot make us
// send an unbounded number of queries.
constexpr int kMaxCapsQueries = 32;

} // namespace

DiscoManager::DiscoManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_channel(tracker->channel())
    , m_identity{QStringLiteral("client"), QStringLiteral("pc"), QStringLiteral("Teahouse"), {}}
    , m_features{DiscoInfo::kNamespace.toString(), kCapsNs.toString()}
    , m_capsNode(QStringLiteral("https://teahouse.example/caps"))
{
    qRegisterMetaType<DiscoInfo>();
    m_tracker->registerHandler(QStringLiteral("query"), DiscoInfo::kNamespace.toString(), this,
                               [this](const Element &iq) { return handleInfoRequest(iq); });
    m_tracker->registerHandler(QStringLiteral("query"), DiscoItem::kNamespace.toString(), this,
                               [this](const Element &iq) { return handleItemsRequest(iq); });
    connect(m_channel, &StanzaChannel::stanzaReceived, this, &DiscoManager::onStanza);
    // What contacts announced belongs to the session that is gone.
    connect(m_channel, &StanzaChannel::sessionEnded, this, [this] {
        m_announced.clear();
        m_tried.clear();
    });
}

void DiscoManager::requestInfo(const Jid &jid, const QString &node, QObject *context,
                               InfoCallback callback)
{
    Element query(QStringLiteral("query"), DiscoInfo::kNamespace.toString());
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    m_tracker->get(jid, query, context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (!result.ok()) {
                           callback(result.error());
                           return;
                       }
                       const Element *q = result.value().findChild(u"query", DiscoInfo::kNamespace);
                       if (!q) {
                           callback(Error::make(Error::Code::Protocol,
                                                QStringLiteral("disco#info result without query")));
                           return;
                       }
                       callback(DiscoInfo::fromQuery(*q));
                   });
}

void DiscoManager::requestItems(const Jid &jid, const QString &node, QObject *context,
                                ItemsCallback callback)
{
    Element query(QStringLiteral("query"), DiscoItem::kNamespace.toString());
    if (!node.isEmpty())
        query.setAttribute(QStringLiteral("node"), node);
    m_tracker->get(jid, query, context,
                   [callback = std::move(callback)](const Result<Element> &result) {
                       if (!result.ok()) {
                           callback(result.error());
                           return;
                       }
                       const Element *q = result.value().findChild(u"query", DiscoItem::kNamespace);
                       if (!q) {
                           callback(QList<DiscoItem>());
                           return;
                       }
                       callback(DiscoItem::listFromQuery(*q));
                   });
}

void DiscoManager::setIdentity(const DiscoInfo::Identity &identity)
{
    m_identity = identity;
}

void DiscoManager::setFeatures(const QStringList &features)
{
    m_features = features;
    // Required of every entity that answers disco#info (XEP-0030 §3.1) and sends caps.
    for (const QStringView required : {DiscoInfo::kNamespace, kCapsNs}) {
        if (!m_features.contains(required))
            m_features.append(required.toString());
    }
    m_features.removeDuplicates();
}

void DiscoManager::addFeature(const QString &feature)
{
    if (!m_features.contains(feature))
        m_features.append(feature);
}

DiscoInfo DiscoManager::ownInfo() const
{
    DiscoInfo info;
    info.identities = {m_identity};
    info.features = m_features;
    return info;
}

QString DiscoManager::ownVer() const
{
    const auto ver = CapsVerification::verFromDiscoInfo(ownInfo().toQuery());
    return ver.ok() ? ver.value() : QString();
}

Element DiscoManager::capsElement() const
{
    Element c(QStringLiteral("c"), kCapsNs.toString());
    c.setAttribute(QStringLiteral("hash"), QStringLiteral("sha-1"));
    c.setAttribute(QStringLiteral("node"), m_capsNode);
    c.setAttribute(QStringLiteral("ver"), ownVer());
    return c;
}

bool DiscoManager::handleInfoRequest(const Element &iq)
{
    if (iq.attribute(u"type") != u"get")
        return false;
    const QString node = iq.children().front().attribute(u"node");
    // No node, or our caps node#ver (XEP-0115 §6.2); anything else we do not have.
    if (!node.isEmpty() && node != m_capsNode + u'#' + ownVer()) {
        m_tracker->sendError(iq, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
        return true;
    }
    DiscoInfo info = ownInfo();
    info.node = node;
    m_tracker->sendResult(iq, info.toQuery());
    return true;
}

bool DiscoManager::handleItemsRequest(const Element &iq)
{
    if (iq.attribute(u"type") != u"get")
        return false;
    const QString node = iq.children().front().attribute(u"node");
    if (!node.isEmpty()) {
        m_tracker->sendError(iq, QStringLiteral("cancel"), QStringLiteral("item-not-found"));
        return true;
    }
    // A client offers no items.
    m_tracker->sendResult(iq, Element(QStringLiteral("query"), DiscoItem::kNamespace.toString()));
    return true;
}

QString DiscoManager::cacheKey(const QString &hash, const QString &ver)
{
    return hash + u' ' + ver;
}

std::optional<DiscoInfo> DiscoManager::cachedCaps(const QString &hash, const QString &ver) const
{
    const auto it = m_capsCache.constFind(cacheKey(hash, ver));
    if (it == m_capsCache.constEnd())
        return std::nullopt;
    return *it;
}

void DiscoManager::insertCachedCaps(const QString &hash, const QString &ver, const DiscoInfo &info)
{
    m_capsCache.insert(cacheKey(hash, ver), info);
}

std::optional<DiscoInfo> DiscoManager::infoForJid(const Jid &fullJid) const
{
    const auto it = m_announced.constFind(fullJid);
    if (it == m_announced.constEnd())
        return std::nullopt;
    return cachedCaps(it->hash, it->ver);
}

bool DiscoManager::jidHasFeature(const Jid &fullJid, QStringView feature) const
{
    const auto info = infoForJid(fullJid);
    return info && info->hasFeature(feature);
}

void DiscoManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"presence")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid())
        return;
    const QString type = stanza.attribute(u"type");
    if (type == u"unavailable" || type == u"error") {
        m_announced.remove(from);
        return;
    }
    if (!type.isEmpty())
        return;
    const Element *c = stanza.findChild(u"c", kCapsNs);
    if (!c) {
        m_announced.remove(from);
        return;
    }
    Announced caps{c->attribute(u"node"), c->attribute(u"ver"), c->attribute(u"hash")};
    // Legacy caps (no 'hash', XEP-0115 before 1.5) cannot be verified: not used.
    if (caps.ver.isEmpty() || caps.node.isEmpty() ||
        !CapsVerification::algorithmForName(caps.hash)) {
        m_announced.remove(from);
        return;
    }
    m_announced.insert(from, caps);
    if (const auto cached = cachedCaps(caps.hash, caps.ver)) {
        Q_EMIT capsResolved(from, *cached);
        return;
    }
    verifyCaps(from, caps);
}

void DiscoManager::verifyCaps(const Jid &from, const Announced &caps)
{
    const QString key = cacheKey(caps.hash, caps.ver);
    if (m_inFlight.contains(key) || m_inFlight.size() >= kMaxCapsQueries)
        return;
    m_inFlight.insert(key);
    const QString node = caps.node + u'#' + caps.ver;
    Element query(QStringLiteral("query"), DiscoInfo::kNamespace.toString());
    query.setAttribute(QStringLiteral("node"), node);
    m_tracker->get(from, query, this, [this, from, caps, key](const Result<Element> &result) {
        m_inFlight.remove(key);
        const Element *q =
            result.ok() ? result.value().findChild(u"query", DiscoInfo::kNamespace) : nullptr;
        const auto algorithm = CapsVerification::algorithmForName(caps.hash);
        const auto computed = q && algorithm
                                  ? CapsVerification::verFromDiscoInfo(*q, *algorithm)
                                  : Result<QString>(Error::make(Error::Code::Protocol, {}));
        const auto info = q ? DiscoInfo::fromQuery(*q)
                            : Result<DiscoInfo>(Error::make(Error::Code::Protocol, {}));
        if (!computed.ok() || computed.value() != caps.ver || !info.ok()) {
            if (result.ok()) {
                qCWarning(lcXmpp) << "caps hash mismatch from" << from.toString();
                Q_EMIT capsMismatch(from, caps.ver);
            }
            // Someone else announcing the same hash may answer truthfully: ask the next one.
            m_tried[key].insert(from);
            for (auto it = m_announced.cbegin(); it != m_announced.cend(); ++it) {
                if (it->hash == caps.hash && it->ver == caps.ver &&
                    !m_tried.value(key).contains(it.key())) {
                    verifyCaps(it.key(), *it);
                    break;
                }
            }
            return;
        }
        m_tried.remove(key);
        m_capsCache.insert(key, info.value());
        Q_EMIT capsCached(caps.hash, caps.ver, info.value());
        // Everyone who announced this hash meanwhile is resolved too.
        for (auto it = m_announced.cbegin(); it != m_announced.cend(); ++it) {
            if (it->hash == caps.hash && it->ver == caps.ver)
                Q_EMIT capsResolved(it.key(), info.value());
        }
    });
}

} // namespace teahouse::xmpp
