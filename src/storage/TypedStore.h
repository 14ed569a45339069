// The live records of an entity read from its versions table straight into
// its type (domain/Describe.h, storage/RowReader.h): the same queries as
// VersionStore (it builds them and lets a pending WriteBatch write first),
// with no record in exchange form between the row and the struct.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "storage/RowReader.h"
#include "storage/VersionStore.h"

namespace s113 {

// The newest version of every live record or, with `asAt`, the version in
// force on that effective date; ordered by key. Throws ValidationError
// naming the record and field of a value that does not parse.
template <typename Entity>
std::vector<Entity> liveEntities(Register& reg, const EntityDef& def, const OptionalDate& asAt = boost::none) {
  std::vector<Entity> out;
  auto read = [&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
    out.push_back(readRow<Entity>(row, firstField, def, version.key));
  };
  VersionStore store(reg, def);
  if (asAt)
    store.forEachRowAsAt(AsAt{*asAt, boost::none}, read);
  else
    store.forEachLatestLiveRow(read);
  return out;
}

// The names of the fields View describes, checked against def: each must be
// one of def's fields, of the same type, and they must come in def's order
// (the columns are read in that order). Throws std::logic_error otherwise:
// a mistake in the program, not in the register.
std::vector<std::string> viewFieldNames(const EntityDef& def, const std::vector<FieldDef>& viewFields);

// A few of an entity's fields, read as a small type of their own: a bulk
// read that needs only those neither fetches nor converts the rest, and a
// reader who may not see the others (a reviewer, to whom contracts' salaries
// are blank) can still read it. View describes a subset of def's fields by
// the same names and types, in def's order. The newest version of every live
// record, in key order; throws as liveEntities.
template <typename View>
void forEachLiveView(Register& reg, const EntityDef& def, const std::function<void(View&&)>& visit) {
  VersionStore store(reg, def, viewFieldNames(def, fieldsOf<View>()));
  store.forEachLatestLiveRow([&](StoredVersion& version, const soci::row& row, std::size_t firstField) {
    visit(readRow<View>(row, firstField, def, version.key));
  });
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
