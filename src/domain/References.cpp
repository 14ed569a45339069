#include "domain/References.h"


namespace s113 {

bool canNameRecords(const FieldDef& field) { return field.type == FieldType::Ref || field.type == FieldType::Split; }

std::vector<RecordReference> referencesIn(const FieldDef& field, const FieldValue& value) {
  if (const auto* key = std::get_if<RecordKey>(&value); key && field.type == FieldType::Ref)
    return {{field.refEntity, key->value}};
  std::vector<RecordReference> partners;
  if (const auto* split = std::get_if<FunctionalSplit>(&value); split && field.type == FieldType::Split)
    for (const auto& share : *split) partners.push_back({"partner", share.partner});
  return partners;
}

}  // namespace s113
