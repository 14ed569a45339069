#include "services/PersonalData.h"

#include <fstream>
#include <map>
#include <set>

#include "domain/Catalog.h"
#include "domain/ExchangeForm.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "domain/entities/Contract.h"
#include "domain/entities/Person.h"
#include "services/Roles.h"
#include "services/DecisionService.h"
#include "services/TypedRecords.h"
#include "storage/AuditChain.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "storage/PersonalDataStore.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

StoredVersion personOrThrow(Register& reg, const std::string& ref) {
  auto person = VersionStore(reg, personDef()).latest(ref);
  if (!person) throw NotFound("There is no person '" + ref + "'.");
  return *person;
}

// A version of a person as its type (every field blank when it holds no values).
Person personIn(const StoredVersion& v) {
  return fromValues<Person>(v.key, v.fields, recordLabel(personDef(), v.key));
}

// The records that name a person, by entity: the person, the records with a
// reference to them, and the records with a reference to one of those
// contracts. Keys of every version, deleted ones included.
std::map<std::string, std::set<std::string>> recordsNaming(Register& reg, const std::string& personRef) {
  std::map<std::string, std::set<std::string>> found{{"person", {personRef}}};
  auto collect = [&](const std::string& target, const std::set<std::string>& keys) {
    for (const EntityDef* def : allEntities())
      for (std::size_t i = 0; i < def->fields.size(); ++i) {
        const FieldDef& field = def->fields[i];
        if (field.type != FieldType::Ref || field.refEntity != target) continue;
        VersionStore(reg, *def).forEachVersion([&](const StoredVersion& v) {
          if (keys.count(textAt(v.fields, i))) found[def->name].insert(v.key);
        });
      }
  };
  collect("person", {personRef});
  const std::set<std::string> contracts = found["contract"];
  if (!contracts.empty()) collect("contract", contracts);
  return found;
}

json versionJson(const EntityDef& def, const StoredVersion& v) {
  json fields = json::object();
  for (std::size_t i = 0; i < def.fields.size(); ++i)  // as the files spell each value
    fields[def.fields[i].name] = v.fields.empty() ? std::string() : exchangeText(def.fields[i], v.fields[i]);
  return {{"version", v.version}, {"valid_from", formatIso(v.validFrom)}, {"recorded_at", v.recordedAt},
          {"recorded_by", v.recordedBy}, {"deleted", v.deleted}, {"fields", fields}};
}

json recordJson(Register& reg, const EntityDef& def, const std::string& key) {
  json versions = json::array();
  for (const auto& v : VersionStore(reg, def).history(key)) versions.push_back(versionJson(def, v));
  return {{"entity", def.name}, {"key", key}, {"versions", versions}};
}

// Every name the person has had, and their reference: what forum text would say.
std::set<std::string> namesOf(Register& reg, const std::string& personRef) {
  std::set<std::string> names{personRef};
  for (const auto& v : VersionStore(reg, personDef()).history(personRef))
    if (std::string name = personIn(v).name; !name.empty()) names.insert(std::move(name));
  return names;
}

bool mentions(const std::string& text, const std::set<std::string>& names) {
  for (const auto& name : names)
    if (!name.empty() && text.find(name) != std::string::npos) return true;
  return false;
}

void auditOne(Register& reg, const std::string& entity, const std::string& key, int version, const std::string& field,
              const std::string& oldValue, const std::string& newValue) {
  AuditStore(reg).append({0, utcTimestamp(), reg.actingUser(), entity, key, version, field, oldValue, newValue});
}

}  // namespace

const std::vector<IdentifyingField>& identifyingFields() {
  static const std::vector<IdentifyingField> fields{{"person", "name", true},
                                                    {"person", "notes", false},
                                                    {"contract", "payroll_number", false},
                                                    {"payroll_pay", "name", false},
                                                    {"payroll_pay", "staff_number", true}};
  return fields;
}

std::string anonymisedName(const std::string& personRef) { return "anonymised " + personRef; }

int retentionMonths(Register& reg) { return storedRetentionMonths(reg).value_or(72); }

void setRetentionMonths(Register& reg, int months) {
  require(reg, Action::PersonalData);
  if (months < 0 || months > 1200)
    throw ValidationError("personal data policy", "retention_months", "must be between 0 and 1200 months");
  WriteTransaction tx(reg);
  const int before = retentionMonths(reg);
  if (before == months) return;
  storeRetentionMonths(reg, months);
  auditOne(reg, "personal_data_policy", "retention", 1, "retention_months", std::to_string(before), std::to_string(months));
  tx.commit();
}

json subjectAccess(Register& reg, const std::string& personRef) {
  require(reg, Action::PersonalData);
  personOrThrow(reg, personRef);
  json out{{"person", personRef}, {"produced_at", utcTimestamp()}, {"produced_by", reg.actingUser()}};
  const auto named = recordsNaming(reg, personRef);
  std::set<std::pair<std::string, std::string>> audited;  // (entity, key) whose audit rows are theirs
  json records = json::array();
  for (const auto& [entity, keys] : named)
    for (const auto& key : keys) {
      records.push_back(recordJson(reg, *findEntity(entity), key));
      audited.insert({entity, key});
    }
  out["records"] = records;

  const auto contracts = named.count("contract") ? named.at("contract") : std::set<std::string>();
  json decisions = json::array();
  for (const auto& d : DecisionStore(reg).list())
    for (const auto& c : contracts)
      if (d.inputsJson.find("\"" + c + "\"") != std::string::npos) {
        decisions.push_back(decisionRowJson(d));
        audited.insert({"decision", d.key});
        break;
      }
  out["decisions"] = decisions;

  const std::set<std::string> names = namesOf(reg, personRef);
  json forum = json::array();
  for (const EntityDef* def : forumEntities()) {
    std::set<std::string> keys;
    VersionStore(reg, *def).forEachVersion([&](const StoredVersion& v) {
      for (std::size_t i = 0; i < def->fields.size(); ++i)
        if (def->fields[i].type == FieldType::Text && mentions(textAt(v.fields, i), names)) keys.insert(v.key);
    });
    for (const auto& key : keys) {
      forum.push_back(recordJson(reg, *def, key));
      audited.insert({def->name, key});
    }
  }
  out["forum_items"] = forum;

  json audit = json::array();
  AuditStore(reg).forEach([&](const AuditEntry& e) {
    if (!audited.count({e.entity, e.key}) && !mentions(e.oldValue, names) && !mentions(e.newValue, names)) return;
    audit.push_back({{"seq", e.seq}, {"at", e.at}, {"actor", e.actor}, {"entity", e.entity}, {"key", e.key},
                     {"version", e.version}, {"field", e.field}, {"old_value", e.oldValue}, {"new_value", e.newValue}});
  });
  out["audit"] = audit;
  WriteTransaction tx(reg);
  auditOne(reg, "person", personRef, personOrThrow(reg, personRef).version, "subject_access", "",
           "everything held about them exported by " + reg.actingUser());
  tx.commit();
  return out;
}

void writeSubjectAccess(Register& reg, const std::string& personRef, const fs::path& file) {
  const std::string text = subjectAccess(reg, personRef).dump(2) + "\n";
  {
    std::ofstream create(file, std::ios::binary | std::ios::trunc);
    if (!create) throw StorageError("Cannot write " + file.string());
  }
  std::error_code ec;
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw StorageError("Cannot write " + file.string());
}

namespace {

// The last day a contract of theirs ran (or, with none, the day their
// record's newest version took effect); refuses while a contract is open.
Date lastDayOfService(Register& reg, const StoredVersion& person, const std::set<std::string>& contractKeys) {
  Date last = person.validFrom;
  for (const auto& key : contractKeys) {
    auto c = latestLive<Contract>(reg, contractDef(), key);
    if (!c) continue;
    if (!c->end)
      throw ValidationError("person " + person.key, "contract " + key,
                            "has no end date: a person is anonymised only after their last contract ends");
    last = std::max(last, *c->end);
  }
  return last;
}

// Replaces one identifying field of one record in every version of it: a
// required one by "anonymised P-001", any other blanked.
std::size_t replaceInVersions(PersonalDataRewrite& rewrite, const EntityDef& def, const IdentifyingField& f,
                              const std::string& key, const std::string& personRef) {
  return rewrite.replaceInVersions(def, f.field, key,
                                   f.required ? boost::make_optional(anonymisedName(personRef)) : boost::none);
}

// Replaces the values one identifying field had in the record's audit rows
// (each change holding it is written again with its other fields as they
// were), counting the field entries replaced.
void replaceInAudit(Register& reg, PersonalDataRewrite& rewrite, const IdentifyingField& f, const std::string& key,
                    const std::string& personRef, std::size_t& rows) {
  const std::string value = f.required ? anonymisedName(personRef) : "[anonymised]";
  auto replaced = [&](const std::string& old) { return old.empty() ? old : value; };
  std::map<long long, std::vector<AuditEntry>> changes;  // by seq
  for (AuditEntry& e : AuditStore(reg).list(boost::none, f.entity, key)) changes[e.seq].push_back(std::move(e));
  for (auto& [seq, fields] : changes) {
    bool changed = false;
    for (AuditEntry& e : fields) {
      if (e.field != f.field || (replaced(e.oldValue) == e.oldValue && replaced(e.newValue) == e.newValue)) continue;
      e.oldValue = replaced(e.oldValue);
      e.newValue = replaced(e.newValue);
      changed = true;
      ++rows;
    }
    if (!changed) continue;
    rewrite.rewriteAuditChange(seq, auditChangesJson(fields));
  }
}

}  // namespace

AnonymisationResult anonymisePerson(Register& reg, const std::string& personRef, const Date& on) {
  require(reg, Action::PersonalData);
  AnonymisationResult result;
  WriteTransaction tx(reg);
  const StoredVersion person = personOrThrow(reg, personRef);
  if (personIn(person).name == anonymisedName(personRef))
    throw ValidationError("person " + personRef, "name", "is anonymised already");
  const auto named = recordsNaming(reg, personRef);
  const Date lastDay = lastDayOfService(reg, person, named.count("contract") ? named.at("contract") : std::set<std::string>());
  const int months = retentionMonths(reg);
  const Date keptUntil = lastDay + boost::gregorian::months(months);
  if (on < keptUntil)
    throw ValidationError("person " + personRef, "retention",
                          "their data is kept until " + formatIso(keptUntil) + " (" + std::to_string(months) +
                              " months after " + formatIso(lastDay) + "): nothing was changed");
  const std::string headBefore = auditChainHead(reg);  // on PostgreSQL this also holds the chain's lock
  PersonalDataRewrite rewrite(reg);
  for (const auto& f : identifyingFields()) {
    auto keys = named.find(f.entity);
    if (keys == named.end()) continue;
    const EntityDef& def = *findEntity(f.entity);
    for (const auto& key : keys->second) {
      result.valuesReplaced += replaceInVersions(rewrite, def, f, key, personRef);
      replaceInAudit(reg, rewrite, f, key, personRef, result.auditRowsChanged);
    }
  }
  const long long firstChanged = rewrite.firstAuditChange();
  result.auditRowsRechained = rewrite.finish();
  reg.auditChainHead() = boost::none;  // the head moved with the re-chaining
  auditOne(reg, "person", personRef, person.version, "anonymised",
           "audit chain head before: " + (headBefore.empty() ? std::string("none") : headBefore) +
               (firstChanged ? "; rows from " + std::to_string(firstChanged) + " re-chained (" +
                                   std::to_string(result.auditRowsRechained) + ")"
                             : std::string("; no audit row changed")),
           "identifying fields replaced, " + std::to_string(months) + " months after " + formatIso(lastDay) +
               " (values in " + std::to_string(result.valuesReplaced) + " versions, " +
               std::to_string(result.auditRowsChanged) + " audit rows)");
  tx.commit();
  return result;
}

}  // namespace s113
