#pragma once

#include "base/Result.h"

#include <QString>
#include <functional>
#include <vector>

namespace teahouse::storage {

class Database;

// A versioned schema. Step N takes the schema from version N-1 to N; each runs in its own
// transaction together with the version bump, so a crash leaves the database at a whole
// version. A database newer than the last step is refused, untouched.
// The account's own tables keep their version in PRAGMA user_version; each feature (chat,
// contacts, pay, ...) names its module and keeps its own version in the schema_modules table,
// so features add tables independently of each other.
class Migrations
{
public:
    using Step = std::function<Status(Database &)>;

    Migrations() = default;
    // A feature's tables, versioned under this name.
    explicit Migrations(QString module)
        : m_module(std::move(module))
    {}

    Migrations &add(Step step);
    // A step that is plain SQL (may hold several statements).
    Migrations &addSql(QString sql);

    // The version a database has after apply(): the number of steps.
    [[nodiscard]] int latestVersion() const { return static_cast<int>(m_steps.size()); }

    // Fails with Error::Code::Conflict, writing nothing, if the database is newer than this code.
    [[nodiscard]] Status checkCompatible(Database &db) const;
    // Runs the missing steps in order.
    [[nodiscard]] Status apply(Database &db) const;

    // The version this database has now (0 = none of the steps ran).
    [[nodiscard]] Result<int> currentVersion(Database &db) const;

private:
    [[nodiscard]] Status setVersion(Database &db, int version) const;

    QString m_module;
    std::vector<Step> m_steps;
};

} // namespace teahouse::storage
