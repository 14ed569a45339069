#include "reports/Catalogue.h"

#include <filesystem>

#include "reports/Writers.h"

namespace s113::reports {

std::vector<ReportInfo> reportCatalogue() {
  return {
      {"forum-pack", "Joint Staff Forum review pack", "", true, true, ""},
      {"register", "Register of S113 and joint posts", "", true, true, ""},
      {"recharges", "Recharge schedule and net position", "", true, false,
       "recharge agreements are not in this program yet"},
      {"decision", "Decision record for one post", "post", false, false,
       "recorded decisions are not in this program yet"},
      {"exit", "Exit scenario", "agreement", true, false,
       "the exit scenario is not in this program yet"},
      {"placement-letter", "Individual S113 placement letter", "placement", false, false,
       "S113 placements are not in this program yet"},
  };
}

namespace {

const ReportInfo& infoOf(const std::string& name) {
  static const auto catalogue = reportCatalogue();
  for (const auto& info : catalogue)
    if (info.name == name) return info;
  std::string names;
  for (const auto& info : catalogue) names += (names.empty() ? "" : ", ") + info.name;
  throw ReportUsageError("no report called '" + name + "': choose one of " + names);
}

}  // namespace

ReportDocument buildReport(Register& reg, const std::string& name, const ReportParams& params) {
  const ReportInfo& info = infoOf(name);
  if (!info.available)
    throw ReportUsageError("the " + name + " report is not available: " + info.why);
  if (name == "register") return registerReport(reg, params);
  if (name == "forum-pack") return forumPackReport(reg, params);
  throw ReportUsageError("the " + name + " report is not available");
}

std::vector<std::string> writeAllReports(Register& reg, const std::string& folder,
                                         const ReportParams& params) {
  std::filesystem::create_directories(folder);
  std::vector<std::string> written;
  auto writeAll = [&](const ReportDocument& doc, const std::string& stem) {
    std::vector<Format> formats{Format::Pdf, Format::Html};
    if (doc.tabular) formats.insert(formats.end(), {Format::Csv, Format::Xlsx});
    for (Format f : formats) {
      std::string path = (std::filesystem::path(folder) / (stem + "." + extensionOf(f))).string();
      writeReport(doc, path);
      written.push_back(path);
    }
  };
  for (const auto& info : reportCatalogue()) {
    if (!info.available) continue;
    if (info.needs.empty()) writeAll(buildReport(reg, info.name, params), info.name);
  }
  return written;
}

}  // namespace s113::reports
