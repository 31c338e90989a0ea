#include "xmpp/RosterManager.h"

#include "base/Logging.h"
#include "xmpp/IqTracker.h"
#include "xmpp/RosterCache.h"
#include "xmpp/StanzaChannel.h"
#include "xmpp/StanzaId.h"

#include <QPointer>

namespace teahouse::xmpp {

namespace {

constexpr QStringView kParsNs = u"urn:xmpp:pars:0";

Element rosterQuery()
{
    return Element(QStringLiteral("query"), RosterItem::kNamespace.toString());
}

void report(const RosterManager::Callback &callback, const Result<Element> &result)
{
    if (!callback)
        return;
    if (result.ok())
        callback(Status());
    else
        callback(result.error());
}

} // namespace

RosterManager::RosterManager(IqTracker *tracker, RosterCache *cache, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_channel(tracker->channel())
    , m_cache(cache)
{
    qRegisterMetaType<SubscriptionRequest>();
    m_items = m_cache->items();
    m_tracker->registerHandler(QStringLiteral("query"), RosterItem::kNamespace.toString(), this,
                               [this](const Element &iq) { return handlePush(iq); });
    connect(m_channel, &StanzaChannel::stanzaReceived, this, &RosterManager::onStanza);
    connect(m_channel, &StanzaChannel::sessionStarted, this, &RosterManager::onSessionStarted);
    // Gone for good: until the next fetch the roster is only what the cache holds.
    connect(m_channel, &StanzaChannel::sessionEnded, this, [this] { m_loaded = false; });
}

std::optional<RosterItem> RosterManager::item(const Jid &jid) const
{
    const Jid bare = jid.bare();
    for (const RosterItem &i : m_items) {
        if (i.jid == bare)
            return i;
    }
    return std::nullopt;
}

QString RosterManager::version() const
{
    return m_cache->version();
}

void RosterManager::onSessionStarted(bool resumed)
{
    if (resumed)
        return;
    m_loaded = false;
    if (m_autoFetch)
        fetch();
}

void RosterManager::fetch(QObject *context, Callback callback)
{
    Element query = rosterQuery();
    // RFC 6121 §2.6.2: ver='' asks for the full roster while saying we support versions.
    if (m_versioning)
        query.setAttribute(QStringLiteral("ver"), m_cache->version());
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_tracker->get(Jid(), query, this, [=, this](const Result<Element> &result) {
        if (result.ok()) {
            const Element *answer = result.value().findChild(u"query", RosterItem::kNamespace);
            if (answer) {
                handleFullRoster(*answer);
            } else {
                // An empty result: our cached version is current; changes come as pushes.
                m_items = m_cache->items();
                m_loaded = true;
                Q_EMIT rosterReceived();
            }
        } else {
            qCWarning(lcXmpp) << "Roster fetch failed:" << result.error().message;
        }
        if (!hasContext || guard)
            report(callback, result);
    });
}

void RosterManager::handleFullRoster(const Element &query)
{
    QList<RosterItem> items;
    for (const Element &element : query.childrenNamed(u"item", RosterItem::kNamespace)) {
        auto item = RosterItem::fromElement(element);
        if (!item.ok()) {
            qCWarning(lcXmpp) << "Skipping roster item:" << item.error().message;
            continue;
        }
        if (item->subscription == RosterItem::Subscription::Remove)
            continue;
        items.removeIf([&](const RosterItem &i) { return i.jid == item->jid; });
        items.append(*item);
    }
    const QString ver = m_versioning ? query.attribute(u"ver") : QString();
    if (const Status stored = m_cache->replaceAll(ver, items); !stored.ok()) {
        qCWarning(lcXmpp) << "Could not store the roster:" << stored.error().message;
        // Without a stored roster the stored version must not be used again.
        (void)m_cache->replaceAll(QString(), {});
    }
    m_items = items;
    m_loaded = true;
    for (const RosterItem &item : std::as_const(m_items)) {
        if (item.sharesOurPresence())
            removeRequest(item.jid);
    }
    Q_EMIT rosterReceived();
}

bool RosterManager::handlePush(const Element &iq)
{
    if (iq.attribute(u"type") != u"set")
        return false;
    // RFC 6121 §2.1.6: only the account itself (the server on its behalf) pushes roster
    // changes; from anyone else this is a forgery and is refused.
    const QString fromText = iq.attribute(u"from");
    if (!fromText.isEmpty()) {
        const Jid from = Jid::parse(fromText);
        const Jid own = m_channel->boundJid();
        if (!own.isValid() || !from.isValid() || from != own.bare()) {
            qCWarning(lcXmpp) << "Ignoring roster push from" << fromText;
            return false;
        }
    }
    const Element &query = iq.children().front();
    const QList<Element> elements = query.childrenNamed(u"item", RosterItem::kNamespace);
    if (elements.size() != 1) {
        m_tracker->sendError(iq, QStringLiteral("modify"), QStringLiteral("bad-request"));
        return true;
    }
    const auto item = RosterItem::fromElement(elements.front());
    if (!item.ok()) {
        m_tracker->sendError(iq, QStringLiteral("modify"), QStringLiteral("bad-request"));
        return true;
    }
    m_tracker->sendResult(iq);
    applyItem(m_versioning ? query.attribute(u"ver") : QString(), *item);
    return true;
}

void RosterManager::applyItem(const QString &version, const RosterItem &item)
{
    if (item.subscription == RosterItem::Subscription::Remove) {
        const auto removed =
            m_items.removeIf([&](const RosterItem &i) { return i.jid == item.jid; });
        if (const Status s = m_cache->remove(version, item.jid); !s.ok())
            qCWarning(lcXmpp) << "Could not store a roster change:" << s.error().message;
        if (removed > 0)
            Q_EMIT itemRemoved(item.jid);
        return;
    }
    bool replaced = false;
    for (RosterItem &existing : m_items) {
        if (existing.jid == item.jid) {
            existing = item;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_items.append(item);
    if (const Status s = m_cache->upsert(version, item); !s.ok())
        qCWarning(lcXmpp) << "Could not store a roster change:" << s.error().message;
    // Approved from another device: the request is settled.
    if (item.sharesOurPresence())
        removeRequest(item.jid);
    Q_EMIT itemChanged(item);
}

void RosterManager::addOrUpdate(const Jid &jid, const QString &name, const QStringList &groups,
                                QObject *context, Callback callback)
{
    RosterItem item;
    item.jid = jid.bare();
    item.name = name;
    item.groups = groups;
    Element element(QStringLiteral("item"), RosterItem::kNamespace.toString());
    element.setAttribute(QStringLiteral("jid"), item.jid.toString());
    if (!name.isEmpty())
        element.setAttribute(QStringLiteral("name"), name);
    QStringList seen;
    for (const QString &group : groups) {
        const QString trimmed = group.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed))
            continue;
        seen.append(trimmed);
        element.addTextChild(QStringLiteral("group"), trimmed);
    }
    Element query = rosterQuery();
    query.appendChild(element);
    m_tracker->set(Jid(), query, context,
                   [callback](const Result<Element> &r) { report(callback, r); });
}

void RosterManager::remove(const Jid &jid, QObject *context, Callback callback)
{
    Element query = rosterQuery();
    query.addChild(QStringLiteral("item"))
        .setAttribute(QStringLiteral("jid"), jid.bare().toString())
        .setAttribute(QStringLiteral("subscription"), QStringLiteral("remove"));
    m_tracker->set(Jid(), query, context,
                   [callback](const Result<Element> &r) { report(callback, r); });
}

void RosterManager::sendPresence(const Jid &to, QStringView type, Element extra,
                                 const QString &status)
{
    Element presence(QStringLiteral("presence"), IqTracker::kClientNs.toString());
    presence.setAttribute(QStringLiteral("id"), StanzaId::generate());
    presence.setAttribute(QStringLiteral("to"), to.bare().toString());
    presence.setAttribute(QStringLiteral("type"), type.toString());
    if (!status.isEmpty())
        presence.addTextChild(QStringLiteral("status"), status);
    if (!extra.isNull())
        presence.appendChild(std::move(extra));
    m_channel->sendStanza(presence);
}

void RosterManager::subscribe(const Jid &jid, const QString &message, const QString &preauthToken)
{
    Element preauth;
    if (!preauthToken.isEmpty()) {
        preauth = Element(QStringLiteral("preauth"), kParsNs.toString());
        preauth.setAttribute(QStringLiteral("token"), preauthToken);
    }
    sendPresence(jid, u"subscribe", preauth, message);
}

void RosterManager::approve(const Jid &jid)
{
    sendPresence(jid, u"subscribed");
    removeRequest(jid.bare());
}

void RosterManager::deny(const Jid &jid)
{
    sendPresence(jid, u"unsubscribed");
    removeRequest(jid.bare());
}

void RosterManager::unsubscribe(const Jid &jid)
{
    sendPresence(jid, u"unsubscribe");
}

bool RosterManager::removeRequest(const Jid &jid)
{
    const auto removed =
        m_requests.removeIf([&](const SubscriptionRequest &r) { return r.from == jid; });
    if (removed > 0)
        Q_EMIT pendingRequestsChanged();
    return removed > 0;
}

void RosterManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"presence")
        return;
    const QString type = stanza.attribute(u"type");
    if (type != u"subscribe" && type != u"subscribed" && type != u"unsubscribe" &&
        type != u"unsubscribed")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from")).bare();
    if (!from.isValid())
        return;
    const Jid own = m_channel->boundJid();
    if (own.isValid() && from == own.bare())
        return;

    if (type == u"subscribe") {
        SubscriptionRequest request;
        request.from = from;
        request.message = stanza.childText(u"status", IqTracker::kClientNs).trimmed();
        if (const Element *preauth = stanza.findChild(u"preauth", kParsNs))
            request.preauthToken = preauth->attribute(u"token");
        bool known = false;
        for (SubscriptionRequest &existing : m_requests) {
            if (existing.from == from) {
                if (existing == request)
                    return; // the server repeats pending requests at each session
                existing = request;
                known = true;
            }
        }
        if (!known)
            m_requests.append(request);
        Q_EMIT subscriptionRequested(request);
        Q_EMIT pendingRequestsChanged();
    } else if (type == u"subscribed") {
        Q_EMIT subscriptionApproved(from);
    } else if (type == u"unsubscribed") {
        Q_EMIT subscriptionRefused(from);
    } else {
        // The contact withdrew its request or stopped watching us.
        removeRequest(from);
        Q_EMIT contactUnsubscribed(from);
    }
}

} // namespace teahouse::xmpp
