#pragma once

#include "base/Result.h"
#include "xmpp/Element.h"

#include <QList>
#include <QString>

namespace teahouse::storage {
class Database;
}

namespace teahouse::chat {

// The outbox (DESIGN.md, reliability): every stanza the user sends is written here, in the same
// transaction as its message, before it goes to the stream, and leaves only when the server
// acknowledged it (XEP-0198). At start-up and on a new stream whatever is left is sent again,
// in order; receivers drop duplicates by origin-id.
class OutboxStore
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 messageId = 0; // the chat message it carries (0 for retractions, markers)
        QString stanzaId;     // the stanza's id attribute, which the ack names
        xmpp::Element stanza;
    };

    explicit OutboxStore(storage::Database &db)
        : m_db(&db)
    {}

    [[nodiscard]] Result<qint64> add(qint64 messageId, const xmpp::Element &stanza);
    // Oldest first.
    [[nodiscard]] QList<Entry> all() const;
    // The entry for an acknowledged stanza id, removed; id 0 if there was none.
    [[nodiscard]] Entry take(const QString &stanzaId);
    Status removeForMessage(qint64 messageId);
    [[nodiscard]] int count() const;

private:
    storage::Database *m_db;
};

} // namespace teahouse::chat
