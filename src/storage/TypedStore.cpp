#include "storage/TypedStore.h"

#include <stdexcept>

namespace s113 {
namespace {

AmountVersion amountOf(const EntityDef& def, const std::string& field, const StoredVersion& version,
                       const soci::row& row, std::size_t column) {
  AmountVersion out{version.validFrom, version.deleted, boost::none};
  if (cellIsNull(row, column)) return out;
  try {
    out.amount = RowReader::quantity<Pence>(row, column);
  } catch (const std::exception& e) {
    throw ValidationError(recordLabel(def, version.key), field, e.what());
  }
  return out;
}

}  // namespace

std::vector<std::string> viewFieldNames(const EntityDef& def, const std::vector<FieldDef>& viewFields) {
  std::vector<std::string> names;
  std::size_t next = 0;  // where in def's fields the next view field may be
  for (const auto& field : viewFields) {
    while (next < def.fields.size() && def.fields[next].name != field.name) ++next;
    if (next == def.fields.size() || def.fields[next].type != field.type)
      throw std::logic_error("A view of " + def.name + " describes '" + field.name +
                             "', which is not its next field of that type");
    names.push_back(field.name);
    ++next;
  }
  return names;
}

void forEachAmountVersionOf(Register& reg, const EntityDef& def, const std::string& field,
                            const std::string& keysQuery,
                            const std::function<void(const std::string& key, const AmountVersion&)>& visit) {
  VersionStore(reg, def, {field}).forEachVersionRowOf(
      keysQuery, [&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
        visit(version.key, amountOf(def, field, version, row, firstField));
      });
}

// Through history(), which an import's read-ahead can answer.
std::vector<AmountVersion> amountHistory(Register& reg, const EntityDef& def, const std::string& field,
                                         const std::string& key) {
  const std::size_t position = fieldIndex(def, field);
  std::vector<AmountVersion> out;
  for (const auto& version : VersionStore(reg, def, {field}).history(key)) {
    const Pence* amount = version.fields.empty() ? nullptr : std::get_if<Pence>(&version.fields[position]);
    out.push_back({version.validFrom, version.deleted, amount ? boost::make_optional(*amount) : boost::none});
  }
  return out;
}

}  // namespace s113
