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

// Every live record of `def`, grouped by the value of `field`.
std::map<std::string, Records> recordsBy(Register& reg, const EntityDef& def, const char* field) {
  std::map<std::string, Records> out;
  for (auto& v : VersionStore(reg, def).allLatestLive())
    out[valueOf(v.fields, field)].emplace(v.key, std::move(v.fields));
  return out;
}

// The unfinished placements of a contract (with `edited` in place of its
// stored version), each with its FTE of a contract of `contractFte`.
std::vector<Holding> placementHoldings(Records placements, const std::string& contract,
                                       FteUnits contractFte, const Edit* edited) {
  if (edited && edited->def == &placementDef()) {
    if (valueOf(edited->fields, "contract") == contract)
      placements[edited->key] = edited->fields;
    else
      placements.erase(edited->key);
  }
  std::vector<Holding> out;
  for (const auto& [key, p] : placements) {
    const std::string status = valueOf(p, "status");
    auto start = dateIn(p, "start_date");
    if (placementFinished(status) || !start) continue;
    auto end = dateIn(p, "planned_end");
    out.push_back({key, *start, end ? *end : kOpenEnd, placedFte(p, contractFte)});
  }
  return out;
}

bool committed(const Records& placements, const std::string& placement, const Edit* edited) {
  if (edited && edited->def == &placementDef() && edited->key == placement)
    return placementCommitted(valueOf(edited->fields, "status"));
  auto it = placements.find(placement);
  return it != placements.end() && placementCommitted(valueOf(it->second, "status"));
}

// Placements not yet agreed that take a contract over its FTE: a warning on
// each of them (`only`: on that placement alone).
void contractFteWarnings(const Records& placements, const std::string& contract, FteUnits fte,
                         const Date& asOf, const Edit* edited, const std::string& only,
                         std::vector<Attention>& out) {
  const auto all = placementHoldings(placements, contract, fte, edited);
  auto day = firstDayOver(all, fte, asOf);
  if (!day) return;
  const std::string list = holdingList(all, *day);
  for (const auto& h : all) {
    if (!h.contains(*day) || committed(placements, h.key, edited) || (!only.empty() && h.key != only))
      continue;
    out.push_back({placementDef().name, h.key, "status",
                   "the placements of contract " + contract + " (" + list + ") would take more "
                   "than its " + fteText(fte) + " from " + formatIso(*day) +
                   ": reduce the time or the placements before this one is agreed"});
  }
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
  for (const auto& [key, c] : contracts) {
    auto start = dateIn(c, "start_date");
    if (!start) continue;
    auto end = dateIn(c, "end_date");
    out.push_back({key, *start, end ? *end : kOpenEnd, fteIn(c, "fte")});
  }
  return out;
}

boost::optional<Attention> postFteWarning(const Records& contracts, const std::string& post,
                                          FteUnits fte, const Date& asOf, const Edit* edited,
                                          const std::string& field) {
  const auto all = contractHoldings(contracts, post, edited);
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

}  // namespace

std::string Attention::text() const {
  const EntityDef* def = findEntity(entity);
  return (def ? recordLabel(*def, key) : entity + " " + key) + ": " + field + ": " + message;
}

std::vector<Attention> needsAttention(Register& reg, const Date& asOf) {
  std::vector<Attention> out;
  const auto placements = recordsBy(reg, placementDef(), "contract");
  std::map<std::string, const Record*> byKey;  // in the order of their references
  for (const auto& [contract, group] : placements)
    for (const auto& [key, fields] : group) byKey[key] = &fields;
  for (const auto& [key, fields] : byKey) placementWarnings(key, *fields, asOf, out);
  for (const auto& a : VersionStore(reg, agreementDef()).allLatestLive())
    agreementWarnings(a.key, a.fields, asOf, out);
  const auto contracts = recordsBy(reg, contractDef(), "post");
  for (const auto& [post, group] : contracts)
    for (const auto& [key, fields] : group) {
      auto found = placements.find(key);
      if (found != placements.end())
        contractFteWarnings(found->second, key, fteIn(fields, "fte"), asOf, nullptr, "", out);
    }
  for (const auto& p : VersionStore(reg, postDef()).allLatestLive()) {
    auto found = contracts.find(p.key);
    if (found == contracts.end()) continue;
    if (auto w = postFteWarning(found->second, p.key, fteIn(p.fields, "fte"), asOf, nullptr, "fte"))
      out.push_back(*w);
  }
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
    contractFteWarnings(recordsWhere(reg, placementDef(), "contract", contract), contract,
                        contractFte(reg, contract), asOf, &edit, edit.key, fte);
    const std::string timeField =
        valueOf(r, "share_of_time").empty() ? "days_per_week" : "share_of_time";
    for (auto& w : fte) out.push_back({w.entity, w.key, timeField, w.message});
  } else if (edit.def == &agreementDef()) {
    agreementWarnings(edit.key, r, asOf, out);
  } else if (edit.def == &contractDef()) {
    std::vector<Attention> placements;
    contractFteWarnings(recordsWhere(reg, placementDef(), "contract", edit.key), edit.key,
                        fteIn(r, "fte"), asOf, &edit, "", placements);
    for (const auto& w : placements)
      out.push_back({contractDef().name, edit.key, "fte", w.key + ": " + w.message});
    const std::string post = valueOf(r, "post");
    if (!post.empty())
      if (auto w = postFteWarning(recordsWhere(reg, contractDef(), "post", post), post,
                                  postFte(reg, post), asOf, &edit, "fte"))
        out.push_back({contractDef().name, edit.key, "fte", "post " + post + ": " + w->message});
  } else if (edit.def == &postDef()) {
    if (auto w = postFteWarning(recordsWhere(reg, contractDef(), "post", edit.key), edit.key,
                                fteIn(r, "fte"), asOf, nullptr, "fte"))
      out.push_back(*w);
  }
  return out;
}

}  // namespace s113
