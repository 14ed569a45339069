#include "services/Attention.h"

#include <algorithm>
#include <map>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Placement.h"
#include "services/TypedRecords.h"
#include "storage/TypedStore.h"

namespace s113 {
namespace {

// What the review warning reads of an agreement.
struct AgreementReview {
  std::string agreement;
  OptionalDate inForceTo;
  OptionalDate nextReview;
};

template <class Visitor>
void describe(Visitor& v, AgreementReview& a) {
  v.key("ref", a.agreement);
  v.date("in_force_to", "In force to", a.inForceTo);
  v.date("next_review", "Next annual review", a.nextReview);
}

// What the FTE check reads of a post.
struct PostFte {
  std::string post;
  FteUnits fte{0};
};

template <class Visitor>
void describe(Visitor& v, PostFte& p) {
  v.key("ref", p.post);
  v.fte("fte", "FTE", p.fte);
}

std::string fteText(FteUnits fte) { return formatFte(fte) + " FTE"; }

void placementWarnings(const PlacementTime& p, const Date& asOf, std::vector<Attention>& out) {
  if (placementFinished(p.status)) return;
  auto add = [&](const char* field, std::string message) {
    out.push_back({placementDef().name, p.ref, field, std::move(message)});
  };
  if (p.kind == PlacementKind::Secondment) {
    if (!p.plannedEnd)
      add("planned_end",
          "a secondment with no planned end (secondments beyond 2 years should be reviewed)");
    else if (*p.plannedEnd >= p.start + boost::gregorian::years(2))
      add("planned_end", "secondment planned beyond 2 years (" + formatIso(p.start) + " to " +
                             formatIso(*p.plannedEnd) + ")");
  }
  if (p.plannedEnd && *p.plannedEnd < asOf)
    add("planned_end", "planned to end " + formatIso(*p.plannedEnd) + " but still " + toString(p.status) +
                           " (record that it ended, or extend it)");
  if (p.nextReview && *p.nextReview < asOf)
    add("next_review", "the review date " + formatIso(*p.nextReview) + " has passed");
}

void agreementWarnings(const AgreementReview& a, const Date& asOf, std::vector<Attention>& out) {
  if (a.nextReview && *a.nextReview < asOf && (!a.inForceTo || *a.inForceTo >= asOf))
    out.push_back({agreementDef().name, a.agreement, "next_review",
                   "the annual review due " + formatIso(*a.nextReview) + " is overdue"});
}

// Something that holds FTE over a run of days; no last day: open-ended.
struct Holding {
  std::string key;
  Date first;
  OptionalDate last;
  FteUnits fte;
  bool contains(const Date& day) const { return first <= day && (!last || day <= *last); }
};

Holding holdingOf(const PlacementTime& p, FteUnits contractFte) {
  return {p.ref, p.start, p.plannedEnd, placedFte(p.shareOfTime, p.daysPerWeek, contractFte)};
}

Holding holdingOf(const ContractTerms& c) { return {c.ref, c.start, c.end, c.fte}; }

// The first day on or after `from` on which the holdings add up to more than
// `capacity`; the total only rises on a day a holding starts.
boost::optional<Date> firstDayOver(const std::vector<Holding>& all, FteUnits capacity,
                                   const Date& from) {
  std::vector<Date> days{from};
  for (const auto& h : all)
    if (h.first >= from) days.push_back(h.first);
  std::sort(days.begin(), days.end());
  for (const auto& day : days) {
    FteUnits total{0};
    for (const auto& h : all)
      if (h.contains(day)) total += h.fte;
    if (total > capacity) return day;
  }
  return boost::none;
}

std::string holdingList(const std::vector<Holding>& all, const Date& day) {
  std::string list;
  for (const auto& h : all)
    if (h.contains(day)) list += (list.empty() ? "" : ", ") + h.key + " (" + fteText(h.fte) + ")";
  return list;
}

// The live records of `def` whose `field` is `value` (liveWhere), by key.
template <typename View>
std::map<std::string, View> viewsWhere(Register& reg, const EntityDef& def, const char* field,
                                       const std::string& value) {
  std::map<std::string, View> out;
  for (auto& view : liveWhere<View>(reg, def, field, value)) out.emplace(view.ref, std::move(view));
  return out;
}

// The unfinished placements of a contract (with `edited` in place of its
// stored version), in key order.
std::vector<PlacementTime> unfinishedPlacements(Register& reg, const std::string& contract,
                                                const PlacementTime* edited) {
  auto stored = viewsWhere<PlacementTime>(reg, placementDef(), "contract", contract);
  if (edited) {
    if (edited->contract.value == contract)
      stored[edited->ref] = *edited;
    else
      stored.erase(edited->ref);
  }
  std::vector<PlacementTime> out;
  for (auto& [key, p] : stored)
    if (!placementFinished(p.status)) out.push_back(std::move(p));
  return out;
}

// Placements not yet agreed that take a contract over its FTE: a warning on
// each of them (`only`: on that placement alone).
void contractFteWarnings(const std::vector<PlacementTime>& placements, const std::string& contract, FteUnits fte,
                         const Date& asOf, const std::string& only, std::vector<Attention>& out) {
  std::vector<Holding> all;
  for (const auto& p : placements) all.push_back(holdingOf(p, fte));
  auto day = firstDayOver(all, fte, asOf);
  if (!day) return;
  const std::string list = holdingList(all, *day);
  for (std::size_t i = 0; i < placements.size(); ++i) {
    const PlacementTime& p = placements[i];
    if (!all[i].contains(*day) || placementCommitted(p.status) || (!only.empty() && p.ref != only)) continue;
    out.push_back({placementDef().name, p.ref, "status",
                   "the placements of contract " + contract + " (" + list + ") would take more "
                   "than its " + fteText(fte) + " from " + formatIso(*day) +
                   ": reduce the time or the placements before this one is agreed"});
  }
}

// The contracts holding post `post` (with `edited` in place of its stored
// version), in key order.
std::vector<Holding> contractHoldings(Register& reg, const std::string& post, const ContractTerms* edited) {
  auto stored = viewsWhere<ContractTerms>(reg, contractDef(), "post", post);
  if (edited) {
    if (edited->post.value == post)
      stored[edited->ref] = *edited;
    else
      stored.erase(edited->ref);
  }
  std::vector<Holding> out;
  for (const auto& [key, c] : stored) out.push_back(holdingOf(c));
  return out;
}

boost::optional<Attention> postFteWarning(const std::vector<Holding>& all, const std::string& post,
                                          FteUnits fte, const Date& asOf, const std::string& field) {
  auto day = firstDayOver(all, fte, asOf);
  if (!day) return boost::none;
  return Attention{postDef().name, post, field,
                   "contracts " + holdingList(all, *day) + " hold more than the post's " +
                       fteText(fte) + " from " + formatIso(*day)};
}

// The FTE of a post or a contract; 0 when there is no such record.
FteUnits postFte(Register& reg, const std::string& post) {
  auto p = latestLive<PostFte>(reg, postDef(), post);
  return p ? p->fte : FteUnits(0);
}

FteUnits contractFte(Register& reg, const std::string& contract) {
  auto c = latestLive<ContractTerms>(reg, contractDef(), contract);
  return c ? c->fte : FteUnits(0);
}

// The warnings on an edited placement: its dates, and its contract's FTE
// counted with it (on the field that gives its time).
void placementEditWarnings(Register& reg, const Edit& edit, const Date& asOf, std::vector<Attention>& out) {
  const auto placement = editedAs<PlacementTime>(edit);
  placementWarnings(placement, asOf, out);
  const std::string& contract = placement.contract.value;
  std::vector<Attention> fte;
  contractFteWarnings(unfinishedPlacements(reg, contract, &placement), contract, contractFte(reg, contract), asOf,
                      edit.key, fte);
  const std::string timeField = placement.shareOfTime ? "share_of_time" : "days_per_week";
  for (auto& w : fte) out.push_back({w.entity, w.key, timeField, w.message});
}

// The warnings on an edited contract's FTE: its placements', and its post's
// counted with it.
void contractEditWarnings(Register& reg, const Edit& edit, const Date& asOf, std::vector<Attention>& out) {
  const auto contract = editedAs<ContractTerms>(edit);
  std::vector<Attention> placements;
  contractFteWarnings(unfinishedPlacements(reg, edit.key, nullptr), edit.key, contract.fte, asOf, "", placements);
  for (const auto& w : placements) out.push_back({contractDef().name, edit.key, "fte", w.key + ": " + w.message});
  const std::string& post = contract.post.value;
  if (post.empty()) return;
  if (auto w = postFteWarning(contractHoldings(reg, post, &contract), post, postFte(reg, post), asOf, "fte"))
    out.push_back({contractDef().name, edit.key, "fte", "post " + post + ": " + w->message});
}

}  // namespace

std::string Attention::text() const {
  const EntityDef* def = findEntity(entity);
  return (def ? recordLabel(*def, key) : entity + " " + key) + ": " + field + ": " + message;
}

// Each kind of record read once, as a view of the fields the checks read;
// the unfinished placements and the contracts' holds on their posts are kept
// for the FTE checks. The warnings come in the order they always have:
// placements, agreements, then contracts by post, then posts, each by key.
std::vector<Attention> needsAttention(Register& reg, const Date& asOf) {
  std::vector<Attention> out;
  std::map<std::string, std::vector<PlacementTime>> unfinishedByContract;
  forEachLiveView<PlacementTime>(reg, placementDef(), [&](PlacementTime&& p) {
    placementWarnings(p, asOf, out);
    if (!placementFinished(p.status)) unfinishedByContract[p.contract.value].push_back(std::move(p));
  });
  forEachLiveView<AgreementReview>(reg, agreementDef(),
                                   [&](AgreementReview&& a) { agreementWarnings(a, asOf, out); });
  std::map<std::string, std::vector<Holding>> contractsByPost;
  forEachLiveView<ContractTerms>(reg, contractDef(),
                                [&](ContractTerms&& c) { contractsByPost[c.post.value].push_back(holdingOf(c)); });
  for (const auto& [post, contracts] : contractsByPost)
    for (const auto& c : contracts)
      if (auto found = unfinishedByContract.find(c.key); found != unfinishedByContract.end())
        contractFteWarnings(found->second, c.key, c.fte, asOf, "", out);
  forEachLiveView<PostFte>(reg, postDef(), [&](PostFte&& p) {
    auto found = contractsByPost.find(p.post);
    if (found == contractsByPost.end()) return;
    if (auto w = postFteWarning(found->second, p.post, p.fte, asOf, "fte")) out.push_back(*w);
  });
  return out;
}

std::vector<Attention> warningsForEdit(Register& reg, const Edit& edit, const Date& asOf) {
  std::vector<Attention> out;
  if (!edit.def) return out;
  if (edit.def == &placementDef()) {
    placementEditWarnings(reg, edit, asOf, out);
  } else if (edit.def == &agreementDef()) {
    agreementWarnings(editedAs<AgreementReview>(edit), asOf, out);
  } else if (edit.def == &contractDef()) {
    contractEditWarnings(reg, edit, asOf, out);
  } else if (edit.def == &postDef()) {
    const auto post = editedAs<PostFte>(edit);
    if (auto w = postFteWarning(contractHoldings(reg, edit.key, nullptr), edit.key, post.fte, asOf, "fte"))
      out.push_back(*w);
  }
  return out;
}

}  // namespace s113
