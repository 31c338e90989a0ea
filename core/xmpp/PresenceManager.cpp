#include "xmpp/PresenceManager.h"

#include "base/Logging.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

#include <algorithm>

namespace teahouse::xmpp {

namespace {

constexpr QStringView kCapsNs = u"http://jabber.org/protocol/caps";

// Higher is more available; breaks priority ties when picking a resource.
int availability(PresenceManager::Show show)
{
    switch (show) {
    case PresenceManager::Show::Chat:
        return 4;
    case PresenceManager::Show::Online:
        return 3;
    case PresenceManager::Show::Away:
        return 2;
    case PresenceManager::Show::ExtendedAway:
        return 1;
    case PresenceManager::Show::DoNotDisturb:
        return 0;
    }
    return 0;
}

} // namespace

PresenceManager::PresenceManager(StanzaChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{
    qRegisterMetaType<Resource>();
    connect(channel, &StanzaChannel::stanzaReceived, this, &PresenceManager::onStanza);
    connect(channel, &StanzaChannel::sessionStarted, this, &PresenceManager::onSessionStarted);
    // The session is gone for good: what we knew about others' presence is no longer current.
    connect(channel, &StanzaChannel::sessionEnded, this, &PresenceManager::clearAll);
}

QString PresenceManager::showName(Show show)
{
    switch (show) {
    case Show::Online:
        return {};
    case Show::Chat:
        return QStringLiteral("chat");
    case Show::Away:
        return QStringLiteral("away");
    case Show::ExtendedAway:
        return QStringLiteral("xa");
    case Show::DoNotDisturb:
        return QStringLiteral("dnd");
    }
    return {};
}

std::optional<PresenceManager::Resource> PresenceManager::parseAvailable(const Element &presence)
{
    if (presence.name() != u"presence" || presence.hasAttribute(u"type"))
        return std::nullopt;
    Resource r;
    r.resource = Jid::parse(presence.attribute(u"from")).resource();
    const QString show = presence.childText(u"show", IqTracker::kClientNs).trimmed();
    if (show == u"chat")
        r.show = Show::Chat;
    else if (show == u"away")
        r.show = Show::Away;
    else if (show == u"xa")
        r.show = Show::ExtendedAway;
    else if (show == u"dnd")
        r.show = Show::DoNotDisturb;
    r.status = presence.childText(u"status", IqTracker::kClientNs).trimmed();
    bool ok = false;
    const int priority = presence.childText(u"priority", IqTracker::kClientNs).trimmed().toInt(&ok);
    r.priority = ok ? std::clamp(priority, -128, 127) : 0;
    if (const Element *c = presence.findChild(u"c", kCapsNs)) {
        r.capsNode = c->attribute(u"node");
        r.capsVer = c->attribute(u"ver");
        r.capsHash = c->attribute(u"hash");
    }
    r.since = QDateTime::currentDateTimeUtc();
    return r;
}

bool PresenceManager::isOnline(const Jid &jid) const
{
    return !m_presence.value(jid.bare()).isEmpty();
}

QList<PresenceManager::Resource> PresenceManager::resources(const Jid &jid) const
{
    return m_presence.value(jid.bare()).values();
}

std::optional<PresenceManager::Resource> PresenceManager::resource(const Jid &fullJid) const
{
    const auto resources = m_presence.value(fullJid.bare());
    const auto it = resources.constFind(fullJid.resource());
    if (it == resources.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<PresenceManager::Resource> PresenceManager::bestResource(const Jid &jid) const
{
    const QList<Resource> all = resources(jid);
    if (all.isEmpty())
        return std::nullopt;
    return *std::max_element(all.cbegin(), all.cend(), [](const Resource &a, const Resource &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (availability(a.show) != availability(b.show))
            return availability(a.show) < availability(b.show);
        return a.since < b.since; // the most recent wins a full tie
    });
}

QList<Jid> PresenceManager::onlineContacts() const
{
    QList<Jid> out;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) {
        if (!it->isEmpty())
            out.append(it.key());
    }
    return out;
}

void PresenceManager::setOwnPresence(Show show, const QString &status, int priority)
{
    m_active = true;
    m_show = show;
    m_status = status;
    m_priority = std::clamp(priority, -128, 127);
    if (m_channel->isOnline())
        sendOwnPresence();
}

void PresenceManager::setUnavailable(const QString &status)
{
    const bool wasActive = m_active;
    m_active = false;
    if (!wasActive || !m_channel->isOnline())
        return;
    Element presence(QStringLiteral("presence"), IqTracker::kClientNs.toString());
    presence.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
    if (!status.isEmpty())
        presence.addTextChild(QStringLiteral("status"), status);
    m_channel->sendStanza(presence);
    // The server stops sending us presence; what we know is no longer current.
    clearAll();
}

void PresenceManager::sendOwnPresence()
{
    Element presence(QStringLiteral("presence"), IqTracker::kClientNs.toString());
    if (m_show != Show::Online)
        presence.addTextChild(QStringLiteral("show"), showName(m_show));
    if (!m_status.isEmpty())
        presence.addTextChild(QStringLiteral("status"), m_status);
    if (m_priority != 0)
        presence.addTextChild(QStringLiteral("priority"), QString::number(m_priority));
    if (m_capsSource) {
        Element caps = m_capsSource();
        if (!caps.isNull())
            presence.appendChild(std::move(caps));
    }
    m_channel->sendStanza(presence);
}

void PresenceManager::onSessionStarted(bool resumed)
{
    if (resumed)
        return;
    // A new session starts with no presence known; the server sends it all again after our
    // initial presence.
    clearAll();
    if (m_active)
        sendOwnPresence();
}

void PresenceManager::clearAll()
{
    const auto all = m_presence;
    m_presence.clear();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (const Resource &r : *it)
            Q_EMIT resourceGone(it.key().withResource(r.resource));
        if (!it->isEmpty())
            Q_EMIT onlineChanged(it.key(), false);
    }
}

void PresenceManager::removeResource(const Jid &full)
{
    const Jid bare = full.bare();
    auto it = m_presence.find(bare);
    if (it == m_presence.end() || !it->contains(full.resource()))
        return;
    it->remove(full.resource());
    const bool nowOffline = it->isEmpty();
    if (nowOffline)
        m_presence.erase(it);
    Q_EMIT resourceGone(full);
    if (nowOffline)
        Q_EMIT onlineChanged(bare, false);
}

void PresenceManager::onStanza(const Element &stanza)
{
    if (stanza.name() != u"presence")
        return;
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid())
        return; // presence without 'from' is not about anyone we track
    const QString type = stanza.attribute(u"type");
    if (type.isEmpty()) {
        const auto parsed = parseAvailable(stanza);
        if (!parsed)
            return;
        auto &resources = m_presence[from.bare()];
        const bool wasOffline = resources.isEmpty();
        resources.insert(from.resource(), *parsed);
        Q_EMIT resourceChanged(from, *parsed);
        if (wasOffline)
            Q_EMIT onlineChanged(from.bare(), true);
    } else if (type == u"unavailable") {
        if (from.isBare() && !m_presence.value(from).contains(QString())) {
            // Unavailable from the bare JID: every resource is gone (RFC 6121 §4.5.3).
            const auto resources = m_presence.value(from).keys();
            for (const QString &r : resources)
                removeResource(from.withResource(r));
        } else {
            removeResource(from);
        }
    } else if (type == u"error") {
        // Their server could not deliver presence: treat the contact as offline.
        const auto resources = m_presence.value(from.bare()).keys();
        for (const QString &r : resources)
            removeResource(from.bare().withResource(r));
    }
}

} // namespace teahouse::xmpp
