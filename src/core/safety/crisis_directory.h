// Crisis lines per country, from content/crisis/lines.json. Loaded at start-up and kept in
// memory so "Support now" renders even when the database is unavailable. Immutable once built.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/content/json_source.h"
#include "core/status.h"

namespace refuge::safety {

struct CrisisLine {
  std::string name;
  std::string phone;  // as people write it ("116 123")
  std::string tel;    // digits for a tel: link ("116123")
  std::string sms;    // number to text, or empty
  std::string notes;  // hours, who it is for
};

struct CountryCrisisInfo {
  std::string code;       // "US", "UK", ...; "INTL" for the fallback
  std::string name;
  std::string emergency;  // emergency number(s), e.g. "112 / 999"
  std::string emergency_tel;  // digits of the first emergency number
  std::string advice;     // extra words (used by the international fallback)
  std::string source;     // who publishes the numbers
  std::string last_checked;  // YYYY-MM-DD
  std::vector<CrisisLine> lines;
  std::vector<std::string> aliases;  // other codes that mean this country ("GB" for "UK")
};

class CrisisDirectory {
 public:
  // Validates every field; errors name file:line.
  static Result<CrisisDirectory> parse(const content::JsonSource& source);
  // The country with this code or alias (case-insensitive), else the international fallback.
  const CountryCrisisInfo& for_country(std::string_view code) const;
  // Every country, in file order, then the international fallback.
  const std::vector<CountryCrisisInfo>& countries() const { return countries_; }

 private:
  std::vector<CountryCrisisInfo> countries_;  // last one is the fallback
};

}  // namespace refuge::safety
