// "If the agreement ends on date D": what the end of an S113 agreement means
// for the people and posts under it, read from the register as at D.
//
// Under s113 nobody changes employer (no TUPE), so every person affected
// stays with the employer of their contract; what stops is the placement,
// single-manager contract or joint role, the posts hosted or shared under the
// agreement revert to their employer alone, and the recharges that pay for
// them stop. Each arrangement needs its notice: its own termination notice
// when it has one, else the agreement's notice period.
//
//   ExitScenario s = buildExitScenario(reg, "BNES-S113-2013", Date(2016, 9, 30));
//   for (const auto& p : s.people) std::cout << p.person << " stays with " << p.staysWith;
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Enums.h"
#include "domain/Split.h"
#include "storage/Register.h"

namespace s113 {

// One arrangement of a person that stops.
struct StoppingArrangement {
  std::string entity;  // "placement", "single_manager_contract", "joint_post"
  std::string key;
  std::string description;  // "40% to BCCG (secondment)", "route 1 single manager", ...
  int noticeMonths = 0;
  std::string noticeFrom;  // "placement", "single_manager_contract" or "agreement"
  Date noticeBy;           // the last day to give notice: D minus noticeMonths
  bool returnToPost = false;
  std::string note;  // what happens to the person in this arrangement
};

struct AffectedPerson {
  std::string person;  // key
  std::string name;
  std::string contract;
  std::string staysWith;  // the employer of the contract: never changes
  std::string substantivePost;
  std::vector<StoppingArrangement> arrangements;
  int noticeMonths = 0;  // the longest notice among the arrangements
  Date noticeBy;
};

struct RevertingPost {
  std::string post;
  std::string title;
  PostKind kind = PostKind::Single;
  std::string host;                 // the host before the end
  FunctionalSplit functionalSplit;  // the split before the end; empty: not recorded
  std::string revertsTo;            // the employer: employs and hosts it alone
};

struct StoppingRecord {
  std::string entity;
  std::string key;
  std::string reason;  // which field ties it to what stops
};

struct ExitScenario {
  std::string agreement;
  std::string title;
  Date endsOn;
  int agreementNoticeMonths = 0;
  Date agreementNoticeBy;  // notice of ending the agreement itself
  std::vector<AffectedPerson> people;
  std::vector<RevertingPost> posts;
  std::vector<StoppingRecord> arrangements;  // placements, single-manager contracts, joint posts
  std::vector<StoppingRecord> recharges;     // recharge records tied to any of them
};

// Throws NotFound when the agreement does not exist, ValidationError when D is
// before the agreement is in force or a stored value does not parse. Every
// role may ask: nothing read is a salary.
ExitScenario buildExitScenario(Register& reg, const std::string& agreement, const Date& endsOn);

// Plain text and JSON forms (the CLI prints these).
std::string exitScenarioText(const ExitScenario& scenario);
std::string exitScenarioJson(const ExitScenario& scenario);

}  // namespace s113
