#include "ui/models/ListDocument.h"

namespace s113::ui {
namespace {

// Typed columns keep the stored value (the writers show it the UK way and
// XLSX keeps it a number); the rest carry the text shown on screen.
reports::ColumnType columnType(const FieldDef* field) {
  if (!field) return reports::ColumnType::Text;
  switch (field->type) {
    case FieldType::Money:
      return reports::ColumnType::Money;
    case FieldType::Date:
      return reports::ColumnType::Date;
    case FieldType::Percent:
      return reports::ColumnType::Percent;
    case FieldType::Fte:
      return reports::ColumnType::Fte;
    case FieldType::Integer:
      return reports::ColumnType::Count;
    default:
      return reports::ColumnType::Text;
  }
}

}  // namespace

reports::ReportDocument listDocument(const RecordTableModel& model, const std::string& title,
                                     const Date& asAt, const std::string& registerName,
                                     std::size_t maxRows) {
  reports::ReportDocument doc;
  doc.report = "register";  // laid out as the register report: one page, facts, tables
  doc.title = title;
  doc.subtitle = registerName;
  doc.tabular = true;
  doc.facts.push_back({"as_at", "As at", formatUk(asAt)});
  if (!model.filter().empty()) doc.facts.push_back({"filter", "Filter", model.filter()});
  doc.facts.push_back({"rows", "Rows", std::to_string(model.visibleCount()) + " of " +
                                           std::to_string(model.totalCount())});

  reports::Section section;
  section.id = "list";
  section.heading = title;
  reports::Table table;
  table.id = "list";
  std::vector<const FieldDef*> fields;
  for (std::size_t c = 0; c < model.columnCount(); ++c) {
    const FieldDef* field = model.columnField(c);
    fields.push_back(field);
    table.columns.push_back({model.columnLabel(c), columnType(field)});
  }
  const std::size_t shown = std::min(model.visibleCount(), maxRows);
  table.rows.reserve(shown);
  for (std::size_t r = 0; r < shown; ++r) {
    const auto& row = model.visibleRow(r);
    std::vector<std::string> cells;
    cells.reserve(fields.size());
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const bool typed = columnType(fields[c]) != reports::ColumnType::Text;
      cells.push_back(typed || !fields[c] ? row.cell(c) : model.cellText(r, c));
    }
    table.rows.push_back(std::move(cells));
  }
  if (shown < model.visibleCount())
    section.paragraphs.push_back("The first " + std::to_string(shown) + " of " +
                                 std::to_string(model.visibleCount()) +
                                 " rows. Narrow the list with the filter, or use File > Export "
                                 "or the Reports menu for the whole register.");
  section.tables.push_back(std::move(table));
  doc.sections.push_back(std::move(section));
  return doc;
}

}  // namespace s113::ui
