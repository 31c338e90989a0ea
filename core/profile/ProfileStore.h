#pragma once

#include "base/Result.h"

#include <QString>

namespace teahouse::storage {
class Database;
class Migrations;
} // namespace teahouse::storage

namespace teahouse::profile {

// Our own profile in the account's encrypted database (module "profile"): nickname, status
// text, our picture's id and MediaStore file, and what still has to be published.
class ProfileStore
{
public:
    explicit ProfileStore(storage::Database &db);

    [[nodiscard]] static const storage::Migrations &migrations();
    [[nodiscard]] Status open();

    // Empty for a key never set.
    [[nodiscard]] Result<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    storage::Database &m_db;
};

} // namespace teahouse::profile
