// Closed invoicing periods (docs/money.md, "Closed periods"). Finance closes
// a year's periods through a date: every line of those periods is kept
// exactly as invoiced (storage/KeptRechargeStore.h). A later change to the
// register that would alter a closed period never rewrites it: the schedule
// then shows, in the agreement's first open period, an adjustment line of the
// difference between the line as the register now computes it and what was
// invoiced for it (the kept line and any adjustments already closed), naming
// each change recorded since (record, version, who).
#pragma once
#include <boost/optional.hpp>
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "recharge/Schedule.h"
#include "storage/KeptRechargeStore.h"
#include "storage/Register.h"

namespace s113 {

struct CloseResult {
  RechargeClose close;
  std::vector<ScheduleLine> lines;  // the lines it kept
};

// Closes the invoicing periods of `year` ending on or before `through`, and
// after the year's previous close, in one audited transaction: the lines of
// invoicedSchedule() in those periods are kept as they are. Throws
// ValidationError (record "recharge close <year>", field "through") when
// `through` is outside the year or not after the year's last close.
CloseResult closePeriods(Register& reg, const FinancialYear& year, const Date& through);

// The year's schedule as finance invoices it: the lines of closed periods as
// kept, the open periods' lines as the register computes them now, the
// adjustments of closed periods (this year's, and last year's once all of it
// was closed) in the first open period of each agreement, and the true-up
// lines recorded for an open period (services/TrueUp.h). With nothing closed
// and nothing trued up, exactly rechargeSchedule(reg, year).
Schedule invoicedSchedule(Register& reg, const FinancialYear& year);
// The lines of invoicedSchedule(reg, year), in its order, each handed to
// `visit`: when nothing of the year is closed or trued up (and the year
// before is not wholly closed) they are the schedule's own lines, made one
// at a time and never all held.
void forEachInvoicedLine(Register& reg, const FinancialYear& year,
                         const std::function<void(const ScheduleLine&)>& visit);

// The adjustment lines of a schedule.
std::vector<ScheduleLine> adjustmentsOf(const Schedule& schedule);

// The last day closed in `year`; none when nothing is closed.
OptionalDate closedThrough(Register& reg, const FinancialYear& year);

// The first period of `frequency` in `year` ending after `closed` (all of
// them when nothing is closed); none when the whole year is closed.
boost::optional<Period> firstOpenPeriod(InvoiceFrequency frequency, const FinancialYear& year,
                                        const OptionalDate& closed);

// The invoicing frequency whose periods of `year` include `period`.
InvoiceFrequency frequencyOf(const Period& period, const FinancialYear& year);

}  // namespace s113
