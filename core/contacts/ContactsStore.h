#pragma once

#include "base/Jid.h"
#include "base/Result.h"
#include "contacts/ContactProfile.h"
#include "contacts/FriendRequest.h"

#include <QHash>
#include <QList>
#include <optional>

namespace teahouse::storage {
class Database;
class Migrations;
} // namespace teahouse::storage

namespace teahouse::contacts {

// The contacts feature's tables in the account's encrypted database (module "contacts"):
// friend requests both ways (the "New friends" list survives restarts and keeps its history),
// contacts' nicknames and cached avatars, and the last known block list for offline display.
// The roster itself stays in the account's roster cache.
class ContactsStore
{
public:
    explicit ContactsStore(storage::Database &db);

    [[nodiscard]] static const storage::Migrations &migrations();
    // Creates or upgrades the tables.
    [[nodiscard]] Status open();

    // Newest first.
    [[nodiscard]] Result<QList<FriendRequest>> requests() const;
    [[nodiscard]] Result<std::optional<FriendRequest>> request(const Jid &jid) const;
    // Replaces the request with the same address.
    Status putRequest(const FriendRequest &request);
    Status setRequestState(const Jid &jid, FriendRequest::State state, qint64 updatedMs);
    Status removeRequest(const Jid &jid);

    [[nodiscard]] Result<QHash<Jid, ContactProfile>> profiles() const;
    Status setNickname(const Jid &jid, const QString &nickname);
    Status setAvatar(const Jid &jid, const QString &avatarId, const QString &media,
                     const QString &type);

    [[nodiscard]] Result<QList<Jid>> blocked() const;
    Status replaceBlocked(const QList<Jid> &jids);

private:
    Status ensureProfileRow(const Jid &jid);

    storage::Database &m_db;
};

} // namespace teahouse::contacts
