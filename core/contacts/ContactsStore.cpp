#include "contacts/ContactsStore.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

namespace teahouse::contacts {

ContactsStore::ContactsStore(storage::Database &db)
    : m_db(db)
{}

const storage::Migrations &ContactsStore::migrations()
{
    static const storage::Migrations m = [] {
        storage::Migrations steps(QStringLiteral("contacts"));
        steps.addSql(
            QStringLiteral("CREATE TABLE contact_requests ("
                           " jid TEXT PRIMARY KEY NOT NULL,"
                           " incoming INTEGER NOT NULL,"
                           " greeting TEXT NOT NULL DEFAULT '',"
                           " nickname TEXT NOT NULL DEFAULT '',"
                           " state INTEGER NOT NULL DEFAULT 0,"
                           " updated_ms INTEGER NOT NULL DEFAULT 0);"
                           "CREATE TABLE contact_profiles ("
                           " jid TEXT PRIMARY KEY NOT NULL,"
                           " nickname TEXT NOT NULL DEFAULT '',"
                           " avatar_id TEXT NOT NULL DEFAULT '',"
                           " avatar_media TEXT NOT NULL DEFAULT '',"
                           " avatar_type TEXT NOT NULL DEFAULT '');"
                           "CREATE TABLE contact_blocked (jid TEXT PRIMARY KEY NOT NULL);"));
        return steps;
    }();
    return m;
}

Status ContactsStore::open()
{
    return migrations().apply(m_db);
}

namespace {

FriendRequest readRequest(const storage::Statement &stmt)
{
    FriendRequest r;
    r.jid = Jid::parse(stmt.columnText(0));
    r.incoming = stmt.columnInt(1) != 0;
    r.greeting = stmt.columnText(2);
    r.nickname = stmt.columnText(3);
    const int state = stmt.columnInt(4);
    r.state = state == 1   ? FriendRequest::State::Accepted
              : state == 2 ? FriendRequest::State::Declined
                           : FriendRequest::State::Pending;
    r.updatedMs = stmt.columnInt64(5);
    return r;
}

} // namespace

Result<QList<FriendRequest>> ContactsStore::requests() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT jid, incoming, greeting, nickname, state, "
                                            "updated_ms FROM contact_requests "
                                            "ORDER BY updated_ms DESC, jid"));
    if (!stmt)
        return stmt.error();
    QList<FriendRequest> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        FriendRequest r = readRequest(*stmt);
        if (r.jid.isValid())
            out.append(r);
    }
    return out;
}

Result<std::optional<FriendRequest>> ContactsStore::request(const Jid &jid) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT jid, incoming, greeting, nickname, state, "
                                            "updated_ms FROM contact_requests WHERE jid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, jid.bareString());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<FriendRequest>();
    return std::optional<FriendRequest>(readRequest(*stmt));
}

Status ContactsStore::putRequest(const FriendRequest &request)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO contact_requests (jid, incoming, greeting, nickname, state, "
        "updated_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, request.jid.bareString())
        .bind(2, request.incoming ? 1 : 0)
        .bind(3, request.greeting)
        .bind(4, request.nickname)
        .bind(5, static_cast<int>(request.state))
        .bind(6, request.updatedMs);
    return stmt->execute();
}

Status ContactsStore::setRequestState(const Jid &jid, FriendRequest::State state, qint64 updatedMs)
{
    auto stmt = m_db.prepare(
        QStringLiteral("UPDATE contact_requests SET state = ?, updated_ms = ? WHERE jid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<int>(state)).bind(2, updatedMs).bind(3, jid.bareString());
    return stmt->execute();
}

Status ContactsStore::removeRequest(const Jid &jid)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM contact_requests WHERE jid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, jid.bareString());
    return stmt->execute();
}

Result<QHash<Jid, ContactProfile>> ContactsStore::profiles() const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT jid, nickname, avatar_id, avatar_media, avatar_type FROM contact_profiles"));
    if (!stmt)
        return stmt.error();
    QHash<Jid, ContactProfile> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ContactProfile p;
        p.jid = Jid::parse(stmt->columnText(0));
        p.nickname = stmt->columnText(1);
        p.avatarId = stmt->columnText(2);
        p.avatarMedia = stmt->columnText(3);
        p.avatarType = stmt->columnText(4);
        if (p.jid.isValid())
            out.insert(p.jid, p);
    }
    return out;
}

Status ContactsStore::ensureProfileRow(const Jid &jid)
{
    // No UPSERT in SQLite 3.15: make sure the row exists, then update the columns we own.
    auto stmt =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO contact_profiles (jid) VALUES (?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, jid.bareString());
    return stmt->execute();
}

Status ContactsStore::setNickname(const Jid &jid, const QString &nickname)
{
    if (auto s = ensureProfileRow(jid); !s)
        return s;
    auto stmt =
        m_db.prepare(QStringLiteral("UPDATE contact_profiles SET nickname = ? WHERE jid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, nickname).bind(2, jid.bareString());
    return stmt->execute();
}

Status ContactsStore::setAvatar(const Jid &jid, const QString &avatarId, const QString &media,
                                const QString &type)
{
    if (auto s = ensureProfileRow(jid); !s)
        return s;
    auto stmt = m_db.prepare(QStringLiteral("UPDATE contact_profiles SET avatar_id = ?, "
                                            "avatar_media = ?, avatar_type = ? WHERE jid = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, avatarId).bind(2, media).bind(3, type).bind(4, jid.bareString());
    return stmt->execute();
}

Result<QList<Jid>> ContactsStore::blocked() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT jid FROM contact_blocked ORDER BY jid"));
    if (!stmt)
        return stmt.error();
    QList<Jid> out;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Jid jid = Jid::parse(stmt->columnText(0));
        if (jid.isValid())
            out.append(jid);
    }
    return out;
}

Status ContactsStore::replaceBlocked(const QList<Jid> &jids)
{
    auto tx = m_db.transaction();
    if (!tx)
        return tx.error();
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM contact_blocked")); !s)
        return s;
    auto stmt =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO contact_blocked (jid) VALUES (?)"));
    if (!stmt)
        return stmt.error();
    for (const Jid &jid : jids) {
        stmt->bind(1, jid.toString());
        if (auto s = stmt->execute(); !s)
            return s;
    }
    return tx->commit();
}

} // namespace teahouse::contacts
