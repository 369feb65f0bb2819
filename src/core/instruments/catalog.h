// Every instrument Refuge offers, loaded from content/instruments/*.json at start-up.
// Immutable once built; safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/instruments/instrument.h"
#include "core/status.h"

namespace refuge::instruments {

// A content file as the caller read it.
struct InstrumentFile {
  std::string path;  // used in errors and to check the id: ".../scs-sf.json" must hold "scs-sf"
  std::string text;
};

class Catalog {
 public:
  // Parses and validates every file; the first error is returned as "<file>:<line>: <what>".
  // Also refuses a file whose name differs from its id, and an id used twice.
  static Result<Catalog> load(const std::vector<InstrumentFile>& files);

  const Instrument* find(std::string_view id) const;  // nullptr when unknown
  const std::vector<Instrument>& instruments() const { return instruments_; }  // sorted by id

 private:
  std::vector<Instrument> instruments_;
};

// Loads one file: parse, validate, and check the file name against the id.
Result<Instrument> load_instrument_file(const InstrumentFile& file);

}  // namespace refuge::instruments
