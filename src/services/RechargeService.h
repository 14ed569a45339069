// Recharges read from the register: recharge_agreement records turned into
// the engine's RechargeTerms, the employer NI table from ni_rate records, and
// the schedule of a financial year (recharge/Schedule.h) with its totals per
// payer/payee pair and its net settlement (recharge/Netting.h).
//
// Which versions: by default the newest version of every live record (what
// finance has entered, whenever it was entered); with `asAt` the register as
// it stood on that effective date (VersionStore::asAt).
#pragma once
#include <boost/optional.hpp>
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/FieldValues.h"
#include "recharge/NiRateTable.h"
#include "recharge/Schedule.h"
#include "services/RecordService.h"
#include "storage/Register.h"

namespace s113 {

// The employer NI table of the register. Throws ValidationError naming the
// ni_rate record when its rows cannot form a table.
NiRateTable niRatesOf(Register& reg, const OptionalDate& asAt = boost::none);

// One agreement's terms. For actual_cost with a blank annual_cost the cost is
// the cost_contract's annual salary in force on the agreement's start, and
// each later salary version (by effective date) becomes a pay change.
// `covers` reads "<kind> <ref>: <description>".
RechargeTerms rechargeTermsOf(Register& reg, const std::string& key, const FieldValues& fields,
                              const OptionalDate& asAt = boost::none);
// The same for a record of `def`: a recharge agreement, or a cost-sharing
// agreement (no payer, share 100%, its parts from `parts` and `split_by`).
RechargeTerms rechargeTermsOf(Register& reg, const EntityDef& def, const std::string& key,
                              const FieldValues& fields, const OptionalDate& asAt = boost::none);

// Every live recharge agreement ordered by key, then every live cost-sharing
// agreement ordered by key.
std::vector<RechargeTerms> rechargeAgreementsOf(Register& reg,
                                                const OptionalDate& asAt = boost::none);

// The year's schedule of every agreement. Throws ValidationError (record and
// field named) when an agreement cannot be costed, e.g. itemised on-costs on a
// day the NI table does not cover.
// Example: rechargeSchedule(reg, FinancialYear::parse("2013/14")).
Schedule rechargeSchedule(Register& reg, const FinancialYear& year,
                          const OptionalDate& asAt = boost::none);
// The same lines in the same order, each handed to `visit` as it is made and
// none kept: for what needs only their sums (recharge/ScheduleSums.h).
// Throws as rechargeSchedule, before any line when an agreement is invalid.
void forEachScheduleLine(Register& reg, const FinancialYear& year, const OptionalDate& asAt,
                         const std::function<void(const ScheduleLine&)>& visit);

// The checks of a recharge agreement edit that need the register: what it
// covers exists (posts, contracts, and arrangement records where the register
// has them), and the engine's validate() on the terms the edit would give.
// Throws ValidationErrors naming the record and its field.
void checkRechargeEdit(Register& reg, const Edit& edit);

}  // namespace s113
