#include "services/KeptExchange.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <set>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "services/Csv.h"
#include "services/ExchangeFile.h"
#include "services/FinanceAccess.h"
#include "services/KeptLines.h"
#include "storage/AuditStore.h"
#include "storage/KeptRechargeStore.h"

namespace fs = std::filesystem;

namespace s113 {
namespace {

const std::string kClosesFile = "recharge_closes.csv";
const std::string kTrueUpsFile = "recharge_true_ups.csv";
const std::string kLinesFile = "recharge_kept_lines.csv";

const std::vector<std::string> kCloseColumns{"year", "through", "closed_at", "closed_by"};
const std::vector<std::string> kTrueUpColumns{"year", "recorded_at", "recorded_by"};

const std::vector<std::string>& lineColumns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> c{"book", "year", "through"};
    for (const auto& name : keptLineColumns()) c.push_back(name);
    return c;
  }();
  return columns;
}

std::string column(const std::string& name) { return "column " + name; }

// "2013/14" as the program writes it, else an error.
bool yearCell(const FileRow& row, const std::string& col, std::vector<ValidationError>& errors) {
  try {
    if (FinancialYear::parse(row.at(col)).label() == row.at(col)) return true;
  } catch (const std::exception&) {
  }
  errors.emplace_back(row.where, column(col), "'" + row.at(col) + "' is not a financial year such as 2013/14");
  return false;
}

struct Line {
  std::string where;
  std::string shownIn;  // the year whose schedule shows it
  ScheduleLine line;
};

}  // namespace

struct KeptRows {
  struct Close {
    std::string where;
    RechargeClose close;
    std::vector<Line> lines;
  };
  struct TrueUp {
    std::string where;
    RechargeTrueUp trueUp;
    std::vector<Line> lines;  // in the order of the file: shown in the year, then in the next
  };
  std::vector<Close> closes;
  std::vector<TrueUp> trueUps;
};

const std::vector<std::string>& keptFiles() {
  static const std::vector<std::string> files{kClosesFile, kTrueUpsFile, kLinesFile};
  return files;
}

const std::vector<std::string>& keptColumns(const std::string& file) {
  if (file == kClosesFile) return kCloseColumns;
  if (file == kTrueUpsFile) return kTrueUpColumns;
  return lineColumns();
}

std::shared_ptr<KeptRows> readKept(const std::map<std::string, fs::path>& files,
                                   std::vector<ValidationError>& errors) {
  auto out = std::make_shared<KeptRows>();
  auto rowsOf = [&](const std::string& file) {
    auto at = files.find(file);
    return at == files.end() ? std::vector<FileRow>{} : readColumnsFile(at->second, file, keptColumns(file), errors);
  };
  std::map<std::pair<std::string, std::string>, std::size_t> closeAt;  // (year, through) -> index
  for (const auto& row : rowsOf(kClosesFile)) {
    bool good = yearCell(row, "year", errors) & isoDateCell(row, "through", errors, false) &
                requiredCell(row, "closed_at", errors) & requiredCell(row, "closed_by", errors);
    if (!good) continue;
    const FinancialYear year = FinancialYear::parse(row.at("year"));
    const Date through = parseIsoDate(row.at("through"));
    if (!year.period().contains(through)) {
      errors.emplace_back(row.where, column("through"), row.at("through") + " is not in " + row.at("year"));
      continue;
    }
    if (!closeAt.emplace(std::make_pair(row.at("year"), row.at("through")), out->closes.size()).second) {
      errors.emplace_back(row.where, column("through"), "the same close is listed twice");
      continue;
    }
    out->closes.push_back({row.where, {year, through, row.at("closed_at"), row.at("closed_by"), 0}, {}});
  }
  std::map<std::string, std::size_t> trueUpAt;  // year -> index
  for (const auto& row : rowsOf(kTrueUpsFile)) {
    bool good = yearCell(row, "year", errors) & requiredCell(row, "recorded_at", errors) &
                requiredCell(row, "recorded_by", errors);
    if (!good) continue;
    if (!trueUpAt.emplace(row.at("year"), out->trueUps.size()).second) {
      errors.emplace_back(row.where, column("year"), "the same true-up is listed twice");
      continue;
    }
    out->trueUps.push_back({row.where, {FinancialYear::parse(row.at("year")), row.at("recorded_at"), row.at("recorded_by")}, {}});
  }
  for (const auto& row : rowsOf(kLinesFile)) {
    const std::string& book = row.at("book");
    bool good = yearCell(row, "year", errors);
    const auto kept = keptLineIn(row, errors);
    if (!good || !kept) continue;
    Line line{row.where, row.at("year"), *kept};
    if (book == "closed") {
      auto at = closeAt.find({row.at("year"), row.at("through")});
      if (at == closeAt.end())
        errors.emplace_back(row.where, column("through"),
                            "no close of " + row.at("year") + " through '" + row.at("through") + "' in " + kClosesFile);
      else
        out->closes[at->second].lines.push_back(std::move(line));
    } else if (book == "true_up") {
      auto at = trueUpAt.find(row.at("through"));
      if (at == trueUpAt.end())
        errors.emplace_back(row.where, column("through"), "no true-up of '" + row.at("through") + "' in " + kTrueUpsFile);
      else
        out->trueUps[at->second].lines.push_back(std::move(line));
    } else {
      errors.emplace_back(row.where, column("book"), "'" + book + "' is not closed or true_up");
    }
  }
  return out;
}

namespace {

// The register's lines of a close or true-up against the file's: the same
// lines in the same order, every cell equal.
bool sameLines(const std::vector<KeptLine>& stored, const std::vector<Line>& file) {
  if (stored.size() != file.size()) return false;
  for (std::size_t i = 0; i < stored.size(); ++i)
    if (keptCells(stored[i].line) != keptCells(file[i].line)) return false;
  return true;
}

std::vector<ScheduleLine> linesShownIn(const std::vector<Line>& lines, const std::string& shownIn) {
  std::vector<ScheduleLine> out;
  for (const auto& l : lines)
    if (l.shownIn == shownIn) out.push_back(l.line);
  return out;
}

std::set<std::string> shownInYears(const std::vector<Line>& lines) {
  std::set<std::string> out;
  for (const auto& l : lines) out.insert(l.shownIn);
  return out;
}

}  // namespace

KeptImport writeKept(Register& reg, const KeptRows& rows) {
  KeptRechargeStore store(reg);
  KeptImport result;
  std::vector<ValidationError> errors;
  auto refuse = [&](const std::string& where, const std::string& col, const std::string& reason) {
    errors.emplace_back(where, column(col), reason);
  };
  for (const auto& c : rows.closes) {
    const std::string year = c.close.year.label(), through = formatIso(c.close.through);
    const auto existing = store.closes(c.close.year);
    auto same = std::find_if(existing.begin(), existing.end(), [&](const RechargeClose& e) { return e.through == c.close.through; });
    if (same != existing.end()) {
      if (same->closedAt != c.close.closedAt || same->closedBy != c.close.closedBy ||
          !sameLines(store.lines("closed", year, through), c.lines))
        refuse(c.where, "through", year + " through " + through +
                                       " differs from the close in the register: closed periods never change");
      else
        ++result.unchanged;
      continue;
    }
    if (!existing.empty() && c.close.through <= existing.back().through) {
      refuse(c.where, "through", "must be after the last close: " + year + " is closed through " +
                                     formatIso(existing.back().through));
      continue;
    }
    requireFinanceRole(reg, "import closed periods");
    RechargeClose close = c.close;
    close.auditSeq = store.lastAuditSeq();
    store.insertClose(close);
    std::vector<ScheduleLine> lines;
    for (const auto& l : c.lines) lines.push_back(l.line);
    store.insertLines("closed", year, through, lines);
    AuditStore(reg).append({0, utcTimestamp(), reg.actingUser(), "recharge_close", year + " through " + through,
                            1, "lines", "",
                            std::to_string(lines.size()) + " lines imported as closed by " + close.closedBy + " at " +
                                close.closedAt});
    ++result.added;
  }
  for (const auto& t : rows.trueUps) {
    const std::string year = t.trueUp.year.label();
    const std::string next = t.trueUp.year.next().label();
    if (auto existing = store.trueUp(t.trueUp.year)) {
      std::vector<KeptLine> stored = store.lines("true_up", year, year), following = store.lines("true_up", next, year);
      stored.insert(stored.end(), following.begin(), following.end());
      std::vector<Line> inFile;
      for (const auto& shown : {year, next})
        for (const auto& l : t.lines)
          if (l.shownIn == shown) inFile.push_back(l);
      if (existing->recordedAt != t.trueUp.recordedAt || existing->recordedBy != t.trueUp.recordedBy ||
          inFile.size() != t.lines.size() || !sameLines(stored, inFile))
        refuse(t.where, "year", "the true-up of " + year + " differs from the one in the register: it never changes");
      else
        ++result.unchanged;
      continue;
    }
    requireFinanceRole(reg, "import true-ups");
    store.insertTrueUp(t.trueUp);
    for (const auto& shown : shownInYears(t.lines)) store.insertLines("true_up", shown, year, linesShownIn(t.lines, shown));
    AuditStore(reg).append({0, utcTimestamp(), reg.actingUser(), "recharge_true_up", year, 1, "lines", "",
                            std::to_string(t.lines.size()) + " lines imported as recorded by " + t.trueUp.recordedBy +
                                " at " + t.trueUp.recordedAt});
    ++result.added;
  }
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  return result;
}

std::vector<std::string> exportKept(Register& reg, const std::string& folder) {
  KeptRechargeStore store(reg);
  const auto years = store.years();
  std::vector<std::string> written;
  auto write = [&](const std::string& file, const std::function<void(std::ostream&)>& rows) {
    const fs::path path = fs::path(folder) / file;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw StorageError("Cannot write " + path.string());
    writeCsvRow(out, keptColumns(file));
    rows(out);
    if (!out.flush()) throw StorageError("Cannot write " + path.string());
    written.push_back(path.string());
  };
  write(kClosesFile, [&](std::ostream& out) {
    for (const auto& y : years)
      for (const auto& c : store.closes(y))
        writeCsvRow(out, {c.year.label(), formatIso(c.through), c.closedAt, c.closedBy});
  });
  write(kTrueUpsFile, [&](std::ostream& out) {
    for (const auto& y : years)
      if (auto t = store.trueUp(y)) writeCsvRow(out, {t->year.label(), t->recordedAt, t->recordedBy});
  });
  write(kLinesFile, [&](std::ostream& out) {
    for (const std::string book : {"closed", "true_up"})
      for (const auto& y : years)
        for (const auto& kept : store.lines(book, y.label())) {
          CsvRow row{book, y.label(), kept.through};
          for (auto& cell : keptCells(kept.line)) row.push_back(std::move(cell));
          writeCsvRow(out, row);
        }
  });
  return written;
}

}  // namespace s113
