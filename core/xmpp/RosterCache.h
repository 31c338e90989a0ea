#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "xmpp/RosterItem.h"

#include <QList>
#include <QString>

namespace teahouse::xmpp {

// Where the roster and its version (RFC 6121 §2.6) survive between sessions. The app backs
// it with the encrypted database; tests and the provider use RosterMemoryCache.
class RosterCache
{
public:
    virtual ~RosterCache() = default;

    // The version of the stored roster; empty when there is none.
    [[nodiscard]] virtual QString version() const = 0;
    [[nodiscard]] virtual QList<RosterItem> items() const = 0;
    // Replaces everything (a full roster from the server).
    virtual Status replaceAll(const QString &version, const QList<RosterItem> &items) = 0;
    // A roster push: adds or replaces one item, or removes it, and records the version.
    virtual Status upsert(const QString &version, const RosterItem &item) = 0;
    virtual Status remove(const QString &version, const Jid &jid) = 0;
};

} // namespace teahouse::xmpp
