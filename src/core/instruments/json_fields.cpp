#include "core/instruments/json_fields.h"

#include <cmath>
#include <limits>

namespace refuge::instruments::detail {
namespace {

std::string quoted(const char* name) { return std::string("\"") + name + "\""; }

bool is_whole(const Json& v) {
  if (v.is_number_integer()) return true;
  if (!v.is_number_float()) return false;
  double d = v.get<double>();
  return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e9;
}

}  // namespace

Status Fields::fail(const Ptr& at, std::string_view message) const {
  return Status::InvalidArgument(src_.error_at(at, message));
}

Status Fields::object(const Json& obj, const Ptr& at, std::string_view what) const {
  if (obj.is_object()) return Status::Ok();
  return fail(at, std::string(what) + " must be an object");
}

Status Fields::text(const Json& obj, const Ptr& at, const char* name, std::string* out,
                    bool optional, bool allow_empty) const {
  if (!obj.contains(name)) return optional ? Status::Ok() : fail(at, "missing " + quoted(name));
  const Json& v = obj.at(name);
  if (!v.is_string() || (!allow_empty && v.get_ref<const std::string&>().empty())) {
    return fail(at / name, quoted(name) + " must be a non-empty string");
  }
  *out = v.get<std::string>();
  return Status::Ok();
}

Status Fields::number(const Json& obj, const Ptr& at, const char* name, double* out) const {
  if (!obj.contains(name)) return fail(at, "missing " + quoted(name));
  const Json& v = obj.at(name);
  if (!v.is_number()) return fail(at / name, quoted(name) + " must be a number");
  *out = v.get<double>();
  return Status::Ok();
}

Status Fields::number_or_null(const Json& obj, const Ptr& at, const char* name,
                              std::optional<double>* out) const {
  out->reset();
  if (!obj.contains(name) || obj.at(name).is_null()) return Status::Ok();
  const Json& v = obj.at(name);
  if (!v.is_number()) return fail(at / name, quoted(name) + " must be a number or null");
  *out = v.get<double>();
  return Status::Ok();
}

Status Fields::integer(const Json& obj, const Ptr& at, const char* name, int* out) const {
  if (!obj.contains(name)) return fail(at, "missing " + quoted(name));
  const Json& v = obj.at(name);
  if (!is_whole(v)) return fail(at / name, quoted(name) + " must be a whole number");
  *out = static_cast<int>(v.get<double>());
  return Status::Ok();
}

Status Fields::boolean(const Json& obj, const Ptr& at, const char* name, bool* out,
                       bool fallback) const {
  *out = fallback;
  if (!obj.contains(name)) return Status::Ok();
  const Json& v = obj.at(name);
  if (!v.is_boolean()) return fail(at / name, quoted(name) + " must be true or false");
  *out = v.get<bool>();
  return Status::Ok();
}

Status Fields::integers(const Json& obj, const Ptr& at, const char* name, std::vector<int>* out,
                        bool optional) const {
  out->clear();
  const Json* list = nullptr;
  REFUGE_RETURN_IF_ERROR(array(obj, at, name, &list, optional));
  if (list == nullptr) return Status::Ok();
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (!is_whole((*list)[i])) {
      return fail(at / name / i, quoted(name) + " must hold whole numbers");
    }
    out->push_back(static_cast<int>((*list)[i].get<double>()));
  }
  return Status::Ok();
}

Status Fields::array(const Json& obj, const Ptr& at, const char* name, const Json** out,
                     bool optional) const {
  *out = nullptr;
  if (!obj.contains(name)) return optional ? Status::Ok() : fail(at, "missing " + quoted(name));
  const Json& v = obj.at(name);
  if (!v.is_array()) return fail(at / name, quoted(name) + " must be a list");
  *out = &v;
  return Status::Ok();
}

}  // namespace refuge::instruments::detail
