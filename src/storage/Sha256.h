// SHA-256 of a byte string, as 64 lower-case hex digits. OpenSSL's libcrypto
// (EVP) does the hashing: a well-kept, Debian-packaged implementation, so the
// register carries no cryptographic code of its own.
#pragma once
#include <string>

namespace s113 {

std::string sha256Hex(const std::string& bytes);

}  // namespace s113
