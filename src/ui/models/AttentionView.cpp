#include "ui/models/AttentionView.h"

#include "domain/Catalog.h"
#include "services/Attention.h"

namespace s113::ui {
namespace {

FieldDef text(const std::string& name, const std::string& label) {
  return FieldDef{name, FieldType::Text, false, label, {}, ""};
}

std::string fieldLabel(const std::string& entity, const std::string& field) {
  const EntityDef* def = findEntity(entity);
  const FieldDef* f = def ? def->field(field) : nullptr;
  return f ? f->label : field;
}

}  // namespace

const EntityDef& attentionView() {
  static const EntityDef def{"attention_view",
                             "Needs attention",
                             "needs_attention",
                             "No.",
                             "",
                             {FieldDef{"entity", FieldType::Enum, false, "Record kind", {}, ""},
                              text("record", "Record"), text("field", "About"),
                              text("warning", "What needs attention")},
                             nullptr};
  return def;
}

std::vector<TextRow> attentionRows(Register& reg, const Date& asAt) {
  std::vector<TextRow> rows;
  int n = 0;
  for (const auto& a : needsAttention(reg, asAt)) {
    TextRow v;
    v.key = std::to_string(++n);
    v.cells = {{"entity", a.entity},
                {"record", a.key},
                {"field", fieldLabel(a.entity, a.field)},
                {"warning", a.message}};
    rows.push_back(std::move(v));
  }
  return rows;
}

}  // namespace s113::ui
