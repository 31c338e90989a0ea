#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"
#include "xmpp/RosterItem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

namespace teahouse::xmpp {

class IqTracker;
class RosterCache;
class StanzaChannel;

// The contact list and friend requests (RFC 6121 §2–3): fetches the roster with versioning
// through a RosterCache, applies roster pushes (only from the account itself), edits items,
// and sends and receives presence subscriptions. A friend request's message travels in the
// subscribe presence's <status/>; an invite token (XEP-0379) in <preauth/>.
class RosterManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Status &)>;

    struct SubscriptionRequest
    {
        Jid from; // bare
        QString message;
        QString preauthToken; // XEP-0379, for the app to check against tokens it issued
        friend bool operator==(const SubscriptionRequest &, const SubscriptionRequest &) = default;
    };

    RosterManager(IqTracker *tracker, RosterCache *cache, QObject *parent = nullptr);

    // Whether the server advertised roster versioning (<ver xmlns='urn:xmpp:features:rosterver'/>
    // in its stream features); without it the 'ver' attribute must not be sent (RFC 6121
    // §2.6.1). Default true: every server we target supports it.
    void setVersioningSupported(bool supported) { m_versioning = supported; }
    // Fetch the roster at the start of every new (not resumed) session. Default true.
    void setFetchOnSessionStart(bool fetch) { m_autoFetch = fetch; }

    void fetch(QObject *context = nullptr, Callback callback = {});
    // True once the roster of this session is known (from the server, or the cache when the
    // server said the cached version is current).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QList<RosterItem> items() const { return m_items; }
    [[nodiscard]] std::optional<RosterItem> item(const Jid &jid) const;
    [[nodiscard]] QString version() const;

    // Adds or updates an item's name and groups (RFC 6121 §2.3/2.4). The roster changes when
    // the server's push arrives, not when the callback runs.
    void addOrUpdate(const Jid &jid, const QString &name, const QStringList &groups,
                     QObject *context = nullptr, Callback callback = {});
    // Removes the contact, cancelling subscriptions both ways (RFC 6121 §2.5).
    void remove(const Jid &jid, QObject *context = nullptr, Callback callback = {});

    // Friend request to a contact, with an optional message and XEP-0379 token.
    void subscribe(const Jid &jid, const QString &message = {}, const QString &preauthToken = {});
    // Accept a request (or pre-approve one to come, RFC 6121 §3.4).
    void approve(const Jid &jid);
    void preApprove(const Jid &jid) { approve(jid); }
    // Refuse a request, or stop sharing our presence with the contact.
    void deny(const Jid &jid);
    // Stop receiving the contact's presence.
    void unsubscribe(const Jid &jid);

    [[nodiscard]] QList<SubscriptionRequest> pendingRequests() const { return m_requests; }

Q_SIGNALS:
    void rosterReceived();
    void itemChanged(const teahouse::xmpp::RosterItem &item);
    void itemRemoved(const teahouse::Jid &jid);
    void subscriptionRequested(const teahouse::xmpp::RosterManager::SubscriptionRequest &request);
    void pendingRequestsChanged();
    // The contact accepted our request / refused it or revoked it / stopped watching us.
    void subscriptionApproved(const teahouse::Jid &jid);
    void subscriptionRefused(const teahouse::Jid &jid);
    void contactUnsubscribed(const teahouse::Jid &jid);

private:
    void onStanza(const Element &stanza);
    void onSessionStarted(bool resumed);
    bool handlePush(const Element &iq);
    void applyItem(const QString &version, const RosterItem &item);
    void handleFullRoster(const Element &query);
    void sendPresence(const Jid &to, QStringView type, Element extra = {},
                      const QString &status = {});
    bool removeRequest(const Jid &jid);

    IqTracker *m_tracker;
    StanzaChannel *m_channel;
    RosterCache *m_cache;
    QList<RosterItem> m_items;
    QList<SubscriptionRequest> m_requests;
    bool m_versioning = true;
    bool m_autoFetch = true;
    bool m_loaded = false;
};

} // namespace teahouse::xmpp

Q_DECLARE_METATYPE(teahouse::xmpp::RosterManager::SubscriptionRequest)
