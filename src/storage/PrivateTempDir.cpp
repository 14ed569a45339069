#include "storage/PrivateTempDir.h"

#include <random>

#include "domain/Errors.h"

namespace fs = std::filesystem;

namespace s113 {

PrivateTempDir::PrivateTempDir(const std::string& purpose) {
  static std::mt19937_64 random{std::random_device{}()};
  const fs::path base = fs::temp_directory_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path candidate = base / ("s113-" + purpose + "-" + std::to_string(random() % 1000000000ULL));
    std::error_code ec;
    if (!fs::create_directory(candidate, ec)) continue;  // taken (or not creatable): another name
    // Before anything is written into it.
    fs::permissions(candidate, fs::perms::owner_all, fs::perm_options::replace, ec);
    if (ec) {
      fs::remove(candidate, ec);
      throw StorageError("Cannot make a private temporary folder: " + ec.message());
    }
    path_ = candidate;
    return;
  }
  throw StorageError("Cannot make a private temporary folder in " + base.string());
}

PrivateTempDir::~PrivateTempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace s113
