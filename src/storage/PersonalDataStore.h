// The SQL of the personal-data duties (services/PersonalData.h): the
// retention period, and anonymising a person in place, the one write that
// changes stored versions and audit rows rather than adding new ones.
#pragma once
#include <boost/optional.hpp>
#include <cstddef>
#include <string>

#include "domain/EntityDef.h"
#include "storage/Register.h"

namespace s113 {

// The retention period in months; none when the policy row holds none.
boost::optional<int> storedRetentionMonths(Register& reg);
void storeRetentionMonths(Register& reg, int months);

// Anonymising, inside the caller's WriteTransaction. Constructing one lifts
// the append-only triggers; finish() re-hashes the audit chain from the first
// audit row rewritten and puts the triggers back. A rewrite abandoned by an
// exception leaves that to the transaction's rollback, which undoes both.
class PersonalDataRewrite {
 public:
  explicit PersonalDataRewrite(Register& reg);
  // Sets `field` of every version of one record to `value`, or with none
  // blanks it (NULL); returns the versions changed.
  std::size_t replaceInVersions(const EntityDef& def, const std::string& field, const std::string& key,
                                const boost::optional<std::string>& value);
  // Writes one audit change's field list (its JSON) again.
  void rewriteAuditChange(long long seq, const std::string& changesJson);
  // The lowest audit seq rewritten; 0 when none was.
  long long firstAuditChange() const { return firstSeq_; }
  // Re-chains and restores; the audit rows re-hashed.
  std::size_t finish();

 private:
  Register& reg_;
  long long firstSeq_ = 0;
};

}  // namespace s113
