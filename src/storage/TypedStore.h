// The live records of an entity read from its versions table straight into
// its type (domain/Describe.h, storage/RowReader.h): the same queries as
// VersionStore (it builds them and lets a pending WriteBatch write first),
// with no values between the row and the struct.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "storage/RowReader.h"
#include "storage/VersionStore.h"

namespace s113 {

// The names of the fields Entity describes, checked against def: each must
// be one of def's fields, of the same type, and they must come in def's
// order (the columns are read in that order). Throws std::logic_error
// otherwise: a mistake in the program, not in the register.
std::vector<std::string> viewFieldNames(const EntityDef& def, const std::vector<FieldDef>& viewFields);

// The reads below take an entity's own type or a view of it: a small struct
// describing some of its fields by the same names and types, in its order.
// A view neither fetches nor converts the other columns, and a reader who
// may not see them (a reviewer, to whom contracts' salaries are blank) can
// still read it. Each throws ValidationError naming the record and field of
// a value that does not parse.
template <typename Entity>
VersionStore storeReading(Register& reg, const EntityDef& def) {
  return VersionStore(reg, def, viewFieldNames(def, fieldsOf<Entity>()));
}

// Every record in force as at `when` (its effective date, and only what was
// recorded by its cutoff when it has one), ordered by key.
template <typename Entity>
std::vector<Entity> entitiesAsAt(Register& reg, const EntityDef& def, const AsAt& when) {
  std::vector<Entity> out;
  storeReading<Entity>(reg, def).forEachRowAsAt(
      when, [&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
        out.push_back(readRow<Entity>(row, firstField, def, version.key));
      });
  return out;
}

// The newest version of every live record, one at a time, in key order.
template <typename Entity>
void forEachLiveView(Register& reg, const EntityDef& def, const std::function<void(Entity&&)>& visit) {
  storeReading<Entity>(reg, def).forEachLatestLiveRow(
      [&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
        visit(readRow<Entity>(row, firstField, def, version.key));
      });
}

// The newest version of every live record or, with `asAt`, the version in
// force on that effective date; ordered by key.
template <typename Entity>
std::vector<Entity> liveEntities(Register& reg, const EntityDef& def, const OptionalDate& asAt = boost::none) {
  if (asAt) return entitiesAsAt<Entity>(reg, def, AsAt{*asAt, boost::none});
  std::vector<Entity> out;
  forEachLiveView<Entity>(reg, def, [&](Entity&& e) { out.push_back(std::move(e)); });
  return out;
}

// One version of a single money field (a contract's salary).
struct AmountVersion {
  Date validFrom;
  bool deleted = false;
  OptionalPence amount;  // none: NULL (a deletion, or a field left blank)
};

// Every version of the records whose keys `keysQuery` selects (as
// VersionStore::forEachVersionOf), by key then version, with `field` read
// from its integer column.
void forEachAmountVersionOf(Register& reg, const EntityDef& def, const std::string& field,
                            const std::string& keysQuery,
                            const std::function<void(const std::string& key, const AmountVersion&)>& visit);
// One record's versions, oldest first, the same way.
std::vector<AmountVersion> amountHistory(Register& reg, const EntityDef& def, const std::string& field,
                                         const std::string& key);

}  // namespace s113
