#include "reports/RechargeCovers.h"

#include "domain/Arrangements.h"
#include "domain/RechargeCatalog.h"
#include "domain/entities/JointPost.h"
#include "domain/entities/Placement.h"
#include "domain/entities/SingleManagerContract.h"
#include "reports/ReportRows.h"
#include "services/TypedRecords.h"

namespace s113::reports {
namespace {

std::map<std::string, RechargeAgreement> agreementsByKey(Register& reg) {
  std::map<std::string, RechargeAgreement> out;
  for (auto& a : liveViews<RechargeAgreement>(reg, rechargeAgreementDef())) out.emplace(a.ref, std::move(a));
  return out;
}

// "joint post" for joint_post.
std::string kindWords(CoversKind kind) {
  std::string words = toString(kind);
  for (auto& c : words)
    if (c == '_') c = ' ';
  return words;
}

// A row of query "contracts": the contract and its holding.
struct ContractRow {
  std::string contract;
  RechargeCovers::Holding holding;
};
template <class Columns>
void columns(Columns& c, ContractRow& r) {
  c("contract", r.contract);
  c("person", r.holding.person);
  c("post", r.holding.post);
  c("start_date", r.holding.start);
  c("end_date", r.holding.end);
}

// A row of query "people".
struct PersonRow {
  std::string person, name;
};
template <class Columns>
void columns(Columns& c, PersonRow& r) {
  c("person", r.person);
  c("name", r.name);
}

}  // namespace

// The contracts and people come from reports/recharges/query.sql.
RechargeCovers::RechargeCovers(Register& reg) : reg_(reg), agreements_(agreementsByKey(reg)) {
  for (auto& row : reportRows<ContractRow>(reg, "recharges", "contracts", {}))
    contracts_.emplace(std::move(row.contract), std::move(row.holding));
  for (auto& row : reportRows<PersonRow>(reg, "recharges", "people", {}))
    people_.emplace(std::move(row.person), std::move(row.name));
}

std::string RechargeCovers::of(const ScheduleLine& line) const {
  auto agreement = agreements_.find(line.agreementKey);
  if (agreement == agreements_.end()) return line.covers;
  const AgreementCost& a = agreement->second.cost;
  if (a.coversKind == CoversKind::Other || a.coversRef.empty()) return a.description;
  return kindWords(a.coversKind) + " " + a.coversRef + ": " + holderOf(a.coversKind, a.coversRef, line.active);
}

std::string RechargeCovers::holderOf(CoversKind kind, const std::string& ref, const Period& period) const {
  switch (kind) {
    case CoversKind::Post:
      return postHolders(ref, period);
    case CoversKind::Contract:
      return personOfContract(ref);
    case CoversKind::Placement:
      if (auto p = latestLive<Placement>(reg_, placementDef(), ref)) return personOfContract(p->contract.value);
      break;
    case CoversKind::JointPost:
      if (auto j = latestLive<JointPost>(reg_, jointPostDef(), ref)) return postHolders(j->post.value, period);
      break;
    case CoversKind::SingleManagerContract:
      if (auto m = latestLive<SingleManagerContract>(reg_, singleManagerContractDef(), ref))
        return !m->contract.empty() ? personOfContract(m->contract.value)
                                    : !m->post.empty() ? postHolders(m->post.value, period) : "?";
      break;
    case CoversKind::Other:
      return "?";
  }
  return "no such record";
}

std::string RechargeCovers::postHolders(const std::string& post, const Period& period) const {
  std::string names;
  for (const auto& [key, c] : contracts_)
    if (c.post == post && c.start <= period.last && (!c.end || *c.end >= period.first))
      names += (names.empty() ? "" : "; ") + personName(c.person);
  return names.empty() ? "vacant" : names;
}

std::string RechargeCovers::personOfContract(const std::string& contract) const {
  auto c = contracts_.find(contract);
  return c == contracts_.end() ? contract : personName(c->second.person);
}

std::string RechargeCovers::personName(const std::string& person) const {
  auto found = people_.find(person);
  return found == people_.end() ? person : found->second;
}

}  // namespace s113::reports
