#include "storage/TypedStore.h"

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

void forEachAmountVersionOf(Register& reg, const EntityDef& def, const std::string& field,
                            const std::string& keysQuery,
                            const std::function<void(const std::string& key, const AmountVersion&)>& visit) {
  VersionStore(reg, def, {field}).forEachVersionRowOf(
      keysQuery, [&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
        visit(version.key, amountOf(def, field, version, row, firstField));
      });
}

std::vector<AmountVersion> amountHistory(Register& reg, const EntityDef& def, const std::string& field,
                                         const std::string& key) {
  std::vector<AmountVersion> out;
  VersionStore(reg, def, {field}).forEachHistoryRow(
      key, [&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
        out.push_back(amountOf(def, field, version, row, firstField));
      });
  return out;
}

}  // namespace s113
