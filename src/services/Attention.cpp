#include "services/Attention.h"

#include <algorithm>
#include <map>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

const Date kOpenEnd(9999, 12, 31);

OptionalDate dateIn(const Record& record, const std::string& field) {
  try {
    return parseOptionalIsoDate(valueOf(record, field));
  } catch (...) {
    return boost::none;
  }
}

FteUnits fteIn(const Record& record, const std::string& field) {
  try {
    return parseFte(valueOf(record, field));
  } catch (...) {
    return 0;
  }
}

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
    FteUnits total = 0;
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

// The unfinished placements of a contract (with `edited` in place of its
// stored version), each with its FTE of a contract of `contractFte`.
std::vector<Holding> placementHoldings(Register& reg, const std::string& contract,
                                       FteUnits contractFte, const Edit* edited) {
  std::map<std::string, Record> placements;
  VersionStore store(reg, placementDef());
  for (const auto& key : store.liveKeysWhere("contract", contract))
    if (auto v = store.latest(key)) placements[key] = v->fields;
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

bool committed(Register& reg, const std::string& placement, const Edit* edited) {
  if (edited && edited->def == &placementDef() && edited->key == placement)
    return placementCommitted(valueOf(edited->fields, "status"));
  auto v = VersionStore(reg, placementDef()).latest(placement);
  return v && placementCommitted(valueOf(v->fields, "status"));
}

// Placements not yet agreed that take a contract over its FTE: a warning on
// each of them (`only`: on that placement alone).
void contractFteWarnings(Register& reg, const std::string& contract, FteUnits fte,
                         const Date& asOf, const Edit* edited, const std::string& only,
                         std::vector<Attention>& out) {
  const auto all = placementHoldings(reg, contract, fte, edited);
  auto day = firstDayOver(all, fte, asOf);
  if (!day) return;
  const std::string list = holdingList(all, *day);
  for (const auto& h : all) {
    if (!h.contains(*day) || committed(reg, h.key, edited) || (!only.empty() && h.key != only))
      continue;
    out.push_back({placementDef().name, h.key, "status",
                   "the placements of contract " + contract + " (" + list + ") would take more "
                   "than its " + fteText(fte) + " from " + formatIso(*day) +
                   ": reduce the time or the placements before this one is agreed"});
  }
}

// Contracts (with `edited` in place of its stored version) holding post `post`.
std::vector<Holding> contractHoldings(Register& reg, const std::string& post, const Edit* edited) {
  std::map<std::string, Record> contracts;
  VersionStore store(reg, contractDef());
  for (const auto& key : store.liveKeysWhere("post", post))
    if (auto v = store.latest(key)) contracts[key] = v->fields;
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

boost::optional<Attention> postFteWarning(Register& reg, const std::string& post, FteUnits fte,
                                          const Date& asOf, const Edit* edited,
                                          const std::string& field) {
  const auto all = contractHoldings(reg, post, edited);
  auto day = firstDayOver(all, fte, asOf);
  if (!day) return boost::none;
  return Attention{postDef().name, post, field,
                   "contracts " + holdingList(all, *day) + " hold more than the post's " +
                       fteText(fte) + " from " + formatIso(*day)};
}

FteUnits postFte(Register& reg, const std::string& post) {
  auto v = VersionStore(reg, postDef()).latest(post);
  return v && !v->deleted ? fteIn(v->fields, "fte") : 0;
}

FteUnits contractFte(Register& reg, const std::string& contract) {
  auto v = VersionStore(reg, contractDef()).latest(contract);
  return v && !v->deleted ? fteIn(v->fields, "fte") : 0;
}

}  // namespace

std::string Attention::text() const {
  const EntityDef* def = findEntity(entity);
  return (def ? recordLabel(*def, key) : entity + " " + key) + ": " + field + ": " + message;
}

std::vector<Attention> needsAttention(Register& reg, const Date& asOf) {
  std::vector<Attention> out;
  for (const auto& p : VersionStore(reg, placementDef()).allLatestLive())
    placementWarnings(p.key, p.fields, asOf, out);
  for (const auto& a : VersionStore(reg, agreementDef()).allLatestLive())
    agreementWarnings(a.key, a.fields, asOf, out);
  const auto contracts = VersionStore(reg, contractDef()).allLatestLive();
  for (const auto& c : contracts)
    contractFteWarnings(reg, c.key, fteIn(c.fields, "fte"), asOf, nullptr, "", out);
  for (const auto& p : VersionStore(reg, postDef()).allLatestLive())
    if (auto w = postFteWarning(reg, p.key, fteIn(p.fields, "fte"), asOf, nullptr, "fte"))
      out.push_back(*w);
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
    contractFteWarnings(reg, contract, contractFte(reg, contract), asOf, &edit, edit.key, fte);
    const std::string timeField = valueOf(r, "share_of_time").empty() ? "days_per_week" : "share_of_time";
    for (auto& w : fte) out.push_back({w.entity, w.key, timeField, w.message});
  } else if (edit.def == &agreementDef()) {
    agreementWarnings(edit.key, r, asOf, out);
  } else if (edit.def == &contractDef()) {
    std::vector<Attention> placements;
    contractFteWarnings(reg, edit.key, fteIn(r, "fte"), asOf, &edit, "", placements);
    for (const auto& w : placements)
      out.push_back({contractDef().name, edit.key, "fte", w.key + ": " + w.message});
    const std::string post = valueOf(r, "post");
    if (!post.empty())
      if (auto w = postFteWarning(reg, post, postFte(reg, post), asOf, &edit, "fte"))
        out.push_back({contractDef().name, edit.key, "fte", "post " + post + ": " + w->message});
  } else if (edit.def == &postDef()) {
    if (auto w = postFteWarning(reg, edit.key, fteIn(r, "fte"), asOf, nullptr, "fte"))
      out.push_back(*w);
  }
  return out;
}

}  // namespace s113
