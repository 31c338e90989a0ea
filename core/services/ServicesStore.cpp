#include "services/ServicesStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace teahouse::services {

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString updatesToJson(const QList<QPair<QDateTime, QString>> &updates)
{
    QJsonArray array;
    for (const auto &u : updates)
        array.append(QJsonArray{toMs(u.first), u.second});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QDateTime, QString>> updatesFromJson(const QString &json)
{
    QList<QPair<QDateTime, QString>> updates;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        updates.append({fromMs(pair.at(0).toInteger()), pair.at(1).toString()});
    }
    return updates;
}

// Every row of a query, read by `read` (a Statement positioned on a row → T).
template<typename T, typename Read> Result<QList<T>> readAll(storage::Statement &q, Read read)
{
    QList<T> list;
    while (true) {
        auto row = q.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return list;
        list.append(read(q));
    }
}

// The first row of a query, if there is one.
template<typename T, typename Read>
Result<std::optional<T>> readOne(storage::Statement &q, Read read)
{
    auto row = q.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<T>();
    return std::optional<T>(read(q));
}

} // namespace

ServicesStore::ServicesStore(storage::Database &db)
    : m_db(db)
{}

storage::Migrations ServicesStore::migrations()
{
    storage::Migrations m(QStringLiteral("services"));
    m.addSql(QStringLiteral(
        "CREATE TABLE services_cities (jid TEXT PRIMARY KEY, name TEXT NOT NULL, "
        "  position INTEGER NOT NULL);"
        "CREATE TABLE services_catalog (city TEXT NOT NULL, node TEXT NOT NULL, "
        "  name TEXT NOT NULL, offered INTEGER NOT NULL, pinned INTEGER NOT NULL, "
        "  last_used INTEGER NOT NULL, PRIMARY KEY (city, node));"
        "CREATE TABLE services_drafts (id TEXT PRIMARY KEY, city TEXT NOT NULL, "
        "  node TEXT NOT NULL, title TEXT NOT NULL, snapshot TEXT NOT NULL, "
        "  updated INTEGER NOT NULL);"
        "CREATE TABLE services_applications (id INTEGER PRIMARY KEY, city TEXT NOT NULL, "
        "  node TEXT NOT NULL, title TEXT NOT NULL, reference TEXT NOT NULL, "
        "  state TEXT NOT NULL, receipt TEXT NOT NULL, updates TEXT NOT NULL, "
        "  submitted INTEGER NOT NULL, updated INTEGER NOT NULL);"
        "CREATE INDEX services_applications_ref ON services_applications (city, reference);"
        "CREATE TABLE services_myinfo (key TEXT PRIMARY KEY, value TEXT NOT NULL);"));
    m.addSql(QStringLiteral(
        "CREATE TABLE services_help (id INTEGER PRIMARY KEY, direction INTEGER NOT NULL, "
        "  peer TEXT NOT NULL, draft TEXT NOT NULL, service TEXT NOT NULL, state TEXT NOT NULL, "
        "  card TEXT NOT NULL, updated INTEGER NOT NULL, UNIQUE (direction, peer, draft));"));
    return m;
}

Status ServicesStore::open()
{
    return migrations().apply(m_db);
}

Result<QList<City>> ServicesStore::cities() const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT jid, name FROM services_cities ORDER BY position, jid"));
    if (!q.ok())
        return q.error();
    return readAll<City>(*q, [](storage::Statement &row) {
        return City{row.columnText(0), row.columnText(1)};
    });
}

Status ServicesStore::saveCity(const City &city)
{
    auto existing =
        m_db.prepare(QStringLiteral("SELECT position FROM services_cities WHERE jid = ?"));
    if (!existing.ok())
        return existing.error();
    existing->bind(1, city.jid);
    auto found = existing->step();
    if (!found.ok())
        return found.error();
    if (found.value()) {
        auto q = m_db.prepare(QStringLiteral("UPDATE services_cities SET name = ? WHERE jid = ?"));
        if (!q.ok())
            return q.error();
        return q->bind(1, city.name).bind(2, city.jid).execute();
    }
    auto q = m_db.prepare(QStringLiteral("INSERT INTO services_cities (jid, name, position) "
                                         "VALUES (?, ?, (SELECT COUNT(*) FROM services_cities))"));
    if (!q.ok())
        return q.error();
    return q->bind(1, city.jid).bind(2, city.name).execute();
}

Status ServicesStore::removeCity(const QString &jid)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM services_cities WHERE jid = ?"));
    if (!q.ok())
        return q.error();
    return q->bind(1, jid).execute();
}

Status ServicesStore::setServices(const QString &city, const QList<ServiceEntry> &services)
{
    auto tx = m_db.transaction();
    if (!tx.ok())
        return tx.error();
    auto hide =
        m_db.prepare(QStringLiteral("UPDATE services_catalog SET offered = 0 WHERE city = ?"));
    if (!hide.ok())
        return hide.error();
    if (Status s = hide->bind(1, city).execute(); !s.ok())
        return s;
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE services_catalog SET name = ?, offered = 1 WHERE city = ? AND node = ?"));
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO services_catalog (city, node, name, offered, pinned, last_used) "
        "VALUES (?, ?, ?, 1, 0, 0)"));
    if (!update.ok())
        return update.error();
    if (!insert.ok())
        return insert.error();
    for (const ServiceEntry &e : services) {
        if (Status s = update->bind(1, e.name).bind(2, city).bind(3, e.node).execute(); !s.ok())
            return s;
        if (Status s = insert->bind(1, city).bind(2, e.node).bind(3, e.name).execute(); !s.ok())
            return s;
    }
    return tx->commit();
}

Result<QList<ServiceEntry>> ServicesStore::services(const QString &city) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT city, node, name, pinned, last_used FROM "
                                         "services_catalog WHERE city = ? AND offered = 1 "
                                         "ORDER BY rowid"));
    if (!q.ok())
        return q.error();
    q->bind(1, city);
    return readAll<ServiceEntry>(*q, [](storage::Statement &row) {
        return ServiceEntry{row.columnText(0), row.columnText(1), row.columnText(2),
                            row.columnInt(3) != 0, fromMs(row.columnInt64(4))};
    });
}

Status ServicesStore::setPinned(const QString &city, const QString &node, bool pinned)
{
    auto q = m_db.prepare(
        QStringLiteral("UPDATE services_catalog SET pinned = ? WHERE city = ? AND node = ?"));
    if (!q.ok())
        return q.error();
    return q->bind(1, pinned ? 1 : 0).bind(2, city).bind(3, node).execute();
}

Status ServicesStore::markUsed(const QString &city, const QString &node, const QDateTime &when)
{
    auto q = m_db.prepare(
        QStringLiteral("UPDATE services_catalog SET last_used = ? WHERE city = ? AND node = ?"));
    if (!q.ok())
        return q.error();
    return q->bind(1, toMs(when)).bind(2, city).bind(3, node).execute();
}

Status ServicesStore::saveDraft(const FormDraft &draft)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO services_drafts (id, city, node, title, snapshot, updated) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    const QString json =
        QString::fromUtf8(QJsonDocument(draft.snapshot).toJson(QJsonDocument::Compact));
    return q->bind(1, draft.id)
        .bind(2, draft.city)
        .bind(3, draft.node)
        .bind(4, draft.title)
        .bind(5, json)
        .bind(6, toMs(draft.updated))
        .execute();
}

namespace {

constexpr auto kDraftColumns = "id, city, node, title, snapshot, updated";

FormDraft readDraft(storage::Statement &q)
{
    return {q.columnText(0),
            q.columnText(1),
            q.columnText(2),
            q.columnText(3),
            QJsonDocument::fromJson(q.columnText(4).toUtf8()).object(),
            fromMs(q.columnInt64(5))};
}

} // namespace

Result<std::optional<FormDraft>> ServicesStore::draft(const QString &id) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM services_drafts WHERE id = ?")
                              .arg(QLatin1String(kDraftColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, id);
    return readOne<FormDraft>(*q, readDraft);
}

Result<QList<FormDraft>> ServicesStore::drafts() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM services_drafts ORDER BY updated DESC")
                              .arg(QLatin1String(kDraftColumns)));
    if (!q.ok())
        return q.error();
    return readAll<FormDraft>(*q, readDraft);
}

Status ServicesStore::removeDraft(const QString &id)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM services_drafts WHERE id = ?"));
    if (!q.ok())
        return q.error();
    return q->bind(1, id).execute();
}

Result<qint64> ServicesStore::addApplication(const Application &a)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO services_applications (city, node, title, reference, state, receipt, "
        "updates, submitted, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    Status s = q->bind(1, a.city)
                   .bind(2, a.node)
                   .bind(3, a.title)
                   .bind(4, a.reference)
                   .bind(5, a.state)
                   .bind(6, a.receiptXml)
                   .bind(7, updatesToJson(a.updates))
                   .bind(8, toMs(a.submitted))
                   .bind(9, toMs(a.updated.isValid() ? a.updated : a.submitted))
                   .execute();
    if (!s.ok())
        return s.error();
    return m_db.lastInsertRowId();
}

Result<QList<Application>> ServicesStore::applications() const
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, city, node, title, reference, state, receipt, updates, submitted, updated "
        "FROM services_applications ORDER BY updated DESC, id DESC"));
    if (!q.ok())
        return q.error();
    QList<Application> list;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        Application a;
        a.id = q->columnInt64(0);
        a.city = q->columnText(1);
        a.node = q->columnText(2);
        a.title = q->columnText(3);
        a.reference = q->columnText(4);
        a.state = q->columnText(5);
        a.receiptXml = q->columnText(6);
        a.updates = updatesFromJson(q->columnText(7));
        a.submitted = fromMs(q->columnInt64(8));
        a.updated = fromMs(q->columnInt64(9));
        list.append(a);
    }
    return list;
}

Result<bool> ServicesStore::addUpdate(const QString &city, const QString &reference,
                                      const QString &state, const QString &text,
                                      const QDateTime &when)
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, updates FROM services_applications WHERE "
                                         "city = ? AND reference = ?"));
    if (!q.ok())
        return q.error();
    q->bind(1, city).bind(2, reference);
    auto row = q->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return false;
    const qint64 id = q->columnInt64(0);
    auto updates = updatesFromJson(q->columnText(1));
    updates.append({when, text});
    auto u = m_db.prepare(QStringLiteral(
        "UPDATE services_applications SET state = ?, updates = ?, updated = ? WHERE id = ?"));
    if (!u.ok())
        return u.error();
    Status s =
        u->bind(1, state).bind(2, updatesToJson(updates)).bind(3, toMs(when)).bind(4, id).execute();
    if (!s.ok())
        return s.error();
    return true;
}

Result<qint64> ServicesStore::saveHelpRequest(const HelpRequest &r)
{
    auto find = m_db.prepare(QStringLiteral(
        "SELECT id FROM services_help WHERE direction = ? AND peer = ? AND draft = ?"));
    if (!find.ok())
        return find.error();
    find->bind(1, static_cast<int>(r.direction)).bind(2, r.peer).bind(3, r.draftId);
    auto found = find->step();
    if (!found.ok())
        return found.error();
    if (found.value()) {
        const qint64 id = find->columnInt64(0);
        auto q = m_db.prepare(QStringLiteral("UPDATE services_help SET service = ?, state = ?, "
                                             "card = ?, updated = ? WHERE id = ?"));
        if (!q.ok())
            return q.error();
        Status s = q->bind(1, r.service)
                       .bind(2, r.state)
                       .bind(3, r.cardXml)
                       .bind(4, toMs(r.updated))
                       .bind(5, id)
                       .execute();
        if (!s.ok())
            return s.error();
        return id;
    }
    auto q = m_db.prepare(
        QStringLiteral("INSERT INTO services_help (direction, peer, draft, service, state, card, "
                       "updated) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q.ok())
        return q.error();
    Status s = q->bind(1, static_cast<int>(r.direction))
                   .bind(2, r.peer)
                   .bind(3, r.draftId)
                   .bind(4, r.service)
                   .bind(5, r.state)
                   .bind(6, r.cardXml)
                   .bind(7, toMs(r.updated))
                   .execute();
    if (!s.ok())
        return s.error();
    return m_db.lastInsertRowId();
}

namespace {

constexpr auto kHelpColumns = "id, direction, peer, draft, service, state, card, updated";

HelpRequest readHelp(storage::Statement &q)
{
    HelpRequest r;
    r.id = q.columnInt64(0);
    r.direction = q.columnInt(1) == static_cast<int>(HelpRequest::Direction::In)
                      ? HelpRequest::Direction::In
                      : HelpRequest::Direction::Out;
    r.peer = q.columnText(2);
    r.draftId = q.columnText(3);
    r.service = q.columnText(4);
    r.state = q.columnText(5);
    r.cardXml = q.columnText(6);
    r.updated = fromMs(q.columnInt64(7));
    return r;
}

} // namespace

Result<QList<HelpRequest>> ServicesStore::helpRequests() const
{
    auto q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM services_help ORDER BY updated DESC, id DESC")
                         .arg(QLatin1String(kHelpColumns)));
    if (!q.ok())
        return q.error();
    return readAll<HelpRequest>(*q, readHelp);
}

Result<std::optional<HelpRequest>> ServicesStore::helpRequest(qint64 id) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM services_help WHERE id = ?")
                              .arg(QLatin1String(kHelpColumns)));
    if (!q.ok())
        return q.error();
    q->bind(1, id);
    return readOne<HelpRequest>(*q, readHelp);
}

Status ServicesStore::setHelpState(HelpRequest::Direction direction, const QString &draftId,
                                   const QString &peer, const QString &state)
{
    auto q = m_db.prepare(
        QStringLiteral("UPDATE services_help SET state = ?, updated = ? WHERE direction = ? AND "
                       "draft = ? AND (? = '' OR peer = ?)"));
    if (!q.ok())
        return q.error();
    return q->bind(1, state)
        .bind(2, toMs(QDateTime::currentDateTimeUtc()))
        .bind(3, static_cast<int>(direction))
        .bind(4, draftId)
        .bind(5, peer)
        .bind(6, peer)
        .execute();
}

Result<QJsonObject> ServicesStore::myInfo() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT key, value FROM services_myinfo"));
    if (!q.ok())
        return q.error();
    QJsonObject info;
    while (true) {
        auto row = q->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        info.insert(q->columnText(0), q->columnText(1));
    }
    return info;
}

Status ServicesStore::setMyInfo(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        auto q = m_db.prepare(QStringLiteral("DELETE FROM services_myinfo WHERE key = ?"));
        if (!q.ok())
            return q.error();
        return q->bind(1, key).execute();
    }
    auto q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO services_myinfo (key, value) VALUES (?, ?)"));
    if (!q.ok())
        return q.error();
    return q->bind(1, key).bind(2, value).execute();
}

} // namespace teahouse::services
