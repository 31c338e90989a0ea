#include "xmpp/RosterMemoryCache.h"

namespace teahouse::xmpp {

QList<RosterItem> RosterMemoryCache::items() const
{
    return m_items;
}

Status RosterMemoryCache::replaceAll(const QString &version, const QList<RosterItem> &items)
{
    m_version = version;
    m_items = items;
    return {};
}

Status RosterMemoryCache::upsert(const QString &version, const RosterItem &item)
{
    m_version = version;
    for (RosterItem &existing : m_items) {
        if (existing.jid == item.jid) {
            existing = item;
            return {};
        }
    }
    m_items.append(item);
    return {};
}

Status RosterMemoryCache::remove(const QString &version, const Jid &jid)
{
    m_version = version;
    m_items.removeIf([&](const RosterItem &item) { return item.jid == jid; });
    return {};
}

} // namespace teahouse::xmpp
