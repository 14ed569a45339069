#include "ui/models/AttentionView.h"

#include "domain/Catalog.h"
#include "services/Attention.h"
#include "ui/models/ViewColumns.h"

namespace s113::ui {
namespace {

std::string fieldLabel(const std::string& entity, const std::string& field) {
  const EntityDef* def = findEntity(entity);
  const FieldDef* f = def ? def->field(field) : nullptr;
  return f ? f->label : field;
}

const ViewColumns<Attention>& attentionColumns() {
  static const ViewColumns<Attention> columns{
      typedColumn<Attention>("entity", FieldType::Enum, "Record kind", [](const Attention& a) { return a.entity; }),
      textColumn<Attention>("record", "Record", [](const Attention& a) { return a.key; }),
      textColumn<Attention>("field", "About", [](const Attention& a) { return fieldLabel(a.entity, a.field); }),
      textColumn<Attention>("warning", "What needs attention", [](const Attention& a) { return a.message; })};
  return columns;
}

}  // namespace

const EntityDef& attentionView() {
  static const EntityDef def = viewDef("attention_view", "Needs attention", "needs_attention", "No.",
                                       attentionColumns());
  return def;
}

std::vector<TextRow> attentionRows(Register& reg, const Date& asAt) {
  std::vector<TextRow> rows;
  int n = 0;
  for (const auto& a : needsAttention(reg, asAt))
    rows.push_back({std::to_string(++n), 1, viewCells(attentionColumns(), a)});
  return rows;
}

}  // namespace s113::ui
