// The layers kept honest: only storage/ holds the database session
// (storage/Session.h), so the services, reports, UI and CLI can reach the
// register only through its stores and services; and the UI, the CLI and the
// reports use no store directly, only the services, which make the role
// checks and name what each read returns.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

TEST_CASE("nothing outside storage/ includes the session header", "[storage][layers]") {
  const fs::path src = fs::path(S113_SOURCE_DIR) / "src";
  std::vector<std::string> outside;
  std::size_t inStorage = 0;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    if (text.str().find("#include \"storage/Session.h\"") == std::string::npos) continue;
    const std::string folder = entry.path().parent_path().filename().string();
    if (folder == "storage")
      ++inStorage;
    else
      outside.push_back(fs::relative(entry.path(), src).string());
  }
  CHECK(outside.empty());
  INFO(outside.size());
  CHECK(inStorage > 0);  // the scan found the header where it belongs
}

namespace {

// The storage headers a file of `layer` (ui, cli, reports) may include: the
// register handle every caller holds, the one platform file, the
// process-wide SQLite threading mode a program's main sets before it opens
// anything, and for the reports the runner of their own SQL. Everything
// else is read through the services, which keep the role checks.
bool allowedAbove(const std::string& layer, const std::string& header) {
  if (header == "Register.h" || header == "OsUser.h") return true;
  if (layer == "cli" && header == "SqliteThreading.h") return true;
  return layer == "reports" && header == "TextQuery.h";
}

// "storage/X.h" includes of one file, as "X.h".
std::vector<std::string> storageIncludes(const fs::path& file) {
  static const std::string prefix = "#include \"storage/";
  std::vector<std::string> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    const auto at = line.find(prefix);
    if (at == std::string::npos) continue;
    const auto start = at + prefix.size();
    out.push_back(line.substr(start, line.find('"', start) - start));
  }
  return out;
}

}  // namespace

TEST_CASE("the UI, the CLI and the reports reach storage only through the services", "[storage][layers]") {
  const fs::path src = fs::path(S113_SOURCE_DIR) / "src";
  std::vector<std::string> offending;
  std::size_t allowedSeen = 0;
  for (const std::string layer : {"ui", "cli", "reports"}) {
    for (const auto& entry : fs::recursive_directory_iterator(src / layer)) {
      if (!entry.is_regular_file()) continue;
      for (const auto& header : storageIncludes(entry.path())) {
        if (allowedAbove(layer, header))
          ++allowedSeen;
        else
          offending.push_back(fs::relative(entry.path(), src).string() + ": storage/" + header);
      }
    }
  }
  std::string listed;
  for (const auto& o : offending) listed += o + "\n";
  INFO(listed);
  CHECK(offending.empty());
  CHECK(allowedSeen > 0);  // the scan read the layers' includes at all
}
