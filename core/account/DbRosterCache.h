#pragma once

#include "xmpp/RosterCache.h"

namespace teahouse::storage {
class Database;
}

namespace teahouse::account {

// The roster and its version in the account's encrypted database, so a reconnect asks the
// server only for changes (RFC 6121 §2.6 roster versioning).
class DbRosterCache final : public xmpp::RosterCache
{
public:
    explicit DbRosterCache(storage::Database &db);

    [[nodiscard]] QString version() const override;
    [[nodiscard]] QList<xmpp::RosterItem> items() const override;
    Status replaceAll(const QString &version, const QList<xmpp::RosterItem> &items) override;
    Status upsert(const QString &version, const xmpp::RosterItem &item) override;
    Status remove(const QString &version, const Jid &jid) override;

private:
    [[nodiscard]] Status writeItem(const xmpp::RosterItem &item);
    [[nodiscard]] Status writeVersion(const QString &version);

    storage::Database &m_db;
};

} // namespace teahouse::account
