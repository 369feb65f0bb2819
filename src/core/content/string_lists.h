// Named lists of strings in a JSON object ({"sight": ["..."], ...}): the sealed plaintext of the
// self-soothing kit and the safety plan, one list per key.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace refuge::content {

// JSON {key: [items]} for each key, in order.
template <std::size_t N>
nlohmann::json string_lists_json(const std::array<const char*, N>& keys,
                                 const std::array<std::vector<std::string>, N>& lists) {
  nlohmann::json j = nlohmann::json::object();
  for (std::size_t k = 0; k < N; ++k) j[keys[k]] = lists[k];
  return j;
}

// Reads each key's list from `j` (a missing key is an empty list). Corruption naming `what` when
// a value is not a list of strings.
template <std::size_t N>
Status read_string_lists(const nlohmann::json& j, const std::array<const char*, N>& keys,
                         std::array<std::vector<std::string>, N>& lists, const char* what) {
  for (std::size_t k = 0; k < N; ++k) {
    auto it = j.find(keys[k]);
    if (it == j.end()) continue;
    if (!it->is_array()) return Status::Corruption(std::string(what) + ": a part is not a list");
    for (const auto& item : *it) {
      if (!item.is_string()) return Status::Corruption(std::string(what) + ": an item is not text");
      lists[k].push_back(item.template get<std::string>());
    }
  }
  return Status::Ok();
}

}  // namespace refuge::content
