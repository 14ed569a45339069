#include "reports/Catalogue.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Placement.h"
#include "reports/ReportData.h"
#include "reports/Writers.h"
#include "services/DecisionReads.h"
#include "services/RechargeService.h"
#include "services/TypedRecords.h"

namespace s113::reports {

std::vector<ReportInfo> reportCatalogue() {
  return {
      {"forum-pack", "Joint Staff Forum review pack", "", true, true, ""},
      {"register", "Register of S113 and joint posts", "", true, true, ""},
      {"recharges", "Recharge schedule and net position", "", true, true, ""},
      {"decision", "Decision record for one post", "post", false, true, ""},
      {"exit", "Exit scenario", "agreement", true, true, ""},
      {"placement-letter", "Individual S113 placement letter", "placement", false, true, ""},
  };
}

namespace {

// The latest year, `from` or up to 30 before it, whose schedule has lines;
// `from` when none has. Only a year in which some agreement runs can have
// lines, so only such a year's schedule is computed.
FinancialYear latestYearWithLines(Register& reg, const FinancialYear& from) {
  const auto agreements = rechargeAgreementsOf(reg);
  for (int back = 0; back <= 30; ++back) {
    const FinancialYear year(from.startYear() - back);
    const bool anyRuns = std::any_of(agreements.begin(), agreements.end(), [&](const RechargeTerms& t) {
      return t.start <= year.lastDay() && (!t.end || *t.end >= year.firstDay());
    });
    if (anyRuns && !rechargeSchedule(reg, year).lines.empty()) return year;
  }
  return from;
}

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
  if (name == "recharges") return rechargeReport(reg, params);
  if (name == "decision") return decisionReport(reg, params);
  if (name == "exit") return exitReport(reg, params);
  if (name == "placement-letter") return placementLetter(reg, params);
  throw ReportUsageError("the " + name + " report is not available");
}

std::string suggestedFileName(const ReportDocument& doc, const std::string& extension) {
  std::string stem = doc.report;
  if (!doc.fact("year").empty()) stem += "-" + doc.fact("year");  // "2013/14"
  std::replace(stem.begin(), stem.end(), '/', '-');
  return stem + "." + extension;
}

std::string rechargeFileName(const FinancialYear& year, const std::string& extension) {
  std::string stem = "recharges-" + year.label();  // "2013/14"
  std::replace(stem.begin(), stem.end(), '/', '-');
  return stem + "." + extension;
}

std::string withExtension(const std::string& path, const std::string& extension) {
  const std::filesystem::path p(path);
  if (p.extension() == "." + extension) return path;
  std::filesystem::path out = p;
  if (!p.extension().empty()) out.replace_extension();
  return out.string() + "." + extension;
}

std::vector<std::string> writeAllReports(Register& reg, const std::string& folder,
                                         const ReportParams& params) {
  std::filesystem::create_directories(folder);
  std::vector<std::string> written;
  auto writeAll = [&](const ReportDocument& doc, std::string stem) {
    if (stem.empty()) {  // the suggested name, without its extension
      stem = suggestedFileName(doc, "");
      stem.pop_back();
    }
    std::vector<Format> formats{Format::Pdf, Format::Html};
    if (doc.tabular) formats.insert(formats.end(), {Format::Csv, Format::Xlsx});
    for (Format f : formats) {
      std::string path = (std::filesystem::path(folder) / (stem + "." + extensionOf(f))).string();
      writeReport(doc, path);
      written.push_back(path);
    }
  };
  const AsAt when{params.effectiveDate(), boost::none};
  writeAll(forumPackReport(reg, params), "forum-pack");
  writeAll(registerReport(reg, params), "register");
  // Recharges: the year asked for, else the latest year up to the effective
  // date in which any agreement runs.
  ReportParams year = params;
  if (!params.year) year.year = latestYearWithLines(reg, reportYear(params));
  writeAll(rechargeReport(reg, year), "");
  std::set<std::string> decided;
  for (const auto& row : recordedDecisions(reg)) decided.insert(row.postRef);
  for (const auto& post : decided) {
    ReportParams p = params;
    p.post = post;
    writeAll(decisionReport(reg, p), "decision-" + post);
  }
  for (const Agreement& a : viewsAsAt<Agreement>(reg, agreementDef(), when)) {
    if (a.inForceFrom > when.effective) continue;
    ReportParams p = params;
    p.agreement = a.ref;
    writeAll(exitReport(reg, p), "exit-" + a.ref);
  }
  for (const Placement& pl : viewsAsAt<Placement>(reg, placementDef(), when)) {
    if (pl.status == PlacementStatus::Ended || pl.status == PlacementStatus::Terminated) continue;
    ReportParams p = params;
    p.placement = pl.ref;
    writeAll(placementLetter(reg, p), "placement-letter-" + pl.ref);
  }
  return written;
}

}  // namespace s113::reports
