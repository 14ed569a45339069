#include "services/ClosedPeriods.h"

#include <map>
#include <set>
#include <tuple>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/RechargeCatalog.h"
#include "recharge/InvoicingPeriods.h"
#include "services/FinanceAccess.h"
#include "services/TypedRecords.h"
#include "services/RechargeService.h"
#include "services/Roles.h"
#include "storage/AuditStore.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

bool samePeriod(const Period& a, const Period& b) { return a.first == b.first && a.last == b.last; }

// One line of one agreement, payer and period: what an adjustment corrects.
struct LineKey {
  std::string agreement, payer;
  Date first, last;
  bool operator<(const LineKey& o) const {
    return std::tie(agreement, payer, first, last) < std::tie(o.agreement, o.payer, o.first, o.last);
  }
};

LineKey keyOf(const ScheduleLine& l, const Period& p) { return {l.agreementKey, l.payer, p.first, p.last}; }

struct Figures {
  Pence pay{0}, ni{0}, pension{0}, levy{0}, flat{0}, vat{0};
  void add(const ScheduleLine& l) {
    pay += l.pay;
    ni += l.onCostItems.employerNi;
    pension += l.onCostItems.pension;
    levy += l.onCostItems.apprenticeshipLevy;
    flat += l.onCostItems.flat;
    vat += l.vat;
  }
  void subtract(const Figures& f) {
    pay -= f.pay;
    ni -= f.ni;
    pension -= f.pension;
    levy -= f.levy;
    flat -= f.flat;
    vat -= f.vat;
  }
  bool zero() const { const Pence none(0);
    return pay == none && ni == none && pension == none && levy == none && flat == none && vat == none; }
};

// What was invoiced for one line so far: the kept charge and the kept
// adjustments of it, and the newest close that kept any of them.
struct Invoiced {
  Figures figures;
  boost::optional<ScheduleLine> sample;
  const RechargeClose* lastClose = nullptr;
};

// The close a kept line names by its date (KeptLine::through).
const RechargeClose* closeNamed(const std::vector<RechargeClose>& closes, const std::string& through) {
  for (const auto& c : closes)
    if (formatIso(c.through) == through) return &c;
  return nullptr;
}

// The close that closed a period: the first whose date is on or after its end.
const RechargeClose* closeOf(const std::vector<RechargeClose>& closes, const Period& p) {
  for (const auto& c : closes)
    if (c.through >= p.last) return &c;
  return closes.empty() ? nullptr : &closes.back();
}

std::string labelOf(const std::string& entity) {
  std::string label = entity;
  for (auto& c : label)
    if (c == '_') c = ' ';
  return label;
}

// The contract an agreement of either kind takes its cost from.
struct CostContract {
  std::string ref;
  RecordKey contract;
};

template <class Visitor>
void describe(Visitor& v, CostContract& c) {
  v.key("ref", c.ref);
  v.ref("cost_contract", "Cost contract", "contract", c.contract, Required::No);
}

// The changes recorded after `since` that may alter an agreement's lines:
// the agreement itself, the contract it takes its cost from, the NI rates.
// "contract C-0009 version 2 by alice at 2026-12-01T10:00:00Z (annual_salary)".
std::string causeOf(Register& reg, const std::string& agreement, const RechargeClose& since) {
  std::vector<std::pair<std::string, boost::optional<std::string>>> watched;
  std::string contract;
  for (const EntityDef* def : {&rechargeAgreementDef(), &costSharingAgreementDef()})
    if (VersionStore(reg, *def).latest(agreement)) {  // deleted or not: a deletion alters its lines too
      watched.push_back({def->name, agreement});
      if (auto costs = latestLive<CostContract>(reg, *def, agreement)) contract = costs->contract.value;
    }
  if (!contract.empty()) watched.push_back({contractDef().name, contract});
  watched.push_back({niRateDef().name, boost::none});
  struct Change {
    std::string entity, key, actor, at;
    int version;
    std::vector<std::string> fields;
  };
  std::map<std::tuple<long long, std::string, std::string, int>, Change> changes;  // by first seq
  AuditStore audit(reg);
  for (const auto& [entity, key] : watched) {
    std::map<std::tuple<std::string, std::string, int>, long long> firstSeq;
    for (const AuditEntry& e : audit.list(since.closedAt, entity, key)) {
      if (e.seq <= since.auditSeq) continue;
      auto id = std::make_tuple(e.entity, e.key, e.version);
      if (!firstSeq.count(id)) firstSeq[id] = e.seq;
      auto& c = changes[std::make_tuple(firstSeq[id], e.entity, e.key, e.version)];
      c = {e.entity, e.key, e.actor, e.at, e.version, c.fields};
      if (e.field != "valid_from") c.fields.push_back(e.field);
    }
  }
  std::string text;
  for (const auto& [order, c] : changes) {
    std::string fields;
    for (const auto& f : c.fields) fields += (fields.empty() ? "" : ", ") + f;
    text += (text.empty() ? "" : "; ") + labelOf(c.entity) + " " + c.key + " version " +
            std::to_string(c.version) + " by " + c.actor + " at " + c.at +
            (fields.empty() ? "" : " (" + fields + ")");
  }
  if (text.empty())
    text = "recomputed: no change to the agreement, its contract or the NI rates was recorded "
           "since " + since.year.label() + " was closed through " + formatIso(since.through);
  return text;
}

// The adjustments of `source`'s closed periods, in `shownIn`'s first open
// period of each agreement. `current`: source's lines as computed now.
std::vector<ScheduleLine> adjustmentsFor(Register& reg, const FinancialYear& source,
                                         const std::vector<ScheduleLine>& current,
                                         const FinancialYear& shownIn, const OptionalDate& shownClosed) {
  KeptRechargeStore store(reg);
  const auto sourceCloses = store.closes(source);
  if (sourceCloses.empty()) return {};
  const auto nextCloses = store.closes(source.next());
  const Date sourceThrough = sourceCloses.back().through;
  const Period sourcePeriod = source.period();

  std::map<LineKey, Invoiced> invoiced;
  auto credit = [&](const ScheduleLine& l, const Period& p, const RechargeClose* close) {
    Invoiced& entry = invoiced[keyOf(l, p)];
    entry.figures.add(l);
    if (!entry.sample || l.kind == LineKind::Charge) entry.sample = l;
    if (close && (!entry.lastClose || close->auditSeq > entry.lastClose->auditSeq)) entry.lastClose = close;
  };
  auto adjustsSource = [&](const ScheduleLine& l) {
    return l.kind == LineKind::Adjustment && l.adjusts && sourcePeriod.contains(l.adjusts->first);
  };
  for (const KeptLine& kept : store.lines("closed", source.label())) {
    const ScheduleLine& l = kept.line;
    const RechargeClose* close = closeNamed(sourceCloses, kept.through);
    if (l.kind == LineKind::Charge) credit(l, l.period, close);
    else if (adjustsSource(l)) credit(l, *l.adjusts, close);
  }
  for (const KeptLine& kept : store.lines("closed", source.next().label())) {
    const ScheduleLine& l = kept.line;
    if (adjustsSource(l)) credit(l, *l.adjusts, closeNamed(nextCloses, kept.through));
  }
  std::map<LineKey, const ScheduleLine*> now;
  for (const auto& l : current)
    if (l.kind == LineKind::Charge && l.period.last <= sourceThrough) now[keyOf(l, l.period)] = &l;

  std::set<LineKey> keys;
  for (const auto& [k, v] : invoiced) keys.insert(k);
  for (const auto& [k, v] : now) keys.insert(k);
  std::vector<ScheduleLine> out;
  for (const LineKey& k : keys) {
    Figures diff;
    auto isNow = now.find(k);
    if (isNow != now.end()) diff.add(*isNow->second);
    auto wasInvoiced = invoiced.find(k);
    if (wasInvoiced != invoiced.end()) diff.subtract(wasInvoiced->second.figures);
    if (diff.zero()) continue;
    const Period adjusted{k.first, k.last};
    const auto target = firstOpenPeriod(frequencyOf(adjusted, source), shownIn, shownClosed);
    if (!target) continue;  // the whole year is closed: the next year shows it
    ScheduleLine a = isNow != now.end() ? *isNow->second : *wasInvoiced->second.sample;
    a.kind = LineKind::Adjustment;
    a.adjusts = adjusted;
    a.period = a.active = *target;
    a.daysActive = a.weekdaysActive = 0;
    a.invoiceDate = invoiceDate(*target);
    a.pay = diff.pay;
    a.onCostItems = {diff.ni, diff.pension, diff.levy, diff.flat};
    a.onCosts = a.onCostItems.total();
    a.net = a.pay + a.onCosts;
    a.vat = diff.vat;  // corrects the VAT of the supply adjusted
    a.total = a.net + a.vat;
    const RechargeClose* since = wasInvoiced != invoiced.end() && wasInvoiced->second.lastClose
                                     ? wasInvoiced->second.lastClose
                                     : closeOf(sourceCloses, adjusted);
    a.cause = causeOf(reg, k.agreement, *since);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

InvoiceFrequency frequencyOf(const Period& period, const FinancialYear& year) {
  for (auto f : {InvoiceFrequency::Monthly, InvoiceFrequency::Quarterly, InvoiceFrequency::Annual})
    for (const Period& p : invoicingPeriods(f, year))
      if (samePeriod(p, period)) return f;
  return InvoiceFrequency::Monthly;
}

boost::optional<Period> firstOpenPeriod(InvoiceFrequency frequency, const FinancialYear& year,
                                        const OptionalDate& closed) {
  for (const Period& p : invoicingPeriods(frequency, year))
    if (!closed || p.last > *closed) return p;
  return boost::none;
}

OptionalDate closedThrough(Register& reg, const FinancialYear& year) {
  const auto closes = KeptRechargeStore(reg).closes(year);
  if (closes.empty()) return boost::none;
  return closes.back().through;
}

namespace {

// The year before, when every period of it is closed: its adjustments are
// then shown in this year.
boost::optional<FinancialYear> wholeYearClosedBefore(Register& reg, const FinancialYear& year) {
  const FinancialYear previous(year.startYear() - 1);
  const OptionalDate previousClosed = closedThrough(reg, previous);
  if (previousClosed && *previousClosed >= previous.lastDay()) return previous;
  return boost::none;
}

// Whether the year is invoiced as the register computes it now: nothing of
// it closed or trued up, and no adjustment of the year before to show.
bool invoicedAsComputed(Register& reg, const FinancialYear& year) {
  return !closedThrough(reg, year) && KeptRechargeStore(reg).lines("true_up", year.label()).empty() &&
         !wholeYearClosedBefore(reg, year);
}

}  // namespace

void forEachInvoicedLine(Register& reg, const FinancialYear& year,
                         const std::function<void(const ScheduleLine&)>& visit) {
  require(reg, Action::ReadSalaries);  // refused as invoicedSchedule is, before reading what was kept
  if (invoicedAsComputed(reg, year)) return forEachScheduleLine(reg, year, boost::none, visit);
  for (const auto& line : invoicedSchedule(reg, year).lines) visit(line);
}

Schedule invoicedSchedule(Register& reg, const FinancialYear& year) {
  Schedule current = rechargeSchedule(reg, year);
  KeptRechargeStore store(reg);
  const OptionalDate closed = closedThrough(reg, year);
  const auto trueUps = store.lines("true_up", year.label());
  const FinancialYear previous(year.startYear() - 1);
  const bool previousAllClosed = wholeYearClosedBefore(reg, year).has_value();
  if (!closed && trueUps.empty() && !previousAllClosed) return current;

  Schedule out;
  out.year = year;
  for (KeptLine& kept : store.lines("closed", year.label())) out.lines.push_back(std::move(kept.line));
  auto open = [&](const ScheduleLine& l) { return !closed || l.period.last > *closed; };
  for (const auto& l : current.lines)
    if (open(l)) out.lines.push_back(l);
  if (previousAllClosed)
    for (auto& a : adjustmentsFor(reg, previous, rechargeSchedule(reg, previous).lines, year, closed))
      out.lines.push_back(std::move(a));
  if (closed)
    for (auto& a : adjustmentsFor(reg, year, current.lines, year, closed)) out.lines.push_back(std::move(a));
  for (const KeptLine& kept : trueUps)
    if (open(kept.line)) out.lines.push_back(kept.line);
  return out;
}

std::vector<ScheduleLine> adjustmentsOf(const Schedule& schedule) {
  std::vector<ScheduleLine> out;
  for (const auto& l : schedule.lines)
    if (l.kind == LineKind::Adjustment) out.push_back(l);
  return out;
}

CloseResult closePeriods(Register& reg, const FinancialYear& year, const Date& through) {
  requireFinanceRole(reg, "close periods");
  const std::string record = "recharge close " + year.label();
  if (!year.period().contains(through))
    throw ValidationError(record, "through",
                          formatIso(through) + " is not in " + year.label() + " (" +
                              formatIso(year.firstDay()) + " to " + formatIso(year.lastDay()) + ")");
  KeptRechargeStore store(reg);
  WriteTransaction tx(reg);
  const auto closes = store.closes(year);
  if (!closes.empty() && through <= closes.back().through)
    throw ValidationError(record, "through",
                          "must be after the last close: " + year.label() + " is closed through " +
                              formatIso(closes.back().through) + " (by " + closes.back().closedBy + " at " +
                              closes.back().closedAt + ")");
  // The periods ending after the last close: every period, before the first.
  const Date after = closes.empty() ? Date(boost::gregorian::min_date_time) : closes.back().through;
  CloseResult result;
  for (const auto& l : invoicedSchedule(reg, year).lines)
    if (l.period.last <= through && l.period.last > after) result.lines.push_back(l);
  result.close = {year, through, utcTimestamp(), reg.actingUser(), store.lastAuditSeq()};
  store.insertClose(result.close);
  store.insertLines("closed", year.label(), formatIso(through), result.lines);
  Pence total{0};
  for (const auto& l : result.lines) total += l.invoiced ? l.total : Pence(0);
  AuditStore(reg).append({0, result.close.closedAt, result.close.closedBy, "recharge_close",
                          year.label() + " through " + formatIso(through), 1, "lines", "",
                          std::to_string(result.lines.size()) + " lines kept, invoiced total " +
                              formatMoney(total)});
  tx.commit();
  return result;
}

}  // namespace s113
