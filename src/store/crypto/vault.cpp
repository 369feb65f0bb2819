#include "store/crypto/vault.h"

#include <algorithm>
#include <string>

#include "store/crypto/aead.h"

namespace refuge::crypto {
namespace {

constexpr unsigned char kVersion = 1;

// "kind|record id|owner id", the associated data every sealed record is bound to; built in a
// stack buffer when it fits (a list page opens many records).
class AssociatedData {
 public:
  AssociatedData(std::string_view kind, std::string_view record_id, std::string_view owner_id) {
    const std::size_t n = kind.size() + record_id.size() + owner_id.size() + 2;
    if (n > sizeof buf_) heap_.resize(n);
    char* const start = n > sizeof buf_ ? heap_.data() : buf_;
    char* p = std::copy(kind.begin(), kind.end(), start);
    *p++ = '|';
    p = std::copy(record_id.begin(), record_id.end(), p);
    *p++ = '|';
    std::copy(owner_id.begin(), owner_id.end(), p);
    view_ = std::string_view(start, n);
  }
  AssociatedData(const AssociatedData&) = delete;
  AssociatedData& operator=(const AssociatedData&) = delete;
  std::string_view view() const { return view_; }

 private:
  char buf_[256];
  std::string heap_;
  std::string_view view_;
};

}  // namespace

Bytes Vault::seal(std::string_view kind, std::string_view record_id, std::string_view owner_id,
                  std::string_view plaintext) const {
  Bytes body =
      aead::seal(key_.data(), plaintext, AssociatedData(kind, record_id, owner_id).view());
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
  const AssociatedData ad(kind, record_id, owner_id);
  auto plain = aead::open_text(key_.data(), sealed.data() + 1, sealed.size() - 1, ad.view());
  if (!plain) return Status::Corruption("sealed record does not open (altered, moved or other key)");
  return std::move(*plain);
}

}  // namespace refuge::crypto
