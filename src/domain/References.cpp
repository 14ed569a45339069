#include "domain/References.h"

#include <stdexcept>

#include "domain/Split.h"

namespace s113 {

std::vector<RecordReference> referencesIn(const FieldDef& field, const std::string& value) {
  if (value.empty()) return {};
  if (field.type == FieldType::Ref) return {{field.refEntity, value}};
  if (field.type != FieldType::Split) return {};
  std::vector<RecordReference> partners;
  try {
    for (const auto& share : parseSplit(value)) partners.push_back({"partner", share.partner});
  } catch (const std::invalid_argument&) {
    return {};
  }
  return partners;
}

}  // namespace s113
