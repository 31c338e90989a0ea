#pragma once

#include "base/Jid.h"
#include "base/Result.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace teahouse::xmpp {

class IqTracker;

// XEP-0199: answers pings from anyone and pings the server or a contact; the Stream's
// keepalive uses pingServer() to find out whether the link still carries traffic.
class PingManager : public QObject
{
    Q_OBJECT
public:
    static constexpr QStringView kNamespace = u"urn:xmpp:ping";
    using Callback = std::function<void(const Status &)>;

    explicit PingManager(IqTracker *tracker, QObject *parent = nullptr);

    // Pings the server of the account (no 'to', RFC 6120 §10.3.3 / XEP-0199 §4.1). Succeeds
    // on any answer, an error answer included: the server replied, so the link is alive.
    // Fails with Timeout when nothing comes back in time.
    void pingServer(QObject *context, Callback callback,
                    std::chrono::milliseconds timeout = std::chrono::milliseconds{0});
    // Pings an entity (XEP-0199 §4.2/4.3). Succeeds on a result; an error answer from the
    // entity is returned as that error (service-unavailable: it does not support pings).
    void ping(const Jid &to, QObject *context, Callback callback,
              std::chrono::milliseconds timeout = std::chrono::milliseconds{0});

private:
    IqTracker *m_tracker;
};

} // namespace teahouse::xmpp
