#include "ui/HelpFiles.h"

#include <wx/stdpaths.h>

#include <filesystem>

#include "ui/WxText.h"

namespace s113::ui {

std::string userGuideFolder() {
  namespace fs = std::filesystem;
  const fs::path program = fromWx(wxStandardPaths::Get().GetExecutablePath());
  std::vector<fs::path> candidates = {
      program.parent_path().parent_path() / "share" / "s113reg" / "user-guide"};
#ifdef S113_GUIDE_SOURCE_DIR
  candidates.emplace_back(S113_GUIDE_SOURCE_DIR);
#endif
  std::error_code ignored;
  for (const fs::path& folder : candidates)
    if (fs::is_regular_file(folder / "index.html", ignored)) return folder.lexically_normal().string();
  return {};
}

std::string userGuideIndex() {
  const std::string folder = userGuideFolder();
  return folder.empty() ? std::string() : (std::filesystem::path(folder) / "index.html").string();
}

}  // namespace s113::ui
