// The rows behind a register list: the records of one entity as at a date,
// shown as the key column followed by every field of the EntityDef. Holds the
// rows once, each packed into one string, and answers the list view by
// index, so a list of 250,000 records needs no per-row widgets; filtering and
// sorting only permute an index. A long list arrives a page at a time
// (appendRows), so the window shows its first screen before the rest is read.
// No wx headers: the view (panels/RecordListView) adapts it to wxListCtrl.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "domain/ExchangeForm.h"
#include "services/PackedFields.h"
#include "services/RecordReads.h"

namespace s113::ui {

// How a stored value is shown on screen: money "£1,234.56", dates
// "23/11/2026", percentages "60%", booleans "Yes"/"No", enum spellings as
// words (EnumWords.h), blank for none. A value that does not parse is shown
// as stored.
std::string displayCell(const FieldDef& field, const std::string& value);
// "single_manager" -> "Single manager", "none" -> "" (EnumWords.h).
std::string displayEnum(const std::string& spelling);
// ASCII lower case (UTF-8 bytes above 127 are left alone).
std::string lowerAscii(std::string text);

// A row of a read-only view that is not a versioned record (ActivityViews.h):
// its cells in the stored form the list shows, in its EntityDef's field order
// (ViewColumns.h builds both).
struct TextRow {
  std::string key;
  int version = 1;
  std::vector<std::string> cells;
};

class RecordTableModel {
 public:
  struct Row {
    std::string key;
    int version = 0;
    PackedFields fields;   // stored values, in the EntityDef's order
    std::string haystack;  // lower-cased display text of every cell, for the filter
    // The stored value of a column (0: the key).
    std::string cell(std::size_t column) const { return column == 0 ? key : fields.at(column - 1); }
  };

  // Shows `versions` (one per record) as rows of `def`. Keeps the filter and
  // the sort column when they still apply.
  void setRows(const EntityDef& def, const std::vector<StoredVersion>& versions);
  void setRows(const EntityDef& def, const std::vector<TextRow>& rows);
  // The same a page at a time: startRows empties the list for `def`;
  // appendRows adds the next records (key order, after those already held),
  // showing those that pass the filter after the others; finishRows, after
  // the last page, puts every row in the sort column's order.
  void startRows(const EntityDef& def);
  void appendRows(const std::vector<StoredVersion>& versions);
  void finishRows();
  void clear();

  const EntityDef* entity() const { return def_; }
  std::size_t columnCount() const { return def_ ? def_->fields.size() + 1 : 0; }
  std::string columnLabel(std::size_t column) const;
  // The field a column shows; nullptr for the key column.
  const FieldDef* columnField(std::size_t column) const;

  std::size_t totalCount() const { return rows_.size(); }
  std::size_t visibleCount() const { return visible_.size(); }
  // The row shown at a position of the (filtered, sorted) list.
  const Row& visibleRow(std::size_t position) const { return rows_[visible_[position]]; }
  std::string cellText(std::size_t position, std::size_t column) const;
  // Position of a key in the visible list, or -1.
  long positionOfKey(const std::string& key) const;

  // Case-insensitive substring over the displayed text of every column;
  // "" shows everything.
  void setFilter(const std::string& text);
  const std::string& filter() const { return filter_; }

  // Sorts by a column (numbers by value, dates by date, text ignoring case);
  // ties keep key order.
  void sortBy(std::size_t column, bool ascending);
  int sortColumn() const { return sortColumn_; }
  bool sortAscending() const { return ascending_; }

 private:
  void applySort();
  void applyFilter();
  bool passesFilter(const Row& row) const;
  void appendRow(const std::string& key, int version, PackedFields fields);
  const EntityDef* def_ = nullptr;
  std::vector<Row> rows_;
  std::vector<std::size_t> order_;    // every row, in sort order
  std::vector<std::size_t> visible_;  // rows passing the filter, in sort order
  std::string filter_;                // as typed
  std::string needle_;                // lower case
  int sortColumn_ = -1;
  bool ascending_ = true;
};

}  // namespace s113::ui
