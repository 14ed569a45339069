// What finance closed and must never change (schema/0014_closed_periods):
// the closes of invoicing periods, the year-end true-ups, and the schedule
// lines kept exactly as they were invoiced or recorded. Rows are only ever
// inserted; the database refuses to update or delete them.
//
// A kept line is the ScheduleLine as it was kept (recharge/Schedule.h);
// recharge/KeptLineFields.h declares its columns, in the table and in the
// exchange file.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "recharge/KeptLineFields.h"
#include "recharge/Schedule.h"
#include "storage/Register.h"

namespace s113 {

struct RechargeClose {
  FinancialYear year{0};
  Date through;          // the periods ending on or before it are closed
  std::string closedAt;  // ISO UTC timestamp, as the audit log holds it
  std::string closedBy;
  long long auditSeq = 0;  // the audit log's last entry when it closed
};

struct RechargeTrueUp {
  FinancialYear year{0};
  std::string recordedAt;  // ISO UTC timestamp
  std::string recordedBy;
};

struct KeptLine {
  ScheduleLine line;
  std::string through;  // the close (or year trued up) that kept it
};

class KeptRechargeStore {
 public:
  explicit KeptRechargeStore(Register& reg) : reg_(reg) {}

  // The closes of a year, oldest `through` first. Throws StorageError for a
  // row whose date does not read.
  std::vector<RechargeClose> closes(const FinancialYear& year);
  void insertClose(const RechargeClose& close);  // Conflict when already closed
  boost::optional<RechargeTrueUp> trueUp(const FinancialYear& year);
  void insertTrueUp(const RechargeTrueUp& trueUp);  // Conflict when already recorded

  // book "closed": the lines a close kept (`through` the close's date);
  // book "true_up": a year's true-up lines (`through` the year trued up).
  // `year` is the schedule showing the lines.
  void insertLines(const std::string& book, const std::string& year, const std::string& through,
                   const std::vector<ScheduleLine>& lines);
  // The lines of a book shown in `year`, in the order written; with
  // `through`, only those of that close (or true-up). Throws StorageError
  // for a row that does not read as a line.
  std::vector<KeptLine> lines(const std::string& book, const std::string& year,
                              const boost::optional<std::string>& through = boost::none);

  // Every year with a close, a true-up or a kept line, oldest first. Throws
  // StorageError for a year that does not read.
  std::vector<FinancialYear> years();

  // The newest audit log entry's number (0 when the log is empty).
  long long lastAuditSeq();

 private:
  Register& reg_;
};

}  // namespace s113
