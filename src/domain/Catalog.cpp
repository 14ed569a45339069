#include "domain/Catalog.h"

#include "domain/Enums.h"
#include "domain/EntityRules.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"
#include "domain/entities/Post.h"

namespace s113 {

namespace {

void checkPartner(const Partner& p, const Faults<Partner>& f) {
  if (p.successor.value == p.code) f.fail(p.successor, "a partner cannot succeed itself");
}

void checkAgreement(const Agreement& a, const Faults<Agreement>& f) {
  f.differ(a.partyA, a.partyB, "the two parties must be different partners");
  f.endNotBeforeStart(a.inForceFrom, a.inForceTo);
  if (a.noticeMonths < 0) f.fail(a.noticeMonths, "the notice period cannot be negative");
  f.bothOrNeither(a.partyAApprovedBy, a.partyAApprovedOn, "an approval");
  f.bothOrNeither(a.partyBApprovedBy, a.partyBApprovedOn, "an approval");
}

void checkPost(const Post& p, const Faults<Post>& f) {
  f.fteInRange(p.fte);
  if (p.lineManager.value == p.ref) f.fail(p.lineManager, "a post cannot manage itself");
  // Choosing the employer is what the HR protocol's decision is for, so a
  // proposed post may wait for it; any other post names both.
  if (p.status == PostStatus::Proposed || !f.known(p.status)) return;
  for (const RecordKey* party : {&p.employer, &p.host})
    if (party->empty()) f.fail(*party, "is required unless the post is proposed (awaiting its decision)");
}

void checkContract(const Contract& c, const Faults<Contract>& f) {
  f.fteInRange(c.fte);
  f.endNotBeforeStart(c.start, c.end);
  f.notNegative(c.annualSalary);
}

}  // namespace

const EntityDef& partnerDef() {
  static const EntityDef def{"partner",    "Partner", "partners", "code", "partners.csv", fieldsOf<Partner>(),
                             rulesOf(checkPartner)};
  return def;
}

const EntityDef& agreementDef() {
  static const EntityDef def{"agreement", "Partnership agreement", "agreements", "ref", "agreements.csv",
                             fieldsOf<Agreement>(), rulesOf(checkAgreement)};
  return def;
}

const EntityDef& postDef() {
  static const EntityDef def{"post", "Post", "posts", "ref", "posts.csv", fieldsOf<Post>(), rulesOf(checkPost)};
  return def;
}

const EntityDef& personDef() {
  static const EntityDef def{"person", "Person", "people", "ref", "people.csv", fieldsOf<Person>(),
                             /*check=*/{}};  // its fields' own rules are all a person has
  return def;
}

const EntityDef& contractDef() {
  static const EntityDef def{"contract", "Employment contract", "contracts", "ref", "contracts.csv",
                             fieldsOf<Contract>(), rulesOf(checkContract)};
  return def;
}

std::vector<const EntityDef*> coreEntities() {
  return {&partnerDef(), &agreementDef(), &postDef(), &personDef(), &contractDef()};
}

const std::vector<const EntityDef*>& allEntities() {
  static const std::vector<const EntityDef*> all = [] {
    std::vector<const EntityDef*> list;
    for (auto group : {coreEntities(), arrangementEntities(), rechargeEntities(), decisionEntities(),
                       forumEntities(), payrollEntities()})
      list.insert(list.end(), group.begin(), group.end());
    return list;
  }();
  return all;
}

const EntityDef* findEntity(const std::string& name) {
  for (const auto* def : allEntities())
    if (def->name == name) return def;
  return nullptr;
}

}  // namespace s113
