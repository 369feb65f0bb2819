#include "core/journal/summary_block.h"

#include <algorithm>

namespace refuge::journal {
namespace {

constexpr char kVersion = 1;

void put_le(std::string& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

bool get_le(std::string_view p, std::size_t& pos, int bytes, uint64_t& v) {
  if (p.size() - pos < static_cast<std::size_t>(bytes)) return false;
  v = 0;
  for (int i = 0; i < bytes; ++i) {
    v |= static_cast<uint64_t>(static_cast<unsigned char>(p[pos + i])) << (8 * i);
  }
  pos += bytes;
  return true;
}

}  // namespace

std::string encode_summary_block(const std::vector<BlockMember>& members) {
  std::string out;
  out.reserve(3 + members.size() * 300);
  out += kVersion;
  const std::size_t count = std::min<std::size_t>(members.size(), 0xffff);
  put_le(out, count, 2);
  for (std::size_t i = 0; i < count; ++i) {
    const BlockMember& m = members[i];
    const std::size_t id_size = std::min<std::size_t>(m.entry_id.size(), 255);
    out += static_cast<char>(id_size);
    out.append(m.entry_id, 0, id_size);
    put_le(out, static_cast<uint64_t>(m.revision), 8);
    std::string summary = encode_summary(m.summary);
    put_le(out, summary.size(), 4);
    out += summary;
  }
  return out;
}

Result<std::vector<BlockMember>> decode_summary_block(std::string_view p) {
  const Status bad = Status::Corruption("journal summary block is not readable");
  if (p.empty() || p[0] != kVersion) return bad;
  std::size_t pos = 1;
  uint64_t count = 0;
  if (!get_le(p, pos, 2, count)) return bad;
  std::vector<BlockMember> members;
  members.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t id_size = 0, revision = 0, summary_size = 0;
    if (!get_le(p, pos, 1, id_size) || p.size() - pos < id_size) return bad;
    BlockMember m;
    m.entry_id = std::string(p.substr(pos, id_size));
    pos += id_size;
    if (!get_le(p, pos, 8, revision) || !get_le(p, pos, 4, summary_size)) return bad;
    if (p.size() - pos < summary_size) return bad;
    auto summary = decode_summary(p.substr(pos, summary_size));
    if (!summary.ok()) return bad;
    pos += summary_size;
    m.revision = static_cast<int64_t>(revision);
    m.summary = std::move(summary.value());
    members.push_back(std::move(m));
  }
  if (pos != p.size()) return bad;
  return members;
}

void put_member(std::vector<BlockMember>& members, std::string_view entry_id, int64_t revision,
                const EntrySummary* summary) {
  auto it = std::find_if(members.begin(), members.end(),
                         [&](const BlockMember& m) { return m.entry_id == entry_id; });
  if (!summary) {
    if (it != members.end()) members.erase(it);
    return;
  }
  if (it == members.end()) {
    members.push_back({std::string(entry_id), revision, *summary});
  } else {
    it->revision = revision;
    it->summary = *summary;
  }
}

}  // namespace refuge::journal
