#include "xmpp/PingManager.h"

#include "xmpp/Element.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

namespace teahouse::xmpp {

namespace {

Element pingElement()
{
    return Element(QStringLiteral("ping"), PingManager::kNamespace.toString());
}

} // namespace

PingManager::PingManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
{
    m_tracker->registerHandler(QStringLiteral("ping"), kNamespace.toString(), this,
                               [this](const Element &iq) {
                                   if (iq.attribute(u"type") != u"get")
                                       return false;
                                   m_tracker->sendResult(iq);
                                   return true;
                               });
}

void PingManager::pingServer(QObject *context, Callback callback, std::chrono::milliseconds timeout)
{
    // XEP-0199 §4.1 addresses the server by its domain; before binding we do not know it,
    // and an iq without 'to' goes to the server anyway.
    const Jid own = m_tracker->channel()->boundJid();
    const Jid server = own.isValid() ? Jid(QString(), own.domain()) : Jid();
    m_tracker->get(
        server, pingElement(), context,
        [callback = std::move(callback)](const Result<Element> &result) {
            if (result.ok() || !IqTracker::errorCondition(result.error()).isEmpty())
                callback(Status());
            else
                callback(result.error());
        },
        timeout);
}

void PingManager::ping(const Jid &to, QObject *context, Callback callback,
                       std::chrono::milliseconds timeout)
{
    m_tracker->get(
        to, pingElement(), context,
        [callback = std::move(callback)](const Result<Element> &result) {
            if (result.ok())
                callback(Status());
            else
                callback(result.error());
        },
        timeout);
}

} // namespace teahouse::xmpp
