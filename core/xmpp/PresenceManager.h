#pragma once

#include "base/Jid.h"
#include "xmpp/Element.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace teahouse::xmpp {

class StanzaChannel;

// Who is online (RFC 6121 §4): tracks available presence per resource (show, status,
// priority, caps) so "is X online" has an answer, and sends our own presence, re-sending
// it at every new session and attaching XEP-0115 caps when a caps source is set.
class PresenceManager : public QObject
{
    Q_OBJECT
public:
    enum class Show
    {
        Online,
        Chat,
        Away,
        ExtendedAway,
        DoNotDisturb
    };

    struct Resource
    {
        QString resource;
        Show show = Show::Online;
        QString status;
        int priority = 0;
        // XEP-0115, as announced (verification is DiscoManager's job).
        QString capsNode;
        QString capsVer;
        QString capsHash;
        QDateTime since;
    };

    explicit PresenceManager(StanzaChannel *channel, QObject *parent = nullptr);

    [[nodiscard]] bool isOnline(const Jid &jid) const;
    // The available resources of a bare JID (any resource given is ignored).
    [[nodiscard]] QList<Resource> resources(const Jid &jid) const;
    [[nodiscard]] std::optional<Resource> resource(const Jid &fullJid) const;
    // The resource messages should prefer: highest priority, then the most available show.
    [[nodiscard]] std::optional<Resource> bestResource(const Jid &jid) const;
    [[nodiscard]] QList<Jid> onlineContacts() const;

    // Our presence: sent now when online, and as initial presence of every new session.
    // Priority is clamped to -128..127 (RFC 6121 §4.7.2.3).
    void setOwnPresence(Show show, const QString &status = {}, int priority = 0);
    // Goes unavailable (and stops sending presence at new sessions).
    void setUnavailable(const QString &status = {});
    [[nodiscard]] bool ownPresenceActive() const { return m_active; }
    // Produces the <c/> element for our presence (DiscoManager::capsElement).
    void setCapsSource(std::function<Element()> source) { m_capsSource = std::move(source); }

    // Parses an available or unavailable presence into a Resource; nullopt for other types.
    [[nodiscard]] static std::optional<Resource> parseAvailable(const Element &presence);
    [[nodiscard]] static QString showName(Show show);

Q_SIGNALS:
    // A resource came online or changed its presence.
    void resourceChanged(const teahouse::Jid &fullJid,
                         const teahouse::xmpp::PresenceManager::Resource &resource);
    void resourceGone(const teahouse::Jid &fullJid);
    // The bare JID went from no resource to some, or back.
    void onlineChanged(const teahouse::Jid &bareJid, bool online);

private:
    void onStanza(const Element &stanza);
    void onSessionStarted(bool resumed);
    void sendOwnPresence();
    void removeResource(const Jid &full);
    void clearAll();

    StanzaChannel *m_channel;
    QHash<Jid, QHash<QString, Resource>> m_presence; // bare -> resource -> presence
    std::function<Element()> m_capsSource;
    bool m_active = false;
    Show m_show = Show::Online;
    QString m_status;
    int m_priority = 0;
};

} // namespace teahouse::xmpp

Q_DECLARE_METATYPE(teahouse::xmpp::PresenceManager::Resource)
