#include "chat/OutboxStore.h"

#include "storage/Database.h"

#include <QDateTime>

namespace teahouse::chat {

Result<qint64> OutboxStore::add(qint64 messageId, const xmpp::Element &stanza)
{
    const QString stanzaId = stanza.attribute(u"id");
    if (stanzaId.isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           QStringLiteral("An outbox stanza needs an id"));
    auto s = m_db->prepare(QStringLiteral(
        "INSERT INTO chat_outbox (message_id, stanza_id, stanza, created) VALUES (?, ?, ?, ?)"));
    if (!s.ok())
        return s.error();
    s->bind(1, messageId)
        .bind(2, stanzaId)
        .bind(3, stanza.toXmlString())
        .bind(4, QDateTime::currentMSecsSinceEpoch());
    if (Status st = s->execute(); !st.ok())
        return st.error();
    return m_db->lastInsertRowId();
}

QList<OutboxStore::Entry> OutboxStore::all() const
{
    QList<Entry> out;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id, message_id, stanza_id, stanza FROM chat_outbox ORDER BY id"));
    if (!s.ok())
        return out;
    while (true) {
        auto row = s->step();
        if (!row.ok() || !row.value())
            break;
        Entry e;
        e.id = s->columnInt64(0);
        e.messageId = s->columnInt64(1);
        e.stanzaId = s->columnText(2);
        e.stanza = xmpp::Element::fromXml(s->columnText(3).toUtf8());
        if (!e.stanza.isNull())
            out.append(e);
    }
    return out;
}

OutboxStore::Entry OutboxStore::take(const QString &stanzaId)
{
    Entry e;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id, message_id, stanza_id FROM chat_outbox WHERE stanza_id = ? ORDER BY id LIMIT 1"));
    if (!s.ok())
        return e;
    s->bind(1, stanzaId);
    auto row = s->step();
    if (!row.ok() || !row.value())
        return e;
    e.id = s->columnInt64(0);
    e.messageId = s->columnInt64(1);
    e.stanzaId = s->columnText(2);
    auto d = m_db->prepare(QStringLiteral("DELETE FROM chat_outbox WHERE id = ?"));
    if (d.ok()) {
        d->bind(1, e.id);
        (void)d->execute();
    }
    return e;
}

Status OutboxStore::removeForMessage(qint64 messageId)
{
    auto s = m_db->prepare(QStringLiteral("DELETE FROM chat_outbox WHERE message_id = ?"));
    if (!s.ok())
        return s.error();
    s->bind(1, messageId);
    return s->execute();
}

int OutboxStore::count() const
{
    auto s = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM chat_outbox"));
    if (!s.ok())
        return 0;
    auto row = s->step();
    return row.ok() && row.value() ? s->columnInt(0) : 0;
}

} // namespace teahouse::chat
