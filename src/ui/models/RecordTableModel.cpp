#include "ui/models/RecordTableModel.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "ui/models/EnumWords.h"

namespace s113::ui {

std::string lowerAscii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

std::string displayEnum(const std::string& spelling) { return enumWords(spelling); }

std::string displayCell(const FieldDef& field, const std::string& value) {
  if (value.empty()) return value;
  try {
    switch (field.type) {
      case FieldType::Money:
        return formatMoneyDisplay(parseMoney(value));
      case FieldType::Date:
        return formatUk(parseIsoDate(value));
      case FieldType::Percent:
        return value + "%";
      case FieldType::Bool:
        return value == "true" ? "Yes" : "No";
      case FieldType::Enum:
        return displayEnum(value);
      case FieldType::Split: {
        std::string text = value;  // "BNES:60;BCCG:40" -> "BNES 60%, BCCG 40%"
        std::string shown;
        std::size_t start = 0;
        while (start <= text.size()) {
          std::size_t end = text.find(';', start);
          if (end == std::string::npos) end = text.size();
          std::string part = text.substr(start, end - start);
          std::size_t colon = part.find(':');
          if (!shown.empty()) shown += ", ";
          shown += colon == std::string::npos
                       ? part
                       : part.substr(0, colon) + " " + part.substr(colon + 1) + "%";
          start = end + 1;
        }
        return shown;
      }
      default:
        return value;
    }
  } catch (const std::exception&) {
    return value;
  }
}

void RecordTableModel::clear() {
  def_ = nullptr;
  rows_.clear();
  order_.clear();
  visible_.clear();
  sortColumn_ = -1;
}

void RecordTableModel::setRows(const EntityDef& def, const std::vector<StoredVersion>& versions) {
  startRows(def);
  appendRows(versions);
  finishRows();
}

void RecordTableModel::setRows(const EntityDef& def, const std::vector<TextRow>& rows) {
  startRows(def);
  rows_.reserve(rows.size());
  for (const auto& r : rows) {
    if (r.cells.size() != def.fields.size())
      throw std::logic_error(def.name + " row " + r.key + " has " + std::to_string(r.cells.size()) + " cells");
    appendRow(r.key, r.version, PackedFields(r.cells));
  }
  finishRows();
}

void RecordTableModel::startRows(const EntityDef& def) {
  if (def_ != &def) sortColumn_ = -1;
  def_ = &def;
  rows_.clear();
  order_.clear();
  visible_.clear();
}

void RecordTableModel::appendRows(const std::vector<StoredVersion>& versions) {
  rows_.reserve(rows_.size() + versions.size());
  for (const auto& v : versions) appendRow(v.key, v.version, PackedFields(*def_, v.fields));
}

void RecordTableModel::appendRow(const std::string& key, int version, PackedFields fields) {
  Row row;
  row.key = key;
  row.version = version;
  row.fields = std::move(fields);
  row.haystack = lowerAscii(key);
  for (std::size_t i = 0; i < def_->fields.size(); ++i) {
    const std::string cell = row.fields.at(i);
    if (cell.empty()) continue;
    row.haystack += '\n';
    row.haystack += lowerAscii(displayCell(def_->fields[i], cell));
  }
  row.haystack.shrink_to_fit();
  const std::size_t index = rows_.size();
  rows_.push_back(std::move(row));
  order_.push_back(index);
  if (passesFilter(rows_.back())) visible_.push_back(index);
}

void RecordTableModel::finishRows() {
  if (sortColumn_ >= 0) applySort();
}

bool RecordTableModel::passesFilter(const Row& row) const {
  return needle_.empty() || row.haystack.find(needle_) != std::string::npos;
}

std::string RecordTableModel::columnLabel(std::size_t column) const {
  if (!def_) return {};
  if (column == 0) {
    if (def_->keyField == "ref") return "Reference";
    if (def_->keyField == "code") return "Code";
    return def_->keyField;
  }
  return def_->fields[column - 1].label;
}

const FieldDef* RecordTableModel::columnField(std::size_t column) const {
  if (!def_ || column == 0 || column > def_->fields.size()) return nullptr;
  return &def_->fields[column - 1];
}

std::string RecordTableModel::cellText(std::size_t position, std::size_t column) const {
  if (position >= visible_.size()) return {};
  if (column >= columnCount()) return {};
  const Row& row = rows_[visible_[position]];
  const FieldDef* field = columnField(column);
  return field ? displayCell(*field, row.cell(column)) : row.key;
}

long RecordTableModel::positionOfKey(const std::string& key) const {
  for (std::size_t i = 0; i < visible_.size(); ++i)
    if (rows_[visible_[i]].key == key) return static_cast<long>(i);
  return -1;
}

void RecordTableModel::setFilter(const std::string& text) {
  filter_ = text;
  needle_ = lowerAscii(text);
  applyFilter();
}

void RecordTableModel::applyFilter() {
  visible_.clear();
  if (needle_.empty()) {
    visible_ = order_;
    return;
  }
  for (std::size_t index : order_)
    if (passesFilter(rows_[index])) visible_.push_back(index);
}

void RecordTableModel::sortBy(std::size_t column, bool ascending) {
  sortColumn_ = column < columnCount() ? static_cast<int>(column) : -1;
  ascending_ = ascending;
  applySort();
}

namespace {

// A numeric sort key; absent or unreadable values sort first.
std::int64_t numericKey(FieldType type, const std::string& value) {
  if (value.empty()) return std::numeric_limits<std::int64_t>::min();
  try {
    switch (type) {
      case FieldType::Integer:
        return std::stoll(value);
      case FieldType::Money:
        return parseMoney(value).value();
      case FieldType::Percent:
        return parsePercent(value).value();
      case FieldType::Fte:
        return parseFte(value).value();
      default:
        return 0;
    }
  } catch (const std::exception&) {
    return std::numeric_limits<std::int64_t>::min() + 1;
  }
}

bool isNumeric(FieldType type) {
  return type == FieldType::Integer || type == FieldType::Money || type == FieldType::Percent ||
         type == FieldType::Fte;
}

}  // namespace

void RecordTableModel::applySort() {
  // Rows arrive ordered by key: that order is the tie-break.
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  if (sortColumn_ >= 0) {
    const auto column = static_cast<std::size_t>(sortColumn_);
    const FieldDef* field = columnField(column);
    // Keys that are all numbers (audit entries) sort by value.
    const bool numericKeys = !field && std::all_of(rows_.begin(), rows_.end(), [](const Row& row) {
      return !row.key.empty() && row.key.size() < 19 &&
             row.key.find_first_not_of("0123456789") == std::string::npos;
    });
    if ((field && isNumeric(field->type)) || numericKeys) {
      std::vector<std::int64_t> keys(rows_.size());
      for (std::size_t i = 0; i < rows_.size(); ++i)
        keys[i] = field ? numericKey(field->type, rows_[i].cell(column)) : std::stoll(rows_[i].key);
      std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
        return ascending_ ? keys[a] < keys[b] : keys[b] < keys[a];
      });
    } else {
      // ISO dates sort as text; everything else ignoring case.
      std::vector<std::string> keys(rows_.size());
      for (std::size_t i = 0; i < rows_.size(); ++i) keys[i] = lowerAscii(rows_[i].cell(column));
      std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
        return ascending_ ? keys[a] < keys[b] : keys[b] < keys[a];
      });
    }
  }
  applyFilter();
}

}  // namespace s113::ui
