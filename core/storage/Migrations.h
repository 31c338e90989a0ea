#pragma once

#include "base/Result.h"

#include <QString>
#include <functional>
#include <vector>

namespace teahouse::storage {

class Database;

// A versioned schema kept in PRAGMA user_version. Step N takes the schema from version N-1 to
// N; each runs in its own transaction together with the version bump, so a crash leaves the
// database at a whole version. A database newer than the last step is refused, untouched.
class Migrations
{
public:
    using Step = std::function<Status(Database &)>;

    Migrations &add(Step step);
    // A step that is plain SQL (may hold several statements).
    Migrations &addSql(QString sql);

    // The version a database has after apply(): the number of steps.
    [[nodiscard]] int latestVersion() const { return static_cast<int>(m_steps.size()); }

    // Fails with Error::Code::Conflict, writing nothing, if the database is newer than this code.
    [[nodiscard]] Status checkCompatible(Database &db) const;
    // Runs the missing steps in order.
    [[nodiscard]] Status apply(Database &db) const;

private:
    std::vector<Step> m_steps;
};

} // namespace teahouse::storage
