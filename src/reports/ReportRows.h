// A report query's rows read into a struct of typed members instead of a map
// of column names to text. The struct lists its columns once:
//
//   struct Review { std::string ref; OptionalDate nextReview; };
//   template <class Columns> void columns(Columns& c, Review& r) {
//     c("ref", r.ref);
//     c("next_review", r.nextReview);
//   }
//   for (const Review& r : reportRows<Review>(reg, "forum-pack", "reviews", params)) ...
//
// Each column's position is found by its name in the first row, and every
// row is read by position. Dates are the ISO text the register stores, and a
// functional split its text form ("BNES:60;BCCG:40"); whole numbers, flags
// (0/1) and quantities the integers it stores. A column the
// query lacks, or a cell that is not what its member holds, throws
// std::runtime_error naming the query and the column.
#pragma once
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Split.h"
#include "reports/ReportSql.h"

namespace s113::reports {

template <typename Row>
class RowColumns {
 public:
  explicit RowColumns(std::string where) : where_(std::move(where)) {}

  Row read(const QueryRow& cells) {
    cells_ = &cells;
    next_ = 0;
    Row row;
    columns(*this, row);
    return row;
  }

  void operator()(const char* name, std::string& member) { member = cells_->text(position(name)); }
  void operator()(const char* name, bool& member) {
    member = required(name, [this](std::size_t i) { return cells_->integer(i) != 0; });
  }
  void operator()(const char* name, long long& member) { member = required(name, integerAt()); }
  void operator()(const char* name, boost::optional<long long>& member) { member = optional(name, integerAt()); }
  void operator()(const char* name, Date& member) { member = required(name, dateAt()); }
  void operator()(const char* name, OptionalDate& member) { member = optional(name, dateAt()); }
  void operator()(const char* name, FunctionalSplit& member) {
    const std::size_t i = position(name);
    member = convertAt(name, i, [this](std::size_t at) { return parseSplit(cells_->text(at)); });
  }
  template <typename Quantity, typename = typename Quantity::Value>
  void operator()(const char* name, Quantity& member) {
    member = required(name, quantityAt<Quantity>());
  }
  template <typename Quantity>
  void operator()(const char* name, boost::optional<Quantity>& member) {
    member = optional(name, quantityAt<Quantity>());
  }

 private:
  auto integerAt() const { return [this](std::size_t i) { return cells_->integer(i); }; }
  auto dateAt() const { return [this](std::size_t i) { return parseIsoDate(cells_->text(i)); }; }
  template <typename Quantity>
  auto quantityAt() const {
    return [this](std::size_t i) {
      using Value = typename Quantity::Value;
      const long long cell = cells_->integer(i);
      if (cell < std::numeric_limits<Value>::min() || cell > std::numeric_limits<Value>::max())
        throw std::invalid_argument(std::to_string(cell) + " is out of range");
      return Quantity(static_cast<Value>(cell));
    };
  }

  template <typename Read>
  auto optional(const char* name, Read read) -> boost::optional<decltype(read(0))> {
    const std::size_t i = position(name);
    if (cells_->isNull(i) || cells_->text(i).empty()) return boost::none;
    return convertAt(name, i, read);
  }
  template <typename Read>
  auto required(const char* name, Read read) {
    const std::size_t i = position(name);
    if (cells_->isNull(i)) throw std::runtime_error(where_ + ": column " + name + " is NULL");
    return convertAt(name, i, read);
  }
  template <typename Read>
  auto convertAt(const char* name, std::size_t i, Read read) {
    try {
      return read(i);
    } catch (const std::invalid_argument& e) {
      throw std::runtime_error(where_ + ": column " + name + ": " + e.what());
    }
  }

  // Columns are asked for in the same order for every row.
  std::size_t position(const char* name) {
    if (next_ == positions_.size()) positions_.push_back(find(name));
    return positions_[next_++];
  }
  std::size_t find(const char* name) const {
    for (std::size_t i = 0; i < cells_->size(); ++i)
      if (cells_->name(i) == name) return i;
    throw std::runtime_error(where_ + " has no column " + name);
  }

  std::string where_;
  const QueryRow* cells_ = nullptr;
  std::size_t next_ = 0;
  std::vector<std::size_t> positions_;
};

// Each row of a named query (ReportSql.h) read as Row and given to
// `visit`, one at a time (nothing held); `names` as forEachReportQueryRow.
template <typename Row, typename Visit>
void forEachRowAs(Register& reg, const std::string& report, const std::string& name,
                  const std::map<std::string, std::string>& params,
                  const std::map<std::string, std::string>& names, Visit visit) {
  RowColumns<Row> reader(queryPlace(report, name));
  forEachReportQueryRow(reg, report, name, params, names, [&](const QueryRow& cells) {
    visit(reader.read(cells));
    return true;
  });
}

// Every row of a named query, read as Row.
template <typename Row>
std::vector<Row> reportRows(Register& reg, const std::string& report, const std::string& name,
                            const std::map<std::string, std::string>& params) {
  std::vector<Row> rows;
  forEachRowAs<Row>(reg, report, name, params, {}, [&](Row&& row) { rows.push_back(std::move(row)); });
  return rows;
}

}  // namespace s113::reports
