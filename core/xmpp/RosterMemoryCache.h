#pragma once

#include "xmpp/RosterCache.h"

#include <QHash>

namespace teahouse::xmpp {

// RosterCache kept in memory: for tests, and for accounts that must not keep a roster.
class RosterMemoryCache : public RosterCache
{
public:
    [[nodiscard]] QString version() const override { return m_version; }
    [[nodiscard]] QList<RosterItem> items() const override;
    Status replaceAll(const QString &version, const QList<RosterItem> &items) override;
    Status upsert(const QString &version, const RosterItem &item) override;
    Status remove(const QString &version, const Jid &jid) override;

private:
    QString m_version;
    QList<RosterItem> m_items; // in server order
};

} // namespace teahouse::xmpp
