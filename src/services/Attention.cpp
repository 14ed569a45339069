#include "services/Attention.h"

#include <algorithm>
#include <map>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "services/StoredValues.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

std::string fteText(FteUnits fte) { return formatFte(fte) + " FTE"; }

void placementWarnings(const std::string& key, const Record& r, const Date& asOf,
                       std::vector<Attention>& out) {
  if (placementFinished(valueOf(r, "status"))) return;
  auto add = [&](const char* field, std::string message) {
    out.push_back({placementDef().name, key, field, std::move(message)});
  };
  auto start = dateIn(r, "start_date"), planned = dateIn(r, "planned_end"),
       review = dateIn(r, "next_review");
  if (valueOf(r, "kind") == "secondment" && start) {
    if (!planned)
      add("planned_end",
          "a secondment with no planned end (secondments beyond 2 years should be reviewed)");
    else if (*planned >= *start + boost::gregorian::years(2))
      add("planned_end", "secondment planned beyond 2 years (" + formatIso(*start) + " to " +
                             formatIso(*planned) + ")");
  }
  if (planned && *planned < asOf)
    add("planned_end", "planned to end " + formatIso(*planned) + " but still " +
                           valueOf(r, "status") + " (record that it ended, or extend it)");
  if (review && *review < asOf)
    add("next_review", "the review date " + formatIso(*review) + " has passed");
}

void agreementWarnings(const std::string& key, const Record& a, const Date& asOf,
                       std::vector<Attention>& out) {
  auto review = dateIn(a, "next_review"), to = dateIn(a, "in_force_to");
  if (review && *review < asOf && (!to || *to >= asOf))
    out.push_back({agreementDef().name, key, "next_review",
                   "the annual review due " + formatIso(*review) + " is overdue"});
}

// Something that holds FTE over a run of days.
struct Holding {
  std::string key;
  Date first, last;
  FteUnits fte;
  bool contains(const Date& day) const { return first <= day && day <= last; }
};

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

// Records by key.
using Records = std::map<std::string, Record>;

// The live records of `def` whose `field` is `value`.
Records recordsWhere(Register& reg, const EntityDef& def, const char* field, const std::string& value) {
  Records out;
  VersionStore store(reg, def);
  for (const auto& key : store.liveKeysWhere(field, value))
    if (auto v = store.latest(key)) out[key] = v->fields;
  return out;
}

// An unfinished placement's time on its contract, before the contract's FTE
// is known: what the FTE checks need of it, not the whole record (a whole
// register's placements are held at once).
struct PlacementTime {
  std::string key;
  Date first, last;
  Record time;  // placedTimeOf the placement
  bool committed;
};

// None for a finished placement or one with no start.
boost::optional<PlacementTime> placementTimeOf(const std::string& key, const Record& p) {
  const std::string status = valueOf(p, "status");
  auto start = dateIn(p, "start_date");
  if (placementFinished(status) || !start) return boost::none;
  auto end = dateIn(p, "planned_end");
  return PlacementTime{key, *start, end ? *end : kOpenEnd, placedTimeOf(p), placementCommitted(status)};
}

std::vector<Holding> holdingsOn(const std::vector<PlacementTime>& placements, FteUnits contractFte) {
  std::vector<Holding> out;
  for (const auto& p : placements) out.push_back({p.key, p.first, p.last, placedFte(p.time, contractFte)});
  return out;
}

// The unfinished placements of a contract (with `edited` in place of its
// stored version).
std::vector<PlacementTime> placementTimes(Records placements, const std::string& contract, const Edit* edited) {
  if (edited && edited->def == &placementDef()) {
    if (valueOf(edited->fields, "contract") == contract)
      placements[edited->key] = edited->fields;
    else
      placements.erase(edited->key);
  }
  std::vector<PlacementTime> out;
  for (const auto& [key, p] : placements)
    if (auto time = placementTimeOf(key, p)) out.push_back(std::move(*time));
  return out;
}

// Placements not yet agreed that take a contract over its FTE: a warning on
// each of them (`only`: on that placement alone).
void contractFteWarnings(const std::vector<PlacementTime>& placements, const std::string& contract, FteUnits fte,
                         const Date& asOf, const std::string& only, std::vector<Attention>& out) {
  const auto all = holdingsOn(placements, fte);
  auto day = firstDayOver(all, fte, asOf);
  if (!day) return;
  const std::string list = holdingList(all, *day);
  for (const auto& p : placements) {
    if (!(p.first <= *day && *day <= p.last) || p.committed || (!only.empty() && p.key != only)) continue;
    out.push_back({placementDef().name, p.key, "status",
                   "the placements of contract " + contract + " (" + list + ") would take more "
                   "than its " + fteText(fte) + " from " + formatIso(*day) +
                   ": reduce the time or the placements before this one is agreed"});
  }
}

// A contract's hold on its post; none without a start.
boost::optional<Holding> contractHoldingOf(const std::string& key, const Record& c) {
  auto start = dateIn(c, "start_date");
  if (!start) return boost::none;
  auto end = dateIn(c, "end_date");
  return Holding{key, *start, end ? *end : kOpenEnd, fteIn(c, "fte")};
}

// Contracts (with `edited` in place of its stored version) holding post `post`.
std::vector<Holding> contractHoldings(Records contracts, const std::string& post, const Edit* edited) {
  if (edited && edited->def == &contractDef()) {
    if (valueOf(edited->fields, "post") == post)
      contracts[edited->key] = edited->fields;
    else
      contracts.erase(edited->key);
  }
  std::vector<Holding> out;
  for (const auto& [key, c] : contracts)
    if (auto held = contractHoldingOf(key, c)) out.push_back(std::move(*held));
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

FteUnits postFte(Register& reg, const std::string& post) {
  auto v = VersionStore(reg, postDef()).latest(post);
  return v && !v->deleted ? fteIn(v->fields, "fte") : FteUnits(0);
}

FteUnits contractFte(Register& reg, const std::string& contract) {
  auto v = VersionStore(reg, contractDef()).latest(contract);
  return v && !v->deleted ? fteIn(v->fields, "fte") : FteUnits(0);
}

// What placementWarnings and placementTimeOf read of a placement: the
// register-wide pass reads only these columns (SOCI converts every column a
// row is sent, and the rest are most of a placement row).
const std::vector<std::string> kPlacementFields{"kind",       "contract",    "share_of_time", "days_per_week",
                                                "start_date", "planned_end", "next_review",   "status"};

}  // namespace

std::string Attention::text() const {
  const EntityDef* def = findEntity(entity);
  return (def ? recordLabel(*def, key) : entity + " " + key) + ": " + field + ": " + message;
}

// Each kind of record read once, one record at a time, keeping only what
// the FTE checks need; the warnings come in the order they always have:
// placements, agreements, then contracts by post, then posts, each by key.
std::vector<Attention> needsAttention(Register& reg, const Date& asOf) {
  std::vector<Attention> out;
  std::map<std::string, std::vector<PlacementTime>> placementsByContract;
  VersionStore(reg, placementDef(), kPlacementFields).forEachLatestLive([&](const StoredVersion& p) {
    placementWarnings(p.key, p.fields, asOf, out);
    if (auto time = placementTimeOf(p.key, p.fields))
      placementsByContract[valueOf(p.fields, "contract")].push_back(std::move(*time));
  });
  VersionStore(reg, agreementDef(), {"next_review", "in_force_to"}).forEachLatestLive([&](const StoredVersion& a) {
    agreementWarnings(a.key, a.fields, asOf, out);
  });
  struct HeldPost {
    std::vector<Holding> contracts;  // with a start, for the post's FTE
    std::vector<std::pair<std::string, FteUnits>> fteByContract;  // every one, for its placements
  };
  std::map<std::string, HeldPost> byPost;
  VersionStore(reg, contractDef(), {"post", "fte", "start_date", "end_date"})
      .forEachLatestLive([&](const StoredVersion& c) {
        HeldPost& post = byPost[valueOf(c.fields, "post")];
        post.fteByContract.emplace_back(c.key, fteIn(c.fields, "fte"));
        if (auto held = contractHoldingOf(c.key, c.fields)) post.contracts.push_back(std::move(*held));
      });
  for (const auto& [post, held] : byPost)
    for (const auto& [contract, fte] : held.fteByContract)
      if (auto found = placementsByContract.find(contract); found != placementsByContract.end())
        contractFteWarnings(found->second, contract, fte, asOf, "", out);
  VersionStore(reg, postDef(), {"fte"}).forEachLatestLive([&](const StoredVersion& p) {
    auto found = byPost.find(p.key);
    if (found == byPost.end()) return;
    if (auto w = postFteWarning(found->second.contracts, p.key, fteIn(p.fields, "fte"), asOf, "fte"))
      out.push_back(*w);
  });
  return out;
}

std::vector<Attention> warningsForEdit(Register& reg, const Edit& edit, const Date& asOf) {
  std::vector<Attention> out;
  if (!edit.def) return out;
  const Record& r = edit.fields;
  if (edit.def == &placementDef()) {
    placementWarnings(edit.key, r, asOf, out);
    const std::string contract = valueOf(r, "contract");
    std::vector<Attention> fte;
    contractFteWarnings(placementTimes(recordsWhere(reg, placementDef(), "contract", contract), contract, &edit),
                        contract, contractFte(reg, contract), asOf, edit.key, fte);
    const std::string timeField =
        valueOf(r, "share_of_time").empty() ? "days_per_week" : "share_of_time";
    for (auto& w : fte) out.push_back({w.entity, w.key, timeField, w.message});
  } else if (edit.def == &agreementDef()) {
    agreementWarnings(edit.key, r, asOf, out);
  } else if (edit.def == &contractDef()) {
    std::vector<Attention> placements;
    contractFteWarnings(placementTimes(recordsWhere(reg, placementDef(), "contract", edit.key), edit.key, &edit),
                        edit.key, fteIn(r, "fte"), asOf, "", placements);
    for (const auto& w : placements)
      out.push_back({contractDef().name, edit.key, "fte", w.key + ": " + w.message});
    const std::string post = valueOf(r, "post");
    if (!post.empty())
      if (auto w = postFteWarning(contractHoldings(recordsWhere(reg, contractDef(), "post", post), post, &edit),
                                  post, postFte(reg, post), asOf, "fte"))
        out.push_back({contractDef().name, edit.key, "fte", "post " + post + ": " + w->message});
  } else if (edit.def == &postDef()) {
    if (auto w = postFteWarning(contractHoldings(recordsWhere(reg, contractDef(), "post", edit.key), edit.key, nullptr),
                                edit.key, fteIn(r, "fte"), asOf, "fte"))
      out.push_back(*w);
  }
  return out;
}

}  // namespace s113
