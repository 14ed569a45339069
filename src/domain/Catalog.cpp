#include "domain/Catalog.h"

#include "domain/Enums.h"
#include "domain/Validation.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"
#include "domain/entities/Post.h"

namespace s113 {

const EntityDef& partnerDef() {
  static const EntityDef def{"partner", "Partner", "partners", "code", "partners.csv", fieldsOf<Partner>(),
                             [](const RecordChecker& c, const std::string& key) {
                               if (c.get("successor") == key) c.fail("successor", "a partner cannot succeed itself");
                             }};
  return def;
}

const EntityDef& agreementDef() {
  static const EntityDef def{
      "agreement",
      "Partnership agreement",
      "agreements",
      "ref",
      "agreements.csv",
      fieldsOf<Agreement>(),
      [](const RecordChecker& c, const std::string&) {
        c.differ("party_a", "party_b", "the two parties must be different partners");
        c.endNotBeforeStart("in_force_from", "in_force_to");
        if (auto months = c.integerOf("notice_months"); months && *months < 0)
          c.fail("notice_months", "the notice period cannot be negative");
        for (const std::string party : {"party_a", "party_b"})
          if (c.blank(party + "_approved_by") != c.blank(party + "_approved_on"))
            c.fail(party + "_approved_on", "an approval needs both the approving body and the date");
      }};
  return def;
}

const EntityDef& postDef() {
  static const EntityDef def{
      "post",
      "Post",
      "posts",
      "ref",
      "posts.csv",
      fieldsOf<Post>(),
      [](const RecordChecker& c, const std::string& key) {
        c.fteInRange("fte");
        if (c.get("line_manager") == key) c.fail("line_manager", "a post cannot manage itself");
        // Choosing the employer is what the HR protocol's decision is for, so
        // a proposed post may wait for it; any other post names both.
        for (const char* party : {"employer", "host"})
          if (c.blank(party) && c.choiceOf<PostStatus>("status") != PostStatus::Proposed)
            c.fail(party, "is required unless the post is proposed (awaiting its decision)");
      }};
  return def;
}

const EntityDef& personDef() {
  static const EntityDef def{"person", "Person", "people", "ref", "people.csv", fieldsOf<Person>(),
                             /*check=*/{}};  // its fields' own rules are all a person has
  return def;
}

const EntityDef& contractDef() {
  static const EntityDef def{
      "contract",
      "Employment contract",
      "contracts",
      "ref",
      "contracts.csv",
      fieldsOf<Contract>(),
      [](const RecordChecker& c, const std::string&) {
        c.fteInRange("fte");
        c.endNotBeforeStart("start_date", "end_date");
        c.notNegativeMoney("annual_salary");
      }};
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
