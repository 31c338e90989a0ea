#include "xmpp/BlockingManager.h"

#include "base/Logging.h"
#include "xmpp/IqTracker.h"
#include "xmpp/StanzaChannel.h"

#include <QPointer>

namespace teahouse::xmpp {

BlockingManager::BlockingManager(IqTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_channel(tracker->channel())
{
    connect(m_channel, &StanzaChannel::sessionStarted, this, &BlockingManager::onSessionStarted);
    for (const QString &name : {QStringLiteral("block"), QStringLiteral("unblock")}) {
        m_tracker->registerHandler(name, kNamespace.toString(), this,
                                   [this](const Element &iq) { return handlePush(iq); });
    }
}

bool BlockingManager::isBlocked(const Jid &jid) const
{
    return m_blocked.contains(jid) || m_blocked.contains(jid.bare());
}

Element BlockingManager::listElement(QStringView name, const QList<Jid> &jids)
{
    Element list(name.toString(), kNamespace.toString());
    for (const Jid &jid : jids)
        list.addChild(QStringLiteral("item")).setAttribute(QStringLiteral("jid"), jid.toString());
    return list;
}

QList<Jid> BlockingManager::itemJids(const Element &list)
{
    QList<Jid> jids;
    for (const Element &item : list.childrenNamed(u"item", kNamespace)) {
        const Jid jid = Jid::parse(item.attribute(u"jid"));
        if (jid.isValid() && !jids.contains(jid))
            jids.append(jid);
        else if (!jid.isValid())
            qCWarning(lcXmpp) << "Ignoring a malformed blocked address";
    }
    return jids;
}

void BlockingManager::onSessionStarted(bool resumed)
{
    if (resumed || !m_autoFetch)
        return;
    fetch();
}

void BlockingManager::fetch(QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_tracker->get(Jid(), Element(QStringLiteral("blocklist"), kNamespace.toString()), this,
                   [this, guard, hasContext, callback](const Result<Element> &result) {
                       if (result.ok()) {
                           const Element *list = result.value().findChild(u"blocklist", kNamespace);
                           const QList<Jid> now = list ? itemJids(*list) : QList<Jid>();
                           const QList<Jid> before = m_blocked;
                           m_blocked = now;
                           m_loaded = true;
                           for (const Jid &jid : before) {
                               if (!now.contains(jid))
                                   Q_EMIT jidUnblocked(jid);
                           }
                           for (const Jid &jid : now) {
                               if (!before.contains(jid))
                                   Q_EMIT jidBlocked(jid);
                           }
                           Q_EMIT blocklistReceived();
                       }
                       if (callback && (!hasContext || guard)) {
                           if (result.ok())
                               callback(Status());
                           else
                               callback(result.error());
                       }
                   });
}

void BlockingManager::block(const QList<Jid> &jids, QObject *context, Callback callback)
{
    if (jids.isEmpty()) {
        // XEP-0191 §3.3: a block with no item is a bad-request; refuse it here.
        if (callback)
            callback(Error::make(Error::Code::InvalidArgument, tr("No address to block.")));
        return;
    }
    change(u"block", jids, context, std::move(callback));
}

void BlockingManager::unblock(const QList<Jid> &jids, QObject *context, Callback callback)
{
    if (jids.isEmpty()) {
        if (callback)
            callback(Error::make(Error::Code::InvalidArgument, tr("No address to unblock.")));
        return;
    }
    change(u"unblock", jids, context, std::move(callback));
}

void BlockingManager::unblockAll(QObject *context, Callback callback)
{
    change(u"unblock", {}, context, std::move(callback));
}

void BlockingManager::change(QStringView name, const QList<Jid> &jids, QObject *context,
                             Callback callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const QString kind = name.toString();
    m_tracker->set(Jid(), listElement(name, jids), this,
                   [this, guard, hasContext, callback, kind, jids](const Result<Element> &result) {
                       // The push normally arrives first; applying again changes nothing, and
                       // a server that pushes only to other resources is covered too.
                       if (result.ok())
                           apply(kind, jids);
                       if (callback && (!hasContext || guard)) {
                           if (result.ok())
                               callback(Status());
                           else
                               callback(result.error());
                       }
                   });
}

void BlockingManager::apply(QStringView name, const QList<Jid> &jids)
{
    if (name == u"block") {
        for (const Jid &jid : jids) {
            if (!m_blocked.contains(jid)) {
                m_blocked.append(jid);
                Q_EMIT jidBlocked(jid);
            }
        }
        return;
    }
    const QList<Jid> gone = jids.isEmpty() ? m_blocked : jids;
    for (const Jid &jid : gone) {
        if (m_blocked.removeAll(jid) > 0)
            Q_EMIT jidUnblocked(jid);
    }
}

bool BlockingManager::handlePush(const Element &iq)
{
    if (iq.attribute(u"type") != u"set")
        return false;
    // Only the account's server, on the account's behalf, changes our block list.
    const QString fromText = iq.attribute(u"from");
    if (!fromText.isEmpty()) {
        const Jid from = Jid::parse(fromText);
        const Jid own = m_channel->boundJid();
        if (!own.isValid() || !from.isValid() || from != own.bare()) {
            qCWarning(lcXmpp) << "Ignoring a block list push from" << fromText;
            return false;
        }
    }
    const Element *list = iq.findChild(u"block", kNamespace);
    QStringView name = u"block";
    if (!list) {
        list = iq.findChild(u"unblock", kNamespace);
        name = u"unblock";
    }
    if (!list)
        return false;
    const QList<Jid> jids = itemJids(*list);
    if (name == u"block" && jids.isEmpty()) {
        m_tracker->sendError(iq, QStringLiteral("modify"), QStringLiteral("bad-request"));
        return true;
    }
    apply(name, jids);
    m_tracker->sendResult(iq);
    return true;
}

} // namespace teahouse::xmpp
