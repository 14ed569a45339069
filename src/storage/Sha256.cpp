#include "storage/Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace s113 {
namespace {

// Fetched once: an implicit fetch per call would cost more than the hash of
// a short audit row.
const EVP_MD* sha256Algorithm() {
  static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (!md) throw std::runtime_error("OpenSSL has no SHA-256");
  return md;
}

void toHex(const unsigned char* digest, unsigned int length, std::string& out) {
  static const char* const kHex = "0123456789abcdef";
  out.resize(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xf];
  }
}

}  // namespace

std::string sha256Hex(const std::string& bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, sha256Algorithm(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  std::string out;
  toHex(digest, length, out);
  return out;
}

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_) throw std::runtime_error("SHA-256: no memory for a digest context");
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctx_); }

void Sha256::hexInto(const char* data, std::size_t size, std::string& out) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestInit_ex2(ctx_, sha256Algorithm(), nullptr) != 1 || EVP_DigestUpdate(ctx_, data, size) != 1 ||
      EVP_DigestFinal_ex(ctx_, digest, &length) != 1)
    throw std::runtime_error("SHA-256 failed");
  toHex(digest, length, out);
}

}  // namespace s113
