#pragma once

#include "base/Result.h"

namespace teahouse::storage {
class Database;
}

namespace teahouse::chat {

// The chat tables of an account's database, versioned as the "chat" module (schema_modules),
// independent of every other feature's tables.
class ChatSchema
{
public:
    [[nodiscard]] static Status apply(storage::Database &db);
    // Only the steps up to `version` (tests build an older profile to migrate it).
    [[nodiscard]] static Status applyUpTo(storage::Database &db, int version);
};

} // namespace teahouse::chat
