#include "domain/References.h"

#include <stdexcept>

#include "domain/Split.h"

namespace s113 {

bool canNameRecords(const FieldDef& field) { return field.type == FieldType::Ref || field.type == FieldType::Split; }

std::vector<RecordReference> referencesIn(const FieldDef& field, const std::string& value) {
  if (value.empty() || !canNameRecords(field)) return {};
  if (field.type == FieldType::Ref) return {{field.refEntity, value}};
  std::vector<RecordReference> partners;
  try {
    for (const auto& share : parseSplit(value)) partners.push_back({"partner", share.partner});
  } catch (const std::invalid_argument&) {
    return {};
  }
  return partners;
}

}  // namespace s113
