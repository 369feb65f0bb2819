// Numbered schema migrations, applied in order at open inside BEGIN IMMEDIATE so two processes
// opening the same file at once do not both migrate.
#pragma once

#include "core/status.h"
#include "store/sqlite/sqlite_db.h"

namespace refuge::store::sqlite {

int latest_schema_version();
Status migrate(Connection& db);

}  // namespace refuge::store::sqlite
