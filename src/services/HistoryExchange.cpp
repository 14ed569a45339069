#include "services/HistoryExchange.h"

#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/Dates.h"
#include "protocol/ProtocolValidation.h"
#include "protocol/RuleParams.h"
#include "services/Csv.h"
#include "services/DecisionReplay.h"
#include "services/ExchangeFile.h"
#include "protocol/DecisionJson.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "storage/ForumStore.h"
#include "storage/ProtocolStore.h"
#include "storage/VersionStore.h"
#include "domain/Catalog.h"
#include "services/Roles.h"

namespace fs = std::filesystem;

namespace s113 {

namespace {

const std::vector<std::string> kVersionColumns{"version", "name", "created_on", "created_by", "note"};
const std::vector<std::string> kRuleColumns{"version", "position", "rule_kind", "enabled",
                                            "params",  "title",    "source"};
const std::vector<std::string> kPackColumns{"meeting_date", "title",     "cutoff",    "recorded_at",
                                            "recorded_by",  "issued_at", "issued_by", "document_json"};

std::string column(const std::string& name) { return "column " + name; }

// Cell checks: each appends an error naming the row and column, and returns
// whether the value was good.
bool wholeNumber(const FileRow& row, const std::string& col, int& value,
                 std::vector<ValidationError>& errors, bool optional = false) {
  const std::string& text = row.at(col);
  if (text.empty() && optional) return true;
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(text) <= 0) {
    errors.emplace_back(row.where, column(col), "'" + text + "' is not a whole number above 0");
    return false;
  }
  value = std::stoi(text);
  return true;
}

std::optional<std::string> optionalCell(const FileRow& row, const std::string& col) {
  const std::string& text = row.at(col);
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::string text(const std::optional<std::string>& value) { return value ? *value : ""; }
std::string text(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }
std::string text(const std::optional<Date>& value) { return value ? formatIso(*value) : ""; }
std::string text(const std::optional<RuleKind>& value) { return value ? toString(*value) : ""; }

}  // namespace

struct HistoryRows {
  struct Version {
    std::string where;
    Protocol protocol;
    std::string createdOn, createdBy, note;
  };
  struct Decision {
    std::string where;
    DecisionRow row;
  };
  struct Pack {
    std::string where;
    ForumMeeting meeting;
    ForumPackRow pack;  // issuedAt "" when none was issued
  };
  std::vector<Version> versions;  // by version number
  std::vector<Decision> decisions;
  std::vector<Pack> packs;
};

const std::vector<std::string>& historyFiles() {
  static const std::vector<std::string> files{"protocol_versions.csv", "protocol_rules.csv",
                                              "decisions.csv", "forum_packs.csv"};
  return files;
}

const std::vector<std::string>& historyColumns(const std::string& file) {
  if (file == "protocol_versions.csv") return kVersionColumns;
  if (file == "protocol_rules.csv") return kRuleColumns;
  if (file == "decisions.csv") return decisionColumns();
  if (file == "forum_packs.csv") return kPackColumns;
  throw std::invalid_argument(file + " is not a history file");
}

std::shared_ptr<HistoryRows> readHistory(const std::map<std::string, fs::path>& files,
                                         std::vector<ValidationError>& errors) {
  auto out = std::make_shared<HistoryRows>();
  auto present = [&](const std::string& name) { return files.count(name) > 0; };
  auto pathOf = [&](const std::string& name) { return files.at(name); };
  // Protocol versions, then their rules.
  std::map<int, HistoryRows::Version> versions;
  if (present("protocol_versions.csv") != present("protocol_rules.csv"))
    errors.emplace_back(present("protocol_versions.csv") ? "protocol_rules.csv" : "protocol_versions.csv", "file",
                        "is missing: protocol_versions.csv and protocol_rules.csv go together");
  if (present("protocol_versions.csv") && present("protocol_rules.csv")) {
    const fs::path versionsPath = pathOf("protocol_versions.csv"), rulesPath = pathOf("protocol_rules.csv");
    for (const auto& row : readColumnsFile(versionsPath, "protocol_versions.csv", kVersionColumns, errors)) {
      int version = 0;
      bool ok = wholeNumber(row, "version", version, errors);
      ok = requiredCell(row, "name", errors) && ok;
      ok = requiredCell(row, "created_by", errors) && ok;
      ok = isoDateCell(row, "created_on", errors) && ok;
      if (!ok) continue;
      if (versions.count(version)) {
        errors.emplace_back(row.where, column("version"), "version " + std::to_string(version) + " appears more than once");
        continue;
      }
      HistoryRows::Version v{row.where, {}, row.at("created_on"), row.at("created_by"), row.at("note")};
      v.protocol.version = version;
      v.protocol.name = row.at("name");
      versions[version] = std::move(v);
    }
    for (const auto& row : readColumnsFile(rulesPath, "protocol_rules.csv", kRuleColumns, errors)) {
      int version = 0, position = 0;
      if (!wholeNumber(row, "version", version, errors) || !wholeNumber(row, "position", position, errors)) continue;
      auto found = versions.find(version);
      if (found == versions.end()) {
        errors.emplace_back(row.where, column("version"), "there is no version " + std::to_string(version) + " in protocol_versions.csv");
        continue;
      }
      Rule rule;
      rule.position = position;
      rule.title = row.at("title");
      rule.source = row.at("source");
      const std::string& enabled = row.at("enabled");
      if (enabled != "1" && enabled != "0") {
        errors.emplace_back(row.where, column("enabled"), "'" + enabled + "' is not 1 or 0");
        continue;
      }
      rule.enabled = enabled == "1";
      try {
        rule.kind = parseEnum<RuleKind>(row.at("rule_kind"));
      } catch (const std::exception& e) {
        errors.emplace_back(row.where, column("rule_kind"), e.what());
        continue;
      }
      try {
        rule.params = decodeParams(rule.kind, position, row.at("params"));
      } catch (const ValidationError& e) {
        errors.emplace_back(row.where, column("params"), e.reason());
        continue;
      } catch (const std::exception& e) {
        errors.emplace_back(row.where, column("params"), e.what());
        continue;
      }
      found->second.protocol.rules.push_back(std::move(rule));
    }
    for (auto& [number, version] : versions) {
      try {
        validate(version.protocol);
      } catch (const ValidationError& e) {
        errors.emplace_back(version.where, e.field(), e.reason());
        continue;
      } catch (const std::exception& e) {
        errors.emplace_back(version.where, "rules", e.what());
        continue;
      }
      out->versions.push_back(std::move(version));
    }
  }

  if (present("decisions.csv")) {
    const fs::path decisionsPath = pathOf("decisions.csv");
    std::set<std::string> keys;
    for (const auto& row : readColumnsFile(decisionsPath, "decisions.csv", decisionColumns(), errors)) {
      DecisionRow d;
      bool ok = requiredCell(row, "decision_key", errors);
      ok = requiredCell(row, "post_ref", errors) && ok;
      ok = wholeNumber(row, "post_decision_no", d.number, errors) && ok;
      ok = wholeNumber(row, "protocol_version", d.protocolVersion, errors) && ok;
      int position = 0;
      ok = wholeNumber(row, "deciding_rule_position", position, errors, true) && ok;
      ok = isoDateCell(row, "decided_on", errors) && ok;
      ok = isoDateCell(row, "forum_consulted_on", errors, true) && ok;
      ok = requiredCell(row, "decided_by", errors) && ok;
      ok = timestampCell(row, "recorded_at", errors) && ok;
      ok = requiredCell(row, "protocol_name", errors) && ok;
      const auto kind = findEnum<ProposalKind>(row.at("proposal_kind"));
      if (!kind) {
        errors.emplace_back(row.where, column("proposal_kind"),
                            "'" + row.at("proposal_kind") + "' is not one of: " + allowedValues<ProposalKind>());
        ok = false;
      }
      for (const char* json : {"inputs_json", "trace_json"})
        if (const std::string problem = jsonProblem(row.at(json)); !problem.empty()) {
          errors.emplace_back(row.where, column(json), problem);
          ok = false;
        }
      const std::string& ruleKind = row.at("deciding_rule_kind");
      if (!ruleKind.empty() && !findEnum<RuleKind>(ruleKind)) {
        errors.emplace_back(row.where, column("deciding_rule_kind"),
                            "'" + ruleKind + "' is not one of: " + allowedValues<RuleKind>());
        ok = false;
      }
      if (row.at("deciding_rule_position").empty() != ruleKind.empty()) {
        errors.emplace_back(row.where, column("deciding_rule_kind"), "deciding_rule_position and deciding_rule_kind go together");
        ok = false;
      }
      if (row.at("override_employer").empty() != row.at("override_reason").empty()) {
        errors.emplace_back(row.where, column("override_reason"), "an override needs both its employer and its reason");
        ok = false;
      }
      if (!ok) continue;
      d.key = row.at("decision_key");
      d.postRef = row.at("post_ref");
      if (d.key != decisionKey(d.postRef, d.number)) {
        errors.emplace_back(row.where, column("decision_key"), "must be " + decisionKey(d.postRef, d.number) + " (D-post-number)");
        continue;
      }
      if (!keys.insert(d.key).second) {
        errors.emplace_back(row.where, column("decision_key"), "'" + d.key + "' appears more than once");
        continue;
      }
      d.proposalKind = *kind;
      d.protocolName = row.at("protocol_name");
      d.inputsJson = row.at("inputs_json");
      d.traceJson = row.at("trace_json");
      d.outcomeEmployer = optionalCell(row, "outcome_employer");
      d.s113PlacementTo = optionalCell(row, "s113_placement_to");
      if (position > 0) d.decidingRulePosition = position;
      if (!ruleKind.empty()) d.decidingRuleKind = parseEnum<RuleKind>(ruleKind);
      d.overrideEmployer = optionalCell(row, "override_employer");
      d.overrideReason = optionalCell(row, "override_reason");
      d.decidedBy = row.at("decided_by");
      d.decidedOn = parseIsoDate(row.at("decided_on"));
      d.recordedAt = parseTimestamp(row.at("recorded_at"));
      if (!row.at("forum_consulted_on").empty()) d.forumConsultedOn = parseIsoDate(row.at("forum_consulted_on"));
      out->decisions.push_back({row.where, std::move(d)});
    }
  }

  if (present("forum_packs.csv")) {
    const fs::path packsPath = pathOf("forum_packs.csv");
    std::set<std::string> dates;
    for (const auto& row : readColumnsFile(packsPath, "forum_packs.csv", kPackColumns, errors)) {
      bool ok = isoDateCell(row, "meeting_date", errors);
      for (const char* col : {"cutoff", "recorded_at", "recorded_by"}) ok = requiredCell(row, col, errors) && ok;
      const bool issued = !row.at("issued_at").empty();
      if (issued != !row.at("document_json").empty() || issued != !row.at("issued_by").empty()) {
        errors.emplace_back(row.where, column("issued_at"), "issued_at, issued_by and document_json go together");
        ok = false;
      } else if (issued && !jsonProblem(row.at("document_json")).empty()) {
        errors.emplace_back(row.where, column("document_json"), jsonProblem(row.at("document_json")));
        ok = false;
      }
      if (ok && !dates.insert(row.at("meeting_date")).second) {
        errors.emplace_back(row.where, column("meeting_date"), "'" + row.at("meeting_date") + "' appears more than once");
        ok = false;
      }
      if (!ok) continue;
      HistoryRows::Pack p;
      p.where = row.where;
      p.meeting = {row.at("meeting_date"), row.at("title"), row.at("cutoff"), row.at("recorded_at"), row.at("recorded_by")};
      p.pack = {row.at("meeting_date"), row.at("issued_at"), row.at("issued_by"), row.at("document_json")};
      out->packs.push_back(std::move(p));
    }
  }
  return out;
}

namespace {

bool sameRules(const Protocol& a, const Protocol& b) {
  const auto ra = rulesInOrder(a), rb = rulesInOrder(b);
  if (a.name != b.name || ra.size() != rb.size()) return false;
  for (std::size_t i = 0; i < ra.size(); ++i)
    if (ra[i].position != rb[i].position || ra[i].kind != rb[i].kind || ra[i].enabled != rb[i].enabled ||
        ra[i].params != rb[i].params || ra[i].title != rb[i].title || ra[i].source != rb[i].source)
      return false;
  return true;
}

bool sameDecision(const DecisionRow& a, const DecisionRow& b) {
  return a.postRef == b.postRef && a.number == b.number && a.proposalKind == b.proposalKind &&
         a.protocolVersion == b.protocolVersion && a.protocolName == b.protocolName &&
         a.inputsJson == b.inputsJson && a.traceJson == b.traceJson && a.outcomeEmployer == b.outcomeEmployer &&
         a.s113PlacementTo == b.s113PlacementTo && a.decidingRulePosition == b.decidingRulePosition &&
         a.decidingRuleKind == b.decidingRuleKind && a.overrideEmployer == b.overrideEmployer &&
         a.overrideReason == b.overrideReason && a.decidedBy == b.decidedBy && a.decidedOn == b.decidedOn &&
         a.recordedAt == b.recordedAt && a.forumConsultedOn == b.forumConsultedOn;
}

// What an import adds is audited under the importing user, now; who the
// file says decided or recorded it, and when, is kept in the row itself and
// repeated in the audit row.
class ImportAudit {
 public:
  explicit ImportAudit(Register& reg) : reg_(reg), at_(utcTimestamp()) {}
  void add(const std::string& entity, const std::string& key, const std::string& field, const std::string& value) {
    if (!value.empty()) entries_.push_back({0, at_, reg_.actingUser(), entity, key, 1, field, "", value});
  }
  void write() { AuditStore(reg_).appendAll(entries_); }

 private:
  Register& reg_;
  std::string at_;
  std::vector<AuditEntry> entries_;
};

void auditDecision(ImportAudit& audit, const DecisionRow& d) {
  audit.add("decision", d.key, "imported", "decided by " + d.decidedBy + " on " + formatIso(d.decidedOn) + ", recorded at " + formatTimestamp(d.recordedAt));
  audit.add("decision", d.key, "post", d.postRef);
  audit.add("decision", d.key, "protocol_version", std::to_string(d.protocolVersion));
  audit.add("decision", d.key, "outcome_employer", d.outcomeEmployer ? *d.outcomeEmployer : "refer to the joint HR group");
  audit.add("decision", d.key, "override_employer", text(d.overrideEmployer));
  audit.add("decision", d.key, "override_reason", text(d.overrideReason));
}

// Each protocol version is read from the register once per import.
class ProtocolsByVersion {
 public:
  explicit ProtocolsByVersion(ProtocolStore& store) : store_(store) {}
  const Protocol& at(int version) {
    auto found = loaded_.find(version);
    if (found == loaded_.end()) found = loaded_.emplace(version, store_.load(version)).first;
    return found->second;
  }

 private:
  ProtocolStore& store_;
  std::map<int, Protocol> loaded_;
};

// Protocol versions the register lacks, in order; one it has must have the same rules.
void writeProtocolVersions(ProtocolStore& protocols, const std::vector<HistoryRows::Version>& versions,
                           ImportAudit& audit, HistoryImport& result, std::vector<ValidationError>& errors) {
  for (const auto& v : versions) {
    const int latest = protocols.latestVersion();
    if (v.protocol.version <= latest) {
      if (sameRules(protocols.load(v.protocol.version), v.protocol))
        ++result.unchanged;
      else
        errors.emplace_back(v.where, column("version"),
                            "version " + std::to_string(v.protocol.version) +
                                " differs from the register's version " + std::to_string(v.protocol.version) +
                                ": protocol versions are never changed");
    } else if (v.protocol.version != latest + 1) {
      errors.emplace_back(v.where, column("version"),
                          "the register's newest version is " + std::to_string(latest) + ": the next must be " +
                              std::to_string(latest + 1));
      return;
    } else {
      protocols.saveNew(v.protocol, v.createdBy, v.createdOn, v.note);
      audit.add("protocol", std::to_string(v.protocol.version), "imported",
                v.protocol.name + ", created by " + v.createdBy + " on " + v.createdOn);
      ++result.protocolVersionsAdded;
    }
  }
}

// Whether a new decision's post, protocol version and partners exist; adds
// an error for each that does not.
bool decisionRefersToRecords(Register& reg, const HistoryRows::Decision& d, int newestProtocol,
                             std::vector<ValidationError>& errors) {
  bool ok = true;
  if (!VersionStore(reg, postDef()).latest(d.row.postRef)) {
    errors.emplace_back(d.where, column("post_ref"), "there is no post '" + d.row.postRef + "'");
    ok = false;
  }
  if (d.row.protocolVersion > newestProtocol) {
    errors.emplace_back(d.where, column("protocol_version"),
                        "there is no protocol version " + std::to_string(d.row.protocolVersion));
    ok = false;
  }
  VersionStore partners(reg, partnerDef());
  for (const auto& [col, value] : {std::pair<std::string, std::optional<std::string>>{"outcome_employer", d.row.outcomeEmployer},
                                   {"s113_placement_to", d.row.s113PlacementTo},
                                   {"override_employer", d.row.overrideEmployer}})
    if (value && !partners.latest(*value)) {
      errors.emplace_back(d.where, column(col), "there is no partner '" + *value + "'");
      ok = false;
    }
  return ok;
}

// Decisions the register lacks, each replayed against its protocol version;
// one it has must be the same decision.
void writeDecisions(Register& reg, ProtocolStore& protocols, const std::vector<HistoryRows::Decision>& rows,
                    ImportAudit& audit, HistoryImport& result, std::vector<ValidationError>& errors) {
  DecisionStore decisions(reg);
  const int newestProtocol = protocols.latestVersion();
  ProtocolsByVersion versions(protocols);
  for (const auto& d : rows) {
    if (auto stored = decisions.find(d.row.key)) {
      if (sameDecision(*stored, d.row))
        ++result.unchanged;
      else
        errors.emplace_back(d.where, column("decision_key"),
                            "'" + d.row.key + "' differs from the decision recorded in the register: "
                            "decisions are never changed (record a new one)");
      continue;
    }
    if (!decisionRefersToRecords(reg, d, newestProtocol, errors)) continue;
    // A decision is taken on trust from no file: it must follow from its own inputs.
    if (const std::string problem = replayProblem(d.row, versions.at(d.row.protocolVersion)); !problem.empty()) {
      errors.emplace_back(d.where, column("trace_json"), problem + ": a decision is imported only as the protocol took it");
      continue;
    }
    decisions.insert(d.row);
    auditDecision(audit, d.row);
    ++result.decisionsAdded;
  }
}

// Frozen forum packs: a meeting already recorded must match, pack and all.
void writePacks(Register& reg, const std::vector<HistoryRows::Pack>& packs, ImportAudit& audit,
                HistoryImport& result, std::vector<ValidationError>& errors) {
  ForumStore forum(reg);
  for (const auto& p : packs) {
    if (auto stored = forum.meeting(p.meeting.date)) {
      const auto json = forum.frozenPack(p.meeting.date);
      const bool same = stored->title == p.meeting.title && stored->cutoff == p.meeting.cutoff &&
                        (json ? *json : std::string()) == p.pack.documentJson;
      if (same)
        ++result.unchanged;
      else
        errors.emplace_back(p.where, column("meeting_date"),
                            "the forum meeting of " + p.meeting.date +
                                " differs from the one recorded in the register: issued packs are frozen");
      continue;
    }
    forum.insertMeeting(p.meeting);
    audit.add("forum_meeting", p.meeting.date, "imported", p.meeting.title + ", recorded by " + p.meeting.recordedBy);
    if (!p.pack.issuedAt.empty()) {
      forum.insertPack(p.pack.date, p.pack.issuedAt, p.pack.issuedBy, p.pack.documentJson);
      audit.add("forum_pack", p.pack.date, "imported", "issued by " + p.pack.issuedBy + " at " + p.pack.issuedAt);
    }
    ++result.packsAdded;
  }
}

}  // namespace

HistoryImport writeHistory(Register& reg, const HistoryRows& rows) {
  // An import of records alone (no history files) needs no admin.
  if (!rows.versions.empty() || !rows.decisions.empty() || !rows.packs.empty()) require(reg, Action::ImportHistory);
  HistoryImport result;
  std::vector<ValidationError> errors;
  ImportAudit audit(reg);
  ProtocolStore protocols(reg);
  writeProtocolVersions(protocols, rows.versions, audit, result, errors);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  writeDecisions(reg, protocols, rows.decisions, audit, result, errors);
  writePacks(reg, rows.packs, audit, result, errors);
  if (!errors.empty()) throw ValidationErrors(std::move(errors));
  audit.write();
  return result;
}

std::vector<std::string> exportHistory(Register& reg, const fs::path& folder) {
  std::vector<std::string> written;
  auto open = [&](const std::string& name, const std::vector<std::string>& header) {
    const fs::path path = folder / name;
    auto out = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
    if (!*out) throw StorageError("Cannot write " + path.string());
    writeCsvRow(*out, header);
    written.push_back(path.string());
    return out;
  };
  ProtocolStore protocols(reg);
  {
    auto versions = open("protocol_versions.csv", kVersionColumns);
    auto rules = open("protocol_rules.csv", kRuleColumns);
    for (const auto& info : protocols.versions()) {
      writeCsvRow(*versions, {std::to_string(info.version), info.name, info.createdOn, info.createdBy, info.note});
      for (const Rule& rule : rulesInOrder(protocols.load(info.version)))
        writeCsvRow(*rules, {std::to_string(info.version), std::to_string(rule.position), toString(rule.kind),
                             rule.enabled ? "1" : "0", encodeParams(rule.params), rule.title, rule.source});
    }
    if (!versions->flush() || !rules->flush()) throw StorageError("Cannot write the protocol files");
  }
  auto out = open("decisions.csv", decisionColumns());
  for (const auto& d : DecisionStore(reg).list())
    writeCsvRow(*out, {d.key, d.postRef, std::to_string(d.number), toString(d.proposalKind), std::to_string(d.protocolVersion),
                       d.protocolName, d.inputsJson, d.traceJson, text(d.outcomeEmployer), text(d.s113PlacementTo),
                       text(d.decidingRulePosition), text(d.decidingRuleKind), text(d.overrideEmployer),
                       text(d.overrideReason), d.decidedBy, formatIso(d.decidedOn), formatTimestamp(d.recordedAt), text(d.forumConsultedOn)});
  if (!out->flush()) throw StorageError("Cannot write decisions.csv");

  ForumStore forum(reg);
  std::map<std::string, ForumPackRow> packs;
  for (auto& pack : forum.packs()) packs[pack.date] = std::move(pack);
  auto packsOut = open("forum_packs.csv", kPackColumns);
  for (const auto& m : forum.meetings()) {
    const ForumPackRow pack = packs.count(m.date) ? packs[m.date] : ForumPackRow{};
    writeCsvRow(*packsOut, {m.date, m.title, m.cutoff, m.recordedAt, m.recordedBy, pack.issuedAt, pack.issuedBy,
                            pack.documentJson});
  }
  if (!packsOut->flush()) throw StorageError("Cannot write forum_packs.csv");
  return written;
}

}  // namespace s113
