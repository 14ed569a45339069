#include "storage/SqliteConnect.h"

#include <stdexcept>

namespace s113 {

std::string sqliteConnectString(const std::string& path) {
  // SQLite reads a name starting "file:" as a URI: keep it a plain path.
  const std::string file = path.rfind("file:", 0) == 0 ? "./" + path : path;
  // Without '=' the backend takes the whole string as the file name.
  if (file.find('=') == std::string::npos) return file;
  // Otherwise "db=VALUE": unquoted a value runs to the next space ...
  if (file.find(' ') == std::string::npos && file[0] != '"') return "db=" + file;
  // ... quoted it runs to the next quote.
  if (file.find('"') == std::string::npos) return "db=\"" + file + "\"";
  throw std::invalid_argument("a register whose path holds '=', a space and '\"' together cannot be opened: rename it");
}

}  // namespace s113
