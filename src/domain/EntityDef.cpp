#include "domain/EntityDef.h"

namespace s113 {

const FieldDef* EntityDef::field(const std::string& fieldName) const {
  for (const auto& f : fields)
    if (f.name == fieldName) return &f;
  return nullptr;
}

}  // namespace s113
