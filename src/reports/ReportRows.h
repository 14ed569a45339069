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
// row is read by position. Dates are the ISO text the register stores; whole
// numbers, flags (0/1) and quantities the integers it stores. A column the
// query lacks, or a cell that is not what its member holds, throws
// std::runtime_error naming the query and the column.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
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
  template <typename Quantity>
  void operator()(const char* name, boost::optional<Quantity>& member) {
    member = optional(name, quantityAt<Quantity>());
  }

 private:
  auto integerAt() const { return [this](std::size_t i) { return cells_->integer(i); }; }
  auto dateAt() const { return [this](std::size_t i) { return parseIsoDate(cells_->text(i)); }; }
  template <typename Quantity>
  auto quantityAt() const {
    return [this](std::size_t i) { return Quantity(static_cast<typename Quantity::Value>(cells_->integer(i))); };
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

// Every row of a named query (ReportSql.h), read as Row.
template <typename Row>
std::vector<Row> reportRows(Register& reg, const std::string& report, const std::string& name,
                            const std::map<std::string, std::string>& params) {
  RowColumns<Row> reader(queryPlace(report, name));
  std::vector<Row> rows;
  forEachReportQueryRow(reg, report, name, params, {}, [&](const QueryRow& cells) {
    rows.push_back(reader.read(cells));
    return true;
  });
  return rows;
}

}  // namespace s113::reports
