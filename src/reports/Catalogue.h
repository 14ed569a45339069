// The report catalogue and runner. Each report reads the register (never
// writes it) and returns a ReportDocument; Writers.h writes it out. The one
// write is issueForumPack, which freezes a meeting's pack.
//
//   ReportParams p;  p.asAt = parseIsoDate("2016-03-31");
//   writeReport(buildReport(reg, "register", p), "register.pdf");
//   writeAllReports(reg, "out/reports", ReportParams());  // every report, every format
#pragma once
#include <boost/optional.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "reports/ReportDocument.h"
#include "storage/Register.h"

namespace s113::reports {

// A report asked for without what it needs (no --post for a decision record),
// or an unknown report name: the caller's mistake (exit 2 in the CLI).
class ReportUsageError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct ReportParams {
  boost::optional<Date> asAt;           // effective date; none = today
  boost::optional<FinancialYear> year;  // recharges; none = the year holding asAt
  boost::optional<Date> meeting;        // forum pack; none = asAt
  std::string post;                     // decision record: the post's newest decision
  std::string decision;                 // decision record: this decision ("D-BN-037-1")
  std::string agreement;                // exit scenario; "" = the first agreement
  std::string placement;                // placement letter
  int reviewDays = 90;                  // forum pack: reviews due within this many days
  Date effectiveDate() const { return asAt ? *asAt : today(); }
};

struct ReportInfo {
  std::string name;  // "forum-pack"
  std::string title;
  std::string needs;      // "", "post", "agreement", "placement": the parameter it needs
  bool tabular = false;   // CSV and XLSX forms
  bool available = true;  // false while the records it reads are not in this program
  std::string why;        // when unavailable
};

std::vector<ReportInfo> reportCatalogue();

// Builds one report; throws ReportUsageError for an unknown or unavailable
// report or a missing parameter, NotFound for a record that does not exist.
ReportDocument buildReport(Register& reg, const std::string& name, const ReportParams& params);

// Writes every available report for the register into `folder` (created when
// missing): each in PDF and HTML, tabular ones also CSV and XLSX; reports on
// one record are written once per record (decision-BN-037.pdf). Returns the
// files written.
std::vector<std::string> writeAllReports(Register& reg, const std::string& folder,
                                         const ReportParams& params);

// The file name the program gives a report when it chooses one: the report's
// name, then its financial year when it has one: "recharges-2013-14.xlsx".
std::string suggestedFileName(const ReportDocument& doc, const std::string& extension);
// The recharge file of a year: "recharges-2013-14.xlsx" (the extension given).
std::string rechargeFileName(const FinancialYear& year, const std::string& extension);
// `path` ending in `extension`: a different extension (".xlsx" when CSV was
// chosen) is replaced, a missing one added: ("out/r.xlsx", "csv") -> "out/r.csv".
std::string withExtension(const std::string& path, const std::string& extension);

// Freezes the forum pack of the meeting on `meeting`: records the meeting
// (when it is not recorded yet) and stores the pack built now, in one
// transaction. Throws Conflict when that meeting's pack was already issued.
ReportDocument issueForumPack(Register& reg, const Date& meeting, const std::string& title,
                              const ReportParams& params);

// The individual reports (one file each).
ReportDocument registerReport(Register& reg, const ReportParams& params);
ReportDocument forumPackReport(Register& reg, const ReportParams& params);
ReportDocument rechargeReport(Register& reg, const ReportParams& params);
ReportDocument decisionReport(Register& reg, const ReportParams& params);
ReportDocument exitReport(Register& reg, const ReportParams& params);
ReportDocument placementLetter(Register& reg, const ReportParams& params);
// The year of the recharge report: params.year, else the year holding the effective date.
FinancialYear reportYear(const ReportParams& params);

}  // namespace s113::reports
