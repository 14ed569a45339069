// A single-manager contract: one manager runs services for two partners,
// either employed by one which sells the management to the other (route 1)
// or seconded to the other (route 2) (docs/domain.md, arrangements). Its
// fields are declared once, here; singleManagerContractDef
// (ArrangementCatalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/ArrangementEnums.h"
#include "domain/Describe.h"

namespace s113 {

struct SingleManagerContract {
  std::string ref;  // the key: "SM-001"
  SingleManagerRoute route = SingleManagerRoute::EmployAndSubcontract;
  RecordKey contract;  // the manager's
  RecordKey post;
  RecordKey employer;
  RecordKey otherPartner;
  RecordKey hostPartner;  // the employer or the other partner
  RecordKey agreement;
  RecordKey placement;        // route 2's secondment
  OptionalPence annualFee;    // route 1's fee for the sub-contracted services
  FunctionalSplit timeSplit;  // between the employer and the other partner
  OptionalPence employerBudget;
  OptionalPence otherPartnerBudget;
  bool otherPartnerMayEnd = false;
  OptionalInteger endNoticeMonths;
  std::string endConditions;
  Date start;
  OptionalDate end;
  SingleManagerStatus status = SingleManagerStatus::Proposed;
};

template <class Visitor>
void describe(Visitor& v, SingleManagerContract& s) {
  v.key("ref", s.ref);
  v.choice("route", "Route", s.route);
  v.ref("contract", "Manager's contract", "contract", s.contract, Required::Yes);
  v.ref("post", "Single-manager post", "post", s.post, Required::No);
  v.ref("employer", "Employing partner", "partner", s.employer, Required::Yes);
  v.ref("other_partner", "Other partner", "partner", s.otherPartner, Required::Yes);
  v.ref("host_partner", "Host partner", "partner", s.hostPartner, Required::Yes);
  v.ref("agreement", "Partnership agreement", "agreement", s.agreement, Required::Yes);
  v.ref("placement", "Secondment (route 2)", "placement", s.placement, Required::No);
  v.money("annual_fee", "Annual fee for the sub-contracted services (route 1)", s.annualFee);
  v.split("time_split", "Time split", s.timeSplit, Required::Yes);
  v.money("employer_budget", "Budget managed for the employer", s.employerBudget);
  v.money("other_partner_budget", "Budget managed for the other partner", s.otherPartnerBudget);
  v.flag("other_partner_may_end", "Other partner may end it in extreme circumstances", s.otherPartnerMayEnd);
  v.integer("end_notice_months", "Notice to end (months)", s.endNoticeMonths);
  v.text("end_conditions", "Circumstances in which it may be ended", s.endConditions, Required::No);
  v.date("start_date", "Start", s.start);
  v.date("end_date", "End", s.end);
  v.choice("status", "Status", s.status);
}

}  // namespace s113
