#include "chat/SyncStore.h"

#include "storage/Database.h"

namespace teahouse::chat {

QString SyncStore::lastId(const QString &archive) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT last_id FROM chat_sync WHERE archive = ?"));
    if (!s.ok())
        return {};
    s->bind(1, archive);
    auto row = s->step();
    return row.ok() && row.value() ? s->columnText(0) : QString();
}

std::optional<qint64> SyncStore::lastSyncTime(const QString &archive) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT last_ts FROM chat_sync WHERE archive = ?"));
    if (!s.ok())
        return std::nullopt;
    s->bind(1, archive);
    auto row = s->step();
    if (!row.ok() || !row.value())
        return std::nullopt;
    return s->columnInt64(0);
}

Status SyncStore::setLastId(const QString &archive, const QString &id, qint64 ts)
{
    auto s = m_db->prepare(QStringLiteral(
        "INSERT OR REPLACE INTO chat_sync (archive, last_id, last_ts) VALUES (?, ?, ?)"));
    if (!s.ok())
        return s.error();
    s->bind(1, archive).bind(2, id).bind(3, ts);
    return s->execute();
}

Status SyncStore::addGap(const Gap &gap)
{
    auto s = m_db->prepare(QStringLiteral(
        "INSERT INTO chat_gaps (archive, conversation, before_id, after_id, sort_key) VALUES "
        "(?, ?, ?, ?, ?)"));
    if (!s.ok())
        return s.error();
    s->bind(1, gap.archive)
        .bind(2, gap.conversation)
        .bind(3, gap.beforeId)
        .bind(4, gap.afterId)
        .bind(5, gap.sortKey);
    return s->execute();
}

QList<SyncStore::Gap> SyncStore::gaps(const QString &archive) const
{
    QList<Gap> out;
    auto s = m_db->prepare(
        archive.isEmpty()
            ? QStringLiteral("SELECT id, archive, conversation, before_id, after_id, sort_key "
                             "FROM chat_gaps ORDER BY sort_key DESC")
            : QStringLiteral("SELECT id, archive, conversation, before_id, after_id, sort_key "
                             "FROM chat_gaps WHERE archive = ? ORDER BY sort_key DESC"));
    if (!s.ok())
        return out;
    if (!archive.isEmpty())
        s->bind(1, archive);
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        out.append(Gap{s->columnInt64(0), s->columnText(1), s->columnText(2), s->columnText(3),
                       s->columnText(4), s->columnInt64(5)});
    }
    return out;
}

Status SyncStore::removeGap(qint64 id)
{
    auto s = m_db->prepare(QStringLiteral("DELETE FROM chat_gaps WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, id);
    return s->execute();
}

Status SyncStore::updateGapBefore(qint64 id, const QString &beforeId, qint64 sortKey)
{
    auto s = m_db->prepare(
        QStringLiteral("UPDATE chat_gaps SET before_id = ?, sort_key = ? WHERE id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, beforeId).bind(2, sortKey).bind(3, id);
    return s->execute();
}

} // namespace teahouse::chat
