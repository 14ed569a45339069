// The "covers" column of the recharge report and its exports: the post or
// arrangement a schedule line charges for and who held it in the line's
// period, so finance can trace every line to a post and a person:
//   "post BN-007: Mike Bowden", "placement PL-003: Jo Bloggs",
//   "post BN-022: vacant", or the agreement's description for "other".
// Records are read as the schedule reads them: the newest version of each;
// the contracts and people by reports/recharges/query.sql.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/Record.h"
#include "recharge/Schedule.h"
#include "storage/Register.h"

namespace s113::reports {

class RechargeCovers {
 public:
  explicit RechargeCovers(Register& reg);
  std::string of(const ScheduleLine& line) const;

 private:
  std::string holderOf(const std::string& kind, const std::string& ref,
                       const Period& period) const;
  std::string postHolders(const std::string& post, const Period& period) const;
  std::string personOfContract(const std::string& contract) const;

  Register& reg_;
  std::map<std::string, Record> agreements_, contracts_, people_;
};

}  // namespace s113::reports
