#include "core/instruments/catalog.h"

#include <algorithm>

#include "core/content/json_source.h"
#include "core/instruments/instrument_loader.h"

namespace refuge::instruments {
namespace {

std::string file_stem(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.rfind(".json");
  return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

Result<Instrument> load_instrument_file(const InstrumentFile& file) {
  auto source = content::JsonSource::parse(file.path, file.text);
  if (!source.ok()) return source.status();
  auto inst = load_instrument(*source);
  if (!inst.ok()) return inst.status();
  if (inst->id != file_stem(file.path)) {
    return Status::InvalidArgument(source->error_at(
        nlohmann::json::json_pointer("/id"), "the id '" + inst->id + "' must match the file name"));
  }
  return inst;
}

Result<Catalog> Catalog::load(const std::vector<InstrumentFile>& files) {
  Catalog c;
  for (const auto& file : files) {
    auto inst = load_instrument_file(file);
    if (!inst.ok()) return inst.status();
    if (c.find(inst->id) != nullptr) {
      return Status::InvalidArgument(file.path + ":1: instrument '" + inst->id +
                                     "' is defined twice");
    }
    c.instruments_.push_back(std::move(inst).value());
  }
  std::sort(c.instruments_.begin(), c.instruments_.end(),
            [](const Instrument& a, const Instrument& b) { return a.id < b.id; });
  return c;
}

const Instrument* Catalog::find(std::string_view id) const {
  for (const auto& i : instruments_) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

}  // namespace refuge::instruments
