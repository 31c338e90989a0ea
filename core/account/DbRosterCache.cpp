#include "account/DbRosterCache.h"

#include "account/AccountSettings.h"
#include "storage/Database.h"

namespace teahouse::account {

namespace {
// Roster group names may contain any character but this one, which XML forbids.
constexpr QChar kGroupSeparator = QChar(0x1F);
const QString kVersionKey = QStringLiteral("roster.version");
} // namespace

DbRosterCache::DbRosterCache(storage::Database &db)
    : m_db(db)
{
}

QString DbRosterCache::version() const
{
    auto v = AccountSettings(m_db).value(kVersionKey);
    if (!v || !v.value())
        return {};
    return QString::fromUtf8(*v.value());
}

QList<xmpp::RosterItem> DbRosterCache::items() const
{
    QList<xmpp::RosterItem> out;
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT jid, name, groups, subscription, ask, approved FROM roster ORDER BY jid"));
    if (!stmt)
        return out;
    while (true) {
        auto row = stmt->step();
        if (!row || !row.value())
            break;
        xmpp::RosterItem item;
        item.jid = Jid::parse(stmt->columnText(0));
        item.name = stmt->columnText(1);
        const QString groups = stmt->columnText(2);
        if (!groups.isEmpty())
            item.groups = groups.split(kGroupSeparator);
        item.subscription = static_cast<xmpp::RosterItem::Subscription>(stmt->columnInt(3));
        item.askSubscribe = stmt->columnInt(4) != 0;
        item.approved = stmt->columnInt(5) != 0;
        if (item.jid.isValid())
            out << item;
    }
    return out;
}

Status DbRosterCache::writeItem(const xmpp::RosterItem &item)
{
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO roster (jid, name, groups, subscription, ask, "
                       "approved) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, item.jid.bareString())
        .bind(2, item.name)
        .bind(3, item.groups.join(kGroupSeparator))
        .bind(4, static_cast<int>(item.subscription))
        .bind(5, item.askSubscribe ? 1 : 0)
        .bind(6, item.approved ? 1 : 0);
    return stmt->execute();
}

Status DbRosterCache::writeVersion(const QString &version)
{
    return AccountSettings(m_db).setValue(kVersionKey, version.toUtf8());
}

Status DbRosterCache::replaceAll(const QString &version, const QList<xmpp::RosterItem> &items)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM roster")); !s)
        return s;
    for (const auto &item : items) {
        if (auto s = writeItem(item); !s)
            return s;
    }
    if (auto s = writeVersion(version); !s)
        return s;
    return tx->commit();
}

Status DbRosterCache::upsert(const QString &version, const xmpp::RosterItem &item)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    if (auto s = writeItem(item); !s)
        return s;
    if (auto s = writeVersion(version); !s)
        return s;
    return tx->commit();
}

Status DbRosterCache::remove(const QString &version, const Jid &jid)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM roster WHERE jid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, jid.bareString());
    if (auto s = stmt->execute(); !s)
        return s;
    if (auto s = writeVersion(version); !s)
        return s;
    return tx->commit();
}

} // namespace teahouse::account
