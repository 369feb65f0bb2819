// The FHIR R4 Questionnaire half of an instrument file.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/instruments/loader_parts.h"

namespace refuge::instruments::detail {
namespace {

constexpr const char* kOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
constexpr const char* kLoinc = "http://loinc.org";

bool is_id(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::islower(c) || std::isdigit(c) || c == '-';
  });
}

// "12" -> 12; anything else (leading zero, sign, letters) -> 0.
int item_number(const std::string& link_id) {
  if (link_id.empty() || link_id.size() > 4 || link_id[0] == '0') return 0;
  int n = 0;
  for (char c : link_id) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

Status read_ordinal(const Fields& f, const Json& coding, const Ptr& at, int* out) {
  const Json* ext = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(coding, at, "extension", &ext, true));
  for (std::size_t i = 0; ext != nullptr && i < ext->size(); ++i) {
    const Json& e = (*ext)[i];
    if (!has_string(e, "url", kOrdinalValue)) continue;
    const Json v = e.contains("valueDecimal") ? e["valueDecimal"] : Json();
    if (!v.is_number() || v.get<double>() != std::floor(v.get<double>()) ||
        std::fabs(v.get<double>()) > 1000) {
      return f.fail(at / "extension" / i / "valueDecimal",
                    "the ordinal value must be a whole number between -1000 and 1000");
    }
    *out = static_cast<int>(v.get<double>());
    return Status::Ok();
  }
  return f.fail(at, "an answer needs an ordinalValue extension (its scored value)");
}

Status read_option(const Fields& f, const Json& j, const Ptr& at, AnswerOption* o) {
  REFUGE_RETURN_IF_ERROR(f.object(j, at, "an answerOption"));
  if (!j.contains("valueCoding")) return f.fail(at, "an answerOption needs a \"valueCoding\"");
  const Json& c = j["valueCoding"];
  const Ptr cat = at / "valueCoding";
  REFUGE_RETURN_IF_ERROR(f.object(c, cat, "\"valueCoding\""));
  REFUGE_RETURN_IF_ERROR(f.text(c, cat, "system", &o->system));
  REFUGE_RETURN_IF_ERROR(f.text(c, cat, "code", &o->code));
  REFUGE_RETURN_IF_ERROR(f.text(c, cat, "display", &o->display));
  return read_ordinal(f, c, cat, &o->value);
}

Status read_item_code(const Fields& f, const Json& j, const Ptr& at, Item* item) {
  const Json* codes = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(j, at, "code", &codes, true));
  if (codes == nullptr) return Status::Ok();
  for (std::size_t i = 0; i < codes->size(); ++i) {
    const Json& c = (*codes)[i];
    std::string system, code;
    REFUGE_RETURN_IF_ERROR(f.object(c, at / "code" / i, "a code"));
    REFUGE_RETURN_IF_ERROR(f.text(c, at / "code" / i, "system", &system));
    REFUGE_RETURN_IF_ERROR(f.text(c, at / "code" / i, "code", &code));
    if (system == kLoinc) item->loinc = code;
  }
  return Status::Ok();
}

Status read_choice_item(const Fields& f, const Json& j, const Ptr& at, int expected, Item* item) {
  std::string link_id;
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "linkId", &link_id));
  item->number = item_number(link_id);
  if (item->number != expected) {
    return f.fail(at / "linkId",
                  "question linkIds must be the item numbers 1, 2, 3, ... in order; "
                  "expected \"" +
                      std::to_string(expected) + "\", found \"" + link_id + "\"");
  }
  REFUGE_RETURN_IF_ERROR(f.text(j, at, "text", &item->text));
  REFUGE_RETURN_IF_ERROR(f.boolean(j, at, "required", &item->required, false));
  REFUGE_RETURN_IF_ERROR(read_item_code(f, j, at, item));
  const Json* options = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(j, at, "answerOption", &options));
  if (options->size() < 2) {
    return f.fail(at / "answerOption", "item " + link_id + " needs at least two answer options");
  }
  for (std::size_t i = 0; i < options->size(); ++i) {
    AnswerOption o;
    REFUGE_RETURN_IF_ERROR(read_option(f, (*options)[i], at / "answerOption" / i, &o));
    if (!item->options.empty() && o.value <= item->options.back().value) {
      return f.fail(at / "answerOption" / i,
                    "item " + link_id + ": answer values must rise one option to the next");
    }
    item->options.push_back(std::move(o));
  }
  return Status::Ok();
}

}  // namespace

Status read_questionnaire(const Fields& f, const Json& root, Instrument* out) {
  const Ptr top;
  REFUGE_RETURN_IF_ERROR(f.object(root, top, "an instrument file"));
  std::string type;
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "resourceType", &type));
  if (type != "Questionnaire") {
    return f.fail(top / "resourceType", "\"resourceType\" must be \"Questionnaire\"");
  }
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "id", &out->id));
  if (!is_id(out->id)) {
    return f.fail(top / "id", "\"id\" may hold only lower-case letters, digits and dashes");
  }
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "url", &out->url));
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "version", &out->version));
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "title", &out->title));
  std::string status, copyright;
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "status", &status));
  constexpr std::array<const char*, 4> kStatuses = {"draft", "active", "retired", "unknown"};
  if (std::find(kStatuses.begin(), kStatuses.end(), status) == kStatuses.end()) {
    return f.fail(top / "status", "\"status\" must be draft, active, retired or unknown");
  }
  REFUGE_RETURN_IF_ERROR(f.text(root, top, "copyright", &copyright));

  const Json* items = nullptr;
  REFUGE_RETURN_IF_ERROR(f.array(root, top, "item", &items));
  for (std::size_t i = 0; i < items->size(); ++i) {
    const Json& j = (*items)[i];
    const Ptr at = top / "item" / i;
    REFUGE_RETURN_IF_ERROR(f.object(j, at, "an item"));
    std::string item_type;
    REFUGE_RETURN_IF_ERROR(f.text(j, at, "type", &item_type));
    if (item_type == "display") {
      std::string text;
      REFUGE_RETURN_IF_ERROR(f.text(j, at, "text", &text));
      if (out->instructions.empty()) out->instructions = text;
      continue;
    }
    if (item_type != "choice") {
      return f.fail(at / "type", "an item's \"type\" must be \"choice\" or \"display\"");
    }
    Item item;
    REFUGE_RETURN_IF_ERROR(read_choice_item(f, j, at, out->item_count() + 1, &item));
    out->items.push_back(std::move(item));
  }
  if (out->items.empty()) return f.fail(top / "item", "an instrument needs at least one question");
  return Status::Ok();
}

}  // namespace refuge::instruments::detail
