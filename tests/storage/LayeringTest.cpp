// The layers kept honest: only storage/ holds the database session
// (storage/Session.h), so the services, reports, UI and CLI can reach the
// register only through its stores and services.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

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
