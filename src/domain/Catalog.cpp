#include "domain/Catalog.h"

#include "domain/Enums.h"
#include "domain/Validation.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Partner.h"
#include "domain/entities/Person.h"

namespace s113 {
namespace {

template <typename E>
std::vector<std::string> spellingList() {
  std::vector<std::string> list;
  for (const auto& s : spellings<E>()) list.push_back(s.text);
  return list;
}

FieldDef text(const char* name, const char* label, bool required = false) {
  return {name, FieldType::Text, required, label, {}, ""};
}
FieldDef date(const char* name, const char* label, bool required = false) {
  return {name, FieldType::Date, required, label, {}, ""};
}
FieldDef ref(const char* name, const char* label, const char* entity, bool required = false) {
  return {name, FieldType::Ref, required, label, {}, entity};
}
template <typename E>
FieldDef choice(const char* name, const char* label) {
  return {name, FieldType::Enum, true, label, spellingList<E>(), ""};
}
FieldDef typed(const char* name, FieldType type, const char* label, bool required = false) {
  return {name, type, required, label, {}, ""};
}

}  // namespace

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
      {text("title", "Title", true), ref("party_a", "First party", "partner", true),
       ref("party_b", "Second party", "partner", true), text("legal_basis", "Legal basis", true),
       date("in_force_from", "In force from", true), date("in_force_to", "In force to"),
       date("next_review", "Next annual review"),
       typed("notice_months", FieldType::Integer, "Notice period (months)", true),
       typed("protocol_version", FieldType::Integer, "HR protocol version", true),
       text("party_a_approved_by", "First party approved by"),
       date("party_a_approved_on", "First party approved on"),
       text("party_b_approved_by", "Second party approved by"),
       date("party_b_approved_on", "Second party approved on")},
      [](const RecordChecker& c, const std::string&) {
        c.differ("party_a", "party_b", "the two parties must be different partners");
        c.endNotBeforeStart("in_force_from", "in_force_to");
        if (auto months = c.integerOf("notice_months"); months && *months < 0)
          c.fail("notice_months", "the notice period cannot be negative");
        for (const std::string party : {"party_a", "party_b"})
          if (c.get(party + "_approved_by").empty() != c.get(party + "_approved_on").empty())
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
      {text("title", "Title", true), text("grade", "Grade / band"),
       typed("fte", FieldType::Fte, "FTE", true), ref("employer", "Employing partner", "partner"),
       ref("host", "Host (managing) partner", "partner"), choice<PostKind>("kind", "Kind"),
       choice<StatutoryRole>("statutory_role", "Statutory role"),
       choice<Registration>("registration", "Professional registration"),
       ref("designated_employer", "Designated employer", "partner"),
       typed("functional_split", FieldType::Split, "Functional split"),
       ref("line_manager", "Line-manager post", "post"), choice<PostStatus>("status", "Status"),
       ref("agreement", "Partnership agreement", "agreement")},
      [](const RecordChecker& c, const std::string& key) {
        c.fteInRange("fte");
        if (c.get("line_manager") == key) c.fail("line_manager", "a post cannot manage itself");
        // Choosing the employer is what the HR protocol's decision is for, so
        // a proposed post may wait for it; any other post names both.
        for (const char* party : {"employer", "host"})
          if (c.get(party).empty() && c.get("status") != "proposed")
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
