#include "services/ExitScenario.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "domain/Arrangements.h"
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

// The same day `months` months earlier, clamped to the length of that month
// (31 August - 6 months = 28/29 February).
Date monthsBefore(const Date& d, int months) {
  int total = static_cast<int>(d.year()) * 12 + (static_cast<int>(d.month()) - 1) - months;
  int year = total / 12, month = total % 12 + 1;
  int last = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
  return Date(year, month, std::min<int>(d.day(), last));
}

int integerIn(const Record& r, const std::string& field, int fallback) {
  try {
    std::string v = valueOf(r, field);
    return v.empty() ? fallback : std::stoi(v);
  } catch (...) {
    return fallback;
  }
}

OptionalDate dateIn(const Record& r, const std::string& field) {
  try {
    return parseOptionalIsoDate(valueOf(r, field));
  } catch (...) {
    return boost::none;
  }
}

std::map<std::string, Record> latestByKey(Register& reg, const EntityDef& def) {
  std::map<std::string, Record> out;
  for (auto& v : VersionStore(reg, def).allLatestLive()) out[v.key] = v.fields;
  return out;
}

// Still running on D: not finished and not ended before D.
bool runsOn(const Record& r, const std::string& endField, const Date& d) {
  auto end = dateIn(r, endField);
  return !end || *end >= d;
}

}  // namespace

ExitScenario buildExitScenario(Register& reg, const std::string& agreementRef, const Date& endsOn) {
  auto agreement = VersionStore(reg, agreementDef()).latest(agreementRef);
  if (!agreement || agreement->deleted)
    throw NotFound("agreement " + agreementRef + " does not exist.");
  ExitScenario s;
  s.agreement = agreementRef;
  s.title = valueOf(agreement->fields, "title");
  s.endsOn = endsOn;
  if (auto from = dateIn(agreement->fields, "in_force_from"); from && endsOn < *from)
    throw ValidationError(
        recordLabel(agreementDef(), agreementRef), "in_force_from",
        "is in force only from " + formatIso(*from) + ": it cannot end on " + formatIso(endsOn));
  s.agreementNoticeMonths = integerIn(agreement->fields, "notice_months", 0);
  s.agreementNoticeBy = monthsBefore(endsOn, s.agreementNoticeMonths);

  const AsAt when{endsOn, boost::none};
  auto contracts = latestByKey(reg, contractDef());
  auto people = latestByKey(reg, personDef());
  std::map<std::string, AffectedPerson> byContract;
  std::set<std::string> stoppingPlacements, stoppingManagers, stoppingJoint, revertingPosts;

  auto affected = [&](const std::string& contractRef) -> AffectedPerson& {
    auto& p = byContract[contractRef];
    if (p.contract.empty()) {
      p.contract = contractRef;
      const Record& c = contracts[contractRef];
      p.person = valueOf(c, "person");
      p.name = valueOf(people[p.person], "name");
      p.staysWith = valueOf(c, "employer");
      p.substantivePost = valueOf(c, "post");
    }
    return p;
  };
  auto addArrangement = [&](AffectedPerson& person, StoppingArrangement a) {
    a.noticeBy = monthsBefore(endsOn, a.noticeMonths);
    person.arrangements.push_back(std::move(a));
  };

  for (const auto& v : VersionStore(reg, placementDef()).asAt(when)) {
    const Record& r = v.fields;
    if (valueOf(r, "agreement") != agreementRef || placementFinished(valueOf(r, "status")))
      continue;
    if (!runsOn(r, "planned_end", endsOn)) continue;
    stoppingPlacements.insert(v.key);
    s.arrangements.push_back(
        {"placement", v.key, "placed with " + valueOf(r, "receiving_partner")});
    StoppingArrangement a;
    a.entity = "placement";
    a.key = v.key;
    std::string share = valueOf(r, "share_of_time").empty()
                            ? valueOf(r, "days_per_week") + " days a week"
                            : valueOf(r, "share_of_time") + "%";
    a.description = share + " placed with " + valueOf(r, "receiving_partner") + " (" +
                    valueOf(r, "kind") + ", " + valueOf(r, "status") + ")";
    const bool own = !valueOf(r, "termination_notice_months").empty();
    a.noticeMonths = own ? integerIn(r, "termination_notice_months", 0) : s.agreementNoticeMonths;
    a.noticeFrom = own ? "placement" : "agreement";
    a.returnToPost = valueOf(r, "return_to_post") == "true";
    auto start = dateIn(r, "start_date");
    if (start && *start > endsOn)
      a.note = "never starts: the placement was due to start " + formatIso(*start);
    else
      a.note = a.returnToPost ? "returns to their substantive post with " + valueOf(r, "employer")
                              : "no right to return to post: " + valueOf(r, "employer") +
                                    " redeploys or consults under its own policies";
    addArrangement(affected(valueOf(r, "contract")), std::move(a));
  }

  for (const auto& v : VersionStore(reg, singleManagerContractDef()).asAt(when)) {
    const Record& r = v.fields;
    if (valueOf(r, "agreement") != agreementRef || valueOf(r, "status") == "ended" ||
        !runsOn(r, "end_date", endsOn))
      continue;
    stoppingManagers.insert(v.key);
    const bool route1 = valueOf(r, "route") == "employ_and_subcontract";
    s.arrangements.push_back(
        {"single_manager_contract", v.key,
         route1 ? "route 1: services sub-contracted to " + valueOf(r, "other_partner")
                : "route 2: seconded to " + valueOf(r, "other_partner")});
    if (!valueOf(r, "post").empty()) revertingPosts.insert(valueOf(r, "post"));
    StoppingArrangement a;
    a.entity = "single_manager_contract";
    a.key = v.key;
    a.description = route1 ? "single manager, employed by " + valueOf(r, "employer") +
                                 ", services sub-contracted to " + valueOf(r, "other_partner") +
                                 " for a fee of " + valueOf(r, "annual_fee") + " a year"
                           : "single manager seconded from " + valueOf(r, "employer") + " to " +
                                 valueOf(r, "other_partner");
    const bool own = !valueOf(r, "end_notice_months").empty();
    a.noticeMonths = own ? integerIn(r, "end_notice_months", 0) : s.agreementNoticeMonths;
    a.noticeFrom = own ? "single_manager_contract" : "agreement";
    a.note = "manages only " + valueOf(r, "employer") + "'s services and budget; " +
             valueOf(r, "other_partner") + "'s budget returns to " + valueOf(r, "other_partner");
    addArrangement(affected(valueOf(r, "contract")), std::move(a));
  }

  for (const auto& v : VersionStore(reg, jointPostDef()).asAt(when)) {
    const Record& r = v.fields;
    if (valueOf(r, "agreement") != agreementRef || valueOf(r, "status") == "ended" ||
        !runsOn(r, "end_date", endsOn))
      continue;
    stoppingJoint.insert(v.key);
    revertingPosts.insert(valueOf(r, "post"));
    s.arrangements.push_back(
        {"joint_post", v.key,
         valueOf(r, "council_role") + " / " + valueOf(r, "nhs_role") + ": the joint role ends"});
    const std::string holder = valueOf(r, "holder_contract");
    if (holder.empty()) continue;
    AffectedPerson& person = affected(holder);
    const std::string lead = valueOf(r, "lead_employer");
    const std::string other = lead == valueOf(r, "council_partner") ? valueOf(r, "nhs_partner")
                                                                    : valueOf(r, "council_partner");
    StoppingArrangement a;
    a.entity = "joint_post";
    a.key = v.key;
    a.description = "joint post " + valueOf(r, "post") + ": " + valueOf(r, "council_role") + " (" +
                    valueOf(r, "council_partner") + ") and " + valueOf(r, "nhs_role") + " (" +
                    valueOf(r, "nhs_partner") + ")";
    a.noticeMonths = s.agreementNoticeMonths;
    a.noticeFrom = "agreement";
    a.note = "keeps only the role with " + lead + "; the role with " + other + " ends";
    if (valueOf(r, "council_statutory_role") == "DASS" &&
        person.staysWith != valueOf(r, "council_partner"))
      a.note += "; no longer a council officer, so " + valueOf(r, "council_partner") +
                " must designate another DASS";
    addArrangement(person, std::move(a));
  }

  // Posts shared or hosted under the agreement revert to their employer.
  for (const auto& v : VersionStore(reg, postDef()).asAt(when)) {
    const Record& r = v.fields;
    const bool underAgreement =
        valueOf(r, "agreement") == agreementRef &&
        (valueOf(r, "kind") != "single" || valueOf(r, "host") != valueOf(r, "employer"));
    if (!underAgreement && !revertingPosts.count(v.key)) continue;
    if (valueOf(r, "status") == "deleted") continue;
    revertingPosts.insert(v.key);
    s.posts.push_back({v.key, valueOf(r, "title"), valueOf(r, "kind"), valueOf(r, "host"),
                       valueOf(r, "functional_split"), valueOf(r, "employer")});
  }

  // Recharge records tied to anything that stops: through a reference field,
  // or through what they cover (covers_kind + covers_ref). A recharge that
  // ended before D is left out.
  std::set<std::string> affectedContracts;
  for (const auto& [contract, person] : byContract) affectedContracts.insert(contract);
  const std::set<std::string> theAgreement{agreementRef};
  const std::map<std::string, const std::set<std::string>*> stoppingByEntity{
      {"placement", &stoppingPlacements}, {"single_manager_contract", &stoppingManagers},
      {"joint_post", &stoppingJoint},     {"post", &revertingPosts},
      {"agreement", &theAgreement},       {"contract", &affectedContracts}};
  auto stops = [&](const std::string& entity, const std::string& key) {
    auto set = stoppingByEntity.find(entity);
    return set != stoppingByEntity.end() && !key.empty() && set->second->count(key) > 0;
  };
  for (const EntityDef* def : rechargeEntities()) {
    for (const auto& v : VersionStore(reg, *def).asAt(when)) {
      if (!runsOn(v.fields, "end_date", endsOn)) continue;
      const std::string coversKind = valueOf(v.fields, "covers_kind"),
                        coversRef = valueOf(v.fields, "covers_ref");
      if (stops(coversKind, coversRef)) {
        s.recharges.push_back({def->name, v.key, "covers " + coversKind + " " + coversRef});
        continue;
      }
      for (const auto& field : def->fields) {
        const std::string value = valueOf(v.fields, field.name);
        if (field.type != FieldType::Ref || field.refEntity == "contract" ||
            !stops(field.refEntity, value))
          continue;
        s.recharges.push_back({def->name, v.key, field.name + " " + value});
        break;
      }
    }
  }

  for (auto& [contract, person] : byContract) {
    for (const auto& a : person.arrangements)
      person.noticeMonths = std::max(person.noticeMonths, a.noticeMonths);
    person.noticeBy = monthsBefore(endsOn, person.noticeMonths);
    s.people.push_back(person);
  }
  std::sort(s.people.begin(), s.people.end(),
            [](const AffectedPerson& a, const AffectedPerson& b) { return a.person < b.person; });
  return s;
}

std::string exitScenarioText(const ExitScenario& s) {
  std::ostringstream out;
  out << "If agreement " << s.agreement << " (" << s.title << ") ends on " << formatIso(s.endsOn)
      << ":\n";
  out << "Notice of ending the agreement: " << s.agreementNoticeMonths << " months, to be given by "
      << formatIso(s.agreementNoticeBy) << ".\n\n";
  out << "People affected (" << s.people.size()
      << "): each stays with their employer (s113 never changes it)\n";
  for (const auto& p : s.people) {
    out << "  " << p.person << " " << p.name << ", contract " << p.contract << ": stays with "
        << p.staysWith
        << (p.substantivePost.empty() ? "" : ", substantive post " + p.substantivePost)
        << "; notice " << p.noticeMonths << " months, by " << formatIso(p.noticeBy) << "\n";
    for (const auto& a : p.arrangements)
      out << "    - " << a.entity << " " << a.key << ": " << a.description << "; " << a.note
          << " (notice " << a.noticeMonths << " months from the " << a.noticeFrom << ", by "
          << formatIso(a.noticeBy) << ")\n";
  }
  out << "\nPosts that revert to one partner (" << s.posts.size() << ")\n";
  for (const auto& p : s.posts)
    out << "  " << p.post << " " << p.title << " (" << p.kind << ", hosted by " << p.host
        << (p.functionalSplit.empty() ? "" : ", split " + p.functionalSplit) << "): reverts to "
        << p.revertsTo << "\n";
  out << "\nArrangements that stop (" << s.arrangements.size() << ")\n";
  for (const auto& a : s.arrangements)
    out << "  " << a.entity << " " << a.key << ": " << a.reason << "\n";
  out << "\nRecharges that stop (" << s.recharges.size() << ")\n";
  for (const auto& r : s.recharges)
    out << "  " << r.entity << " " << r.key << " (" << r.reason << ")\n";
  return out.str();
}

std::string exitScenarioJson(const ExitScenario& s) {
  using nlohmann::json;
  json people = json::array();
  for (const auto& p : s.people) {
    json arrangements = json::array();
    for (const auto& a : p.arrangements)
      arrangements.push_back({{"entity", a.entity},
                              {"key", a.key},
                              {"description", a.description},
                              {"notice_months", a.noticeMonths},
                              {"notice_from", a.noticeFrom},
                              {"notice_by", formatIso(a.noticeBy)},
                              {"return_to_post", a.returnToPost},
                              {"note", a.note}});
    people.push_back({{"person", p.person},
                      {"name", p.name},
                      {"contract", p.contract},
                      {"stays_with", p.staysWith},
                      {"substantive_post", p.substantivePost},
                      {"notice_months", p.noticeMonths},
                      {"notice_by", formatIso(p.noticeBy)},
                      {"arrangements", arrangements}});
  }
  json posts = json::array();
  for (const auto& p : s.posts)
    posts.push_back({{"post", p.post},
                     {"title", p.title},
                     {"kind", p.kind},
                     {"host", p.host},
                     {"functional_split", p.functionalSplit},
                     {"reverts_to", p.revertsTo}});
  auto records = [](const std::vector<StoppingRecord>& list) {
    json out = json::array();
    for (const auto& r : list)
      out.push_back({{"entity", r.entity}, {"key", r.key}, {"reason", r.reason}});
    return out;
  };
  json doc{{"agreement", s.agreement},
           {"title", s.title},
           {"ends_on", formatIso(s.endsOn)},
           {"agreement_notice_months", s.agreementNoticeMonths},
           {"agreement_notice_by", formatIso(s.agreementNoticeBy)},
           {"people", people},
           {"posts", posts},
           {"arrangements", records(s.arrangements)},
           {"recharges", records(s.recharges)}};
  return doc.dump(2) + "\n";
}

}  // namespace s113
