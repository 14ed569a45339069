#include "ui/models/RefNames.h"

#include "domain/Catalog.h"
#include "services/RecordReads.h"
#include "ui/models/FieldText.h"

namespace s113::ui {

const char* const kRefSeparator = " \xE2\x80\x94 ";  // " — "

namespace {

// The fields that name a record of `entity`, in order: other records' names
// for references, values for text.
std::vector<std::string> namingFields(const EntityDef& def) {
  if (def.name == "contract") return {"person", "post"};
  if (def.name == "placement" || def.name == "single_manager_contract") return {"contract"};
  if (def.name == "joint_post") return {"post"};
  for (const auto& field : def.fields)
    if (field.type == FieldType::Text) return {field.name};
  return {};
}

// Their positions among def's fields, worked out once per entity.
const std::vector<std::size_t>& namingPositions(const EntityDef& def) {
  static std::map<std::string, std::vector<std::size_t>> known;
  auto found = known.find(def.name);
  if (found != known.end()) return found->second;
  std::vector<std::size_t>& positions = known[def.name];
  for (const auto& name : namingFields(def)) positions.push_back(fieldIndex(def, name));
  return positions;
}

}  // namespace

const std::map<std::string, FieldValues>& RefNames::records(const std::string& entity) {
  auto found = records_.find(entity);
  if (found != records_.end()) return found->second;
  std::map<std::string, FieldValues>& out = records_[entity];
  if (const EntityDef* def = findEntity(entity))
    for (auto& v : liveVersions(reg_, *def)) out.emplace(v.key, std::move(v.fields));
  return out;
}

FieldValues RefNames::fieldsOf(const std::string& entity, const std::string& key) {
  const auto& all = records(entity);
  auto it = all.find(key);
  return it == all.end() ? FieldValues() : it->second;
}

std::string RefNames::nameOf(const std::string& entity, const std::string& key) {
  const EntityDef* def = findEntity(entity);
  if (!def || key.empty()) return "";
  const auto& all = records(entity);
  auto it = all.find(key);
  if (it == all.end()) return "";
  std::string name;
  for (const std::size_t position : namingPositions(*def)) {
    const FieldDef& field = def->fields[position];
    const std::string& value = textAt(it->second, position);
    std::string part = field.type == FieldType::Ref && field.refEntity != entity ? nameOf(field.refEntity, value)
                                                                                 : value;
    if (!part.empty()) name += (name.empty() ? "" : ", ") + part;
  }
  return name;
}

const std::vector<RefItem>& RefNames::items(const std::string& entity, std::size_t limit) {
  auto found = items_.find(entity);
  if (found != items_.end()) return found->second;
  std::vector<RefItem>& out = items_[entity];
  const EntityDef* def = findEntity(entity);
  if (!def || liveCount(reg_, *def) > limit) return out;
  for (const auto& [key, fields] : records(entity)) {
    const std::string name = nameOf(entity, key);
    out.push_back({key, name.empty() ? key : key + kRefSeparator + name});
  }
  return out;
}

std::string refKeyOf(const std::string& text) {
  const std::size_t at = text.find(kRefSeparator);
  return trim(at == std::string::npos ? text : text.substr(0, at));
}

}  // namespace s113::ui
