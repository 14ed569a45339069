// The columns of a read-only view (ActivityViews.h), declared once: each
// column's field (its heading, and how the list shows and sorts it) beside
// the cell it shows for one source row. The view's EntityDef and every row's
// cells come from the same list, so a column cannot be named in one place
// and forgotten in the other. No wx here.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/EntityDef.h"

namespace s113::ui {

template <typename Source>
struct ViewColumn {
  FieldDef field;
  std::function<std::string(const Source&)> cell;  // the stored form, as a record's cell would be
};

template <typename Source>
using ViewColumns = std::vector<ViewColumn<Source>>;

// A column of plain text.
template <typename Source>
ViewColumn<Source> textColumn(const std::string& name, const std::string& label,
                              std::function<std::string(const Source&)> cell) {
  return {FieldDef{name, FieldType::Text, false, label, {}, ""}, std::move(cell)};
}
// A column shown and sorted as `type` (a date, a number, a word for a code).
template <typename Source>
ViewColumn<Source> typedColumn(const std::string& name, FieldType type, const std::string& label,
                               std::function<std::string(const Source&)> cell) {
  return {FieldDef{name, type, false, label, {}, ""}, std::move(cell)};
}

// The EntityDef describing the view: its columns only, never stored.
template <typename Source>
EntityDef viewDef(const std::string& name, const std::string& label, const std::string& table,
                  const std::string& keyLabel, const ViewColumns<Source>& columns) {
  std::vector<FieldDef> fields;
  for (const auto& column : columns) fields.push_back(column.field);
  return EntityDef{name, label, table, keyLabel, "", std::move(fields), nullptr};
}

// One source row's cells, in the columns' order.
template <typename Source>
std::vector<std::string> viewCells(const ViewColumns<Source>& columns, const Source& source) {
  std::vector<std::string> cells;
  cells.reserve(columns.size());
  for (const auto& column : columns) cells.push_back(column.cell(source));
  return cells;
}

}  // namespace s113::ui
