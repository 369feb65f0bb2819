// A person's right to take their data and to leave: export everything as JSON, delete everything.
#pragma once

#include <nlohmann/json.hpp>

#include "web/handlers/context.h"

namespace refuge::web {

// Everything the person has written, decrypted, as one JSON document (format version 1).
Result<nlohmann::json> export_account(Ctx& ctx);
// Checks the password, then deletes the account and everything it owns.
Status delete_account(Ctx& ctx, std::string_view password);

Response page_account_export(Ctx& ctx);
Response page_account_delete_form(Ctx& ctx);
Response page_account_delete(Ctx& ctx);
Response api_account_export(Ctx& ctx);
Response api_account_delete(Ctx& ctx);

}  // namespace refuge::web
