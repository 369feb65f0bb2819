#include "core/instruments/instrument_loader.h"

#include "core/instruments/loader_parts.h"

namespace refuge::instruments {

Result<Instrument> load_instrument(const content::JsonSource& source) {
  using detail::Ptr;
  const detail::Fields f(source);
  const detail::Json& root = source.root();
  Instrument inst;
  REFUGE_RETURN_IF_ERROR(detail::read_questionnaire(f, root, &inst));
  if (!root.contains("refuge")) {
    return Status::InvalidArgument(
        source.error_at(Ptr(), "missing \"refuge\" (the scoring block Refuge reads)"));
  }
  const Ptr at("/refuge");
  REFUGE_RETURN_IF_ERROR(detail::read_scoring_rules(f, root["refuge"], at, &inst));
  REFUGE_RETURN_IF_ERROR(detail::read_loinc_panel(f, root["refuge"], at, root, &inst));
  inst.questionnaire = root;
  inst.questionnaire.erase("refuge");
  return inst;
}

}  // namespace refuge::instruments
