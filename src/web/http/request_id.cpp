#include "web/http/request_id.h"

#include <random>

namespace refuge::web::detail {

std::string new_request_id() {
  thread_local std::mt19937_64 generator = [] {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device()};
    return std::mt19937_64(seed);
  }();
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
  std::uint64_t bits = generator();
  std::string id(12, ' ');
  for (char& c : id) {
    c = kAlphabet[bits & 31];
    bits >>= 5;
  }
  return id;
}

}  // namespace refuge::web::detail
