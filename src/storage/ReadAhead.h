// What a write transaction's checks are about to read, read ahead in a few
// statements. An import checks each record against the records it names
// (its post, its contract, the other placements of that contract, the
// contract's FTE over time); one query each is one network round trip each
// on PostgreSQL, which made the import several times slower than its COPY
// floor. Before each run of rows, the import reads ahead what the checks of
// the entity's earlier rows asked for and did not find here (asked());
// VersionStore answers the checks' reads from here.
//
// The answers stay true because every write inside the transaction reaches
// written() (through the WriteBatch, before the version is even sent), and
// no other connection can write: the transaction holds the register's write
// lock. A question not read ahead goes to the database as before.
#pragma once
#include <boost/optional.hpp>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/EntityDef.h"
#include "storage/Register.h"
#include "storage/VersionStore.h"

namespace s113 {

class ReadAhead {
 public:
  // The questions the checks of one entity's rows asked that were not read ahead.
  struct Asked {
    std::set<std::string> latest, histories;                     // by entity name
    std::set<std::pair<std::string, std::size_t>> liveWhere;     // entity name, field position
  };
  // Drops the answers held and notes that the rows saved next are `def`'s.
  void startRun(const EntityDef& def);
  const Asked& asked(const EntityDef& rowsOf) { return asked_[rowsOf.name]; }
  // A read the answers held could not give.
  void missedLatest(const EntityDef& def) { asked_[current_].latest.insert(def.name); }
  void missedHistory(const EntityDef& def) { asked_[current_].histories.insert(def.name); }
  void missedLiveWhere(const EntityDef& def, std::size_t position) {
    asked_[current_].liveWhere.insert({def.name, position});
  }

  // Reads, one statement per few dozen keys: the newest version of each of
  // `keys` (deleted or not; a key with none is known to have none) ...
  void readLatest(Register& reg, const EntityDef& def, const std::set<std::string>& keys);
  // ... the live records whose field number `position` (a Ref) is one of `values` ...
  void readLiveWhere(Register& reg, const EntityDef& def, std::size_t position, const std::set<std::string>& values);
  // ... every version of each of `keys`.
  void readHistories(Register& reg, const EntityDef& def, const std::set<std::string>& keys);

  // A version written in this transaction: every answer it changes changes with it.
  void written(const EntityDef& def, const StoredVersion& version);

  // The answers read ahead; nullptr when the question was not.
  // The newest version of `key` (none: it has none).
  const boost::optional<StoredVersion>* latest(const EntityDef& def, const std::string& key) const;
  // The keys of the live records whose field `position` is `value`, in key order.
  const std::set<std::string>* liveKeysWhere(const EntityDef& def, std::size_t position,
                                             const std::string& value) const;
  // Every version of `key`, oldest first.
  const std::vector<StoredVersion>* history(const EntityDef& def, const std::string& key) const;

 private:
  struct Table {
    std::unordered_map<std::string, boost::optional<StoredVersion>> latest;
    // By field position, then value: the live records with that value.
    std::map<std::size_t, std::unordered_map<std::string, std::set<std::string>>> where;
    std::unordered_map<std::string, std::vector<StoredVersion>> histories;
  };
  void removeFromWhere(Table& table, const std::string& key);
  std::map<std::string, Table> tables_;  // by entity name
  std::string current_;                  // the entity whose rows are being saved
  std::map<std::string, Asked> asked_;   // by the entity whose rows asked
};

}  // namespace s113
