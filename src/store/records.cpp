#include "store/records.h"

namespace refuge::store {

const char* to_string(Role r) {
  switch (r) {
    case Role::kTherapist: return "therapist";
    case Role::kAdmin: return "admin";
    case Role::kPerson: break;
  }
  return "person";
}

bool role_from_string(const std::string& s, Role* out) {
  if (s == "person") *out = Role::kPerson;
  else if (s == "therapist") *out = Role::kTherapist;
  else if (s == "admin") *out = Role::kAdmin;
  else return false;
  return true;
}

}  // namespace refuge::store
