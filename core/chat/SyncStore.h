#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace teahouse::storage {
class Database;
}

namespace teahouse::chat {

// History sync state per archive (our account's, each room's): the newest archive id we hold,
// and the gaps left when a catch-up stopped before reaching it, to be filled on scroll.
class SyncStore
{
public:
    struct Gap
    {
        qint64 id = 0;
        QString archive;
        QString conversation; // empty: the gap spans the whole archive
        QString beforeId;     // oldest archive id fetched above the gap
        QString afterId;      // newest archive id held below it (empty: up to the beginning)
        qint64 sortKey = 0;   // where the gap sits in the history order
    };

    explicit SyncStore(storage::Database &db)
        : m_db(&db)
    {}

    [[nodiscard]] QString lastId(const QString &archive) const;
    // When the archive was last caught up with (ms since the epoch), if ever. A sync that
    // found the archive empty leaves an empty lastId and this time.
    [[nodiscard]] std::optional<qint64> lastSyncTime(const QString &archive) const;
    Status setLastId(const QString &archive, const QString &id, qint64 ts);
    Status addGap(const Gap &gap);
    [[nodiscard]] QList<Gap> gaps(const QString &archive = {}) const;
    Status removeGap(qint64 id);
    Status updateGapBefore(qint64 id, const QString &beforeId, qint64 sortKey);

private:
    storage::Database *m_db;
};

} // namespace teahouse::chat
