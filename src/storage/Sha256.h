// SHA-256 of a byte string, as 64 lower-case hex digits. OpenSSL's libcrypto
// (EVP) does the hashing: a well-kept, Debian-packaged implementation, so the
// register carries no cryptographic code of its own.
#pragma once
#include <cstddef>
#include <string>

struct evp_md_ctx_st;

namespace s113 {

std::string sha256Hex(const std::string& bytes);

// One digest context used again and again: hashing millions of short texts in
// a row (the audit chain, written or verified) without allocating a context
// and a result string for each.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  // The hex digest of `size` bytes at `data`, written over `out`.
  void hexInto(const char* data, std::size_t size, std::string& out);

 private:
  evp_md_ctx_st* ctx_;
};

}  // namespace s113
