#pragma once

#include "storage/Migrations.h"

namespace teahouse::account {

// The schema of an account's encrypted database, one migration step per version. Features
// append their steps here in order; a released step is never edited.
[[nodiscard]] storage::Migrations accountMigrations();

} // namespace teahouse::account
