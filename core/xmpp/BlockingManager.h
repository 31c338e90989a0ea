#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QObject>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;
class StanzaChannel;

// Blocking (XEP-0191, urn:xmpp:blocking): fetches the block list, blocks and unblocks
// addresses, and applies the server's pushes when another device of the account changes the
// list. The server enforces it: a blocked address's messages and presence never reach us.
class BlockingManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:blocking";
    using Callback = std::function<void(const Status &)>;

    explicit BlockingManager(IqTracker *tracker, QObject *parent = nullptr);

    // Fetch the list at the start of every new (not resumed) session, which also subscribes
    // this resource to pushes (XEP-0191 §3.2). Default true.
    void setFetchOnSessionStart(bool fetch) { m_autoFetch = fetch; }

    void fetch(QObject *context = nullptr, Callback callback = {});
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QList<Jid> blocklist() const { return m_blocked; }
    [[nodiscard]] bool isBlocked(const Jid &jid) const;

    // The list changes when the server's push arrives (or, failing that, when it confirms).
    void block(const QList<Jid> &jids, QObject *context = nullptr, Callback callback = {});
    void unblock(const QList<Jid> &jids, QObject *context = nullptr, Callback callback = {});
    void unblockAll(QObject *context = nullptr, Callback callback = {});

    // <block/> or <unblock/> with one <item jid=''/> per address (none: unblock all).
    [[nodiscard]] static Element listElement(QStringView name, const QList<Jid> &jids);

Q_SIGNALS:
    void blocklistReceived();
    void jidBlocked(const teahouse::Jid &jid);
    void jidUnblocked(const teahouse::Jid &jid);

private:
    void onSessionStarted(bool resumed);
    bool handlePush(const Element &iq);
    void change(QStringView name, const QList<Jid> &jids, QObject *context, Callback callback);
    void apply(QStringView name, const QList<Jid> &jids);
    [[nodiscard]] static QList<Jid> itemJids(const Element &list);

    IqTracker *m_tracker;
    StanzaChannel *m_channel;
    QList<Jid> m_blocked;
    bool m_autoFetch = true;
    bool m_loaded = false;
};

} // namespace teahouse::xmpp
