#include "storage/SqliteCopy.h"

#include <filesystem>
#include <random>

#include "domain/Errors.h"
#include "storage/Session.h"

namespace fs = std::filesystem;

namespace s113 {

std::string partialPathFor(const std::string& finalPath) {
  static std::mt19937_64 random{std::random_device{}()};
  for (;;) {
    std::string candidate = finalPath + ".partial-" + std::to_string(random() % 1000000000ULL);
    if (!fs::exists(candidate)) return candidate;
  }
}

void moveIntoPlace(const std::string& partial, const std::string& finalPath) {
  std::error_code ec;
  if (fs::exists(finalPath)) {
    fs::remove(partial, ec);
    throw StorageError("'" + finalPath + "' already exists: choose a new file name");
  }
  fs::rename(partial, finalPath, ec);
  if (ec) {
    fs::remove(partial, ec);
    throw StorageError("Cannot write '" + finalPath + "': " + ec.message());
  }
}

void copySqliteAtomically(soci::session& sql, const std::string& finalPath) {
  if (fs::exists(finalPath)) throw StorageError("'" + finalPath + "' already exists: choose a new file name");
  std::string partial = partialPathFor(finalPath);
  try {
    sql << "VACUUM INTO :f", soci::use(partial);
  } catch (const soci::soci_error& e) {
    std::error_code ec;
    fs::remove(partial, ec);
    throw StorageError("Cannot copy the register to '" + finalPath + "': " + e.what());
  }
  moveIntoPlace(partial, finalPath);
}

void copySqliteAtomically(Register& reg, const std::string& finalPath) { copySqliteAtomically(sessionOf(reg), finalPath); }

}  // namespace s113
