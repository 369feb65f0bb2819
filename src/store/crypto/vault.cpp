#include "store/crypto/vault.h"

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
  auto plain = aead::open(key_.data(), sealed.data() + 1, sealed.size() - 1,
                          associated_data(kind, record_id, owner_id));
  if (!plain) return Status::Corruption("sealed record does not open (altered, moved or other key)");
  return std::string(plain->begin(), plain->end());
}

}  // namespace refuge::crypto
