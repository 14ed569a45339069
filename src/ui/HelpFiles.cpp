#include "ui/HelpFiles.h"

#include <wx/stdpaths.h>

#include <filesystem>

#include "ui/WxText.h"

namespace s113::ui {

namespace {

// <prefix>/share, <prefix> being the folder above the program's bin/.
std::filesystem::path installedShare() {
  const std::filesystem::path program = fromWx(wxStandardPaths::Get().GetExecutablePath());
  return program.parent_path().parent_path() / "share";
}

}  // namespace

std::vector<std::string> localeFolders() {
  std::vector<std::string> folders = {(installedShare() / "locale").string()};
#ifdef S113_LOCALE_BUILD_DIR
  folders.emplace_back(S113_LOCALE_BUILD_DIR);
#endif
  return folders;
}

std::string userGuideFolder() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates = {installedShare() / "s113reg" / "user-guide"};
#ifdef S113_GUIDE_SOURCE_DIR
  candidates.emplace_back(S113_GUIDE_SOURCE_DIR);
#endif
  std::error_code ignored;
  for (const fs::path& folder : candidates)
    if (fs::is_regular_file(folder / "index.html", ignored))
      return folder.lexically_normal().string();
  return {};
}

std::string userGuideIndex() {
  const std::string folder = userGuideFolder();
  return folder.empty() ? std::string() : (std::filesystem::path(folder) / "index.html").string();
}

}  // namespace s113::ui
