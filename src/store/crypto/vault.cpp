#include "store/crypto/vault.h"

#include <algorithm>

#include "store/crypto/aead.h"

namespace refuge::crypto {
namespace {

constexpr unsigned char kVersion = 1;

std::string associated_data(std::string_view kind, std::string_view record_id,
                            std::string_view owner_id) {
  std::string ad;
  ad.reserve(kind.size() + record_id.size() + owner_id.size() + 2);
  ad.append(kind).append("|").append(record_id).append("|").append(owner_id);
  return ad;
}

}  // namespace

Bytes Vault::seal(std::string_view kind, std::string_view record_id, std::string_view owner_id,
                  std::string_view plaintext) const {
  Bytes body = aead::seal(key_.data(), plaintext, associated_data(kind, record_id, owner_id));
  Bytes out;
  out.reserve(body.size() + 1);
  out.push_back(kVersion);
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

Result<std::string> Vault::open(std::string_view kind, std::string_view record_id,
                                std::string_view owner_id, const Bytes& sealed) const {
  if (sealed.empty() || sealed[0] != kVersion) {
    return Status::Corruption("sealed record has an unknown format");
  }
  // The associated data in a stack buffer when it fits (a list page opens twenty records).
  char buf[256];
  std::string heap;
  std::string_view ad;
  if (kind.size() + record_id.size() + owner_id.size() + 2 <= sizeof buf) {
    char* p = buf;
    p = std::copy(kind.begin(), kind.end(), p);
    *p++ = '|';
    p = std::copy(record_id.begin(), record_id.end(), p);
    *p++ = '|';
    p = std::copy(owner_id.begin(), owner_id.end(), p);
    ad = std::string_view(buf, static_cast<std::size_t>(p - buf));
  } else {
    heap = associated_data(kind, record_id, owner_id);
    ad = heap;
  }
  auto plain = aead::open_text(key_.data(), sealed.data() + 1, sealed.size() - 1, ad);
  if (!plain) return Status::Corruption("sealed record does not open (altered, moved or other key)");
  return std::move(*plain);
}

}  // namespace refuge::crypto
