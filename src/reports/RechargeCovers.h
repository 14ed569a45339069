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

#include "domain/RechargeEnums.h"
#include "domain/entities/RechargeAgreement.h"
#include "recharge/Schedule.h"
#include "storage/Register.h"

namespace s113::reports {

class RechargeCovers {
 public:
  explicit RechargeCovers(Register& reg);
  std::string of(const ScheduleLine& line) const;

  // A contract as the "covers" column needs it: whose, on which post, when.
  struct Holding {
    std::string person;
    std::string post;
    Date start;
    OptionalDate end;
  };

 private:

  std::string holderOf(CoversKind kind, const std::string& ref, const Period& period) const;
  std::string postHolders(const std::string& post, const Period& period) const;
  std::string personOfContract(const std::string& contract) const;
  std::string personName(const std::string& person) const;

  Register& reg_;
  std::map<std::string, RechargeAgreement> agreements_;
  std::map<std::string, Holding> contracts_;
  std::map<std::string, std::string> people_;  // person -> name
};

}  // namespace s113::reports
