#include "storage/DecisionStore.h"

#include <stdexcept>

#include "domain/Errors.h"
#include "storage/SqlValues.h"
#include "storage/Session.h"

namespace s113 {
namespace {

// decisionColumns() joined by ", ", each name after `prefix`.
std::string columnList(const std::string& prefix = "") {
  std::string text;
  for (const auto& name : decisionColumns()) text += (text.empty() ? "" : ", ") + prefix + name;
  return text;
}

std::optional<std::string> optionalText(const soci::row& row, std::size_t index) {
  if (cellIsNull(row, index)) return std::nullopt;
  return cellText(row, index);
}

std::optional<Date> optionalDate(const soci::row& row, std::size_t index) {
  if (cellIsNull(row, index)) return std::nullopt;
  return parseIsoDate(cellText(row, index));
}

void bindOptional(BoundStatement& st, const std::optional<std::string>& value) {
  if (value)
    st.bindText(*value);
  else
    st.bindNull();
}

// One row of decisionColumns(). Throws StorageError naming the decision when a
// column does not hold what the schema allows.
DecisionRow decisionOf(const soci::row& row) {
  DecisionRow r;
  try {
    r.key = cellText(row, 0);
    r.postRef = cellText(row, 1);
    r.number = static_cast<int>(cellInteger(row, 2));
    r.proposalKind = parseEnum<ProposalKind>(cellText(row, 3));
    r.protocolVersion = static_cast<int>(cellInteger(row, 4));
    r.protocolName = cellText(row, 5);
    r.inputsJson = cellText(row, 6);
    r.traceJson = cellText(row, 7);
    r.outcomeEmployer = optionalText(row, 8);
    r.s113PlacementTo = optionalText(row, 9);
      if (!cellIsNull(row, 10)) r.decidingRulePosition = static_cast<int>(cellInteger(row, 10));
    if (!cellIsNull(row, 11)) r.decidingRuleKind = parseEnum<RuleKind>(cellText(row, 11));
    r.overrideEmployer = optionalText(row, 12);
    r.overrideReason = optionalText(row, 13);
    r.decidedBy = cellText(row, 14);
    r.decidedOn = parseIsoDate(cellText(row, 15));
    r.recordedAt = parseTimestamp(cellText(row, 16));
    r.forumConsultedOn = optionalDate(row, 17);
  } catch (const std::invalid_argument& e) {
    throw StorageError("Decision " + cellText(row, 0) + " in the register is not readable: " + e.what());
  }
  return r;
}

}  // namespace

const std::vector<std::string>& decisionColumns() {
  static const std::vector<std::string> columns{
      "decision_key",      "post_ref",          "post_decision_no",       "proposal_kind",
      "protocol_version",  "protocol_name",     "inputs_json",            "trace_json",
      "outcome_employer",  "s113_placement_to", "deciding_rule_position", "deciding_rule_kind",
      "override_employer", "override_reason",   "decided_by",             "decided_on",
      "recorded_at",       "forum_consulted_on"};
  return columns;
}

std::string decisionKey(const std::string& postRef, int number) {
  return "D-" + postRef + "-" + std::to_string(number);
}

int DecisionStore::nextNumber(const std::string& postRef) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "SELECT MAX(post_decision_no) FROM decisions WHERE post_ref = :p");
    st.bindText(postRef);
    soci::row row;
    st.execute(row);
    return (st.fetch() ? static_cast<int>(cellInteger(row, 0)) : 0) + 1;
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading the decisions failed: " + std::string(e.what()));
  }
}

void DecisionStore::insert(const DecisionRow& r) {
  try {
    BoundStatement st(sessionOf(reg_),
                      "INSERT INTO decisions (" + columnList() + ") VALUES (" + columnList(":") + ")");
    st.bindText(r.key);
    st.bindText(r.postRef);
    st.bindInteger(r.number);
    st.bindText(toString(r.proposalKind));
    st.bindInteger(r.protocolVersion);
    st.bindText(r.protocolName);
    st.bindText(r.inputsJson);
    st.bindText(r.traceJson);
    bindOptional(st, r.outcomeEmployer);
    bindOptional(st, r.s113PlacementTo);
    if (r.decidingRulePosition)
      st.bindInteger(*r.decidingRulePosition);
    else
      st.bindNull();
    if (r.decidingRuleKind)
      st.bindText(toString(*r.decidingRuleKind));
    else
      st.bindNull();
    bindOptional(st, r.overrideEmployer);
    bindOptional(st, r.overrideReason);
    st.bindText(r.decidedBy);
    st.bindText(formatIso(r.decidedOn));
    st.bindText(formatTimestamp(r.recordedAt));
    if (r.forumConsultedOn)
      st.bindText(formatIso(*r.forumConsultedOn));
    else
      st.bindNull();
    st.execute();
  } catch (const soci::soci_error& e) {
    if (isUniqueViolation(e))
      throw Conflict("Decision " + r.key + " on post " + r.postRef +
                     " was recorded by another user at the same time. Your decision was not "
                     "recorded: try again.");
    throw StorageError("Recording decision " + r.key + " failed: " + std::string(e.what()));
  }
}

std::vector<DecisionRow> DecisionStore::query(const std::string& where,
                                              const std::vector<std::string>& params) {
  std::vector<DecisionRow> list;
  try {
    BoundStatement st(sessionOf(reg_), "SELECT " + columnList() + " FROM decisions " + where +
                                      " ORDER BY decided_on, post_ref, post_decision_no");
    for (const auto& p : params) st.bindText(p);
    soci::row row;
    st.execute(row);
    while (st.fetch()) list.push_back(decisionOf(row));
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading the decisions failed: " + std::string(e.what()));
  }
  return list;
}

std::vector<DecisionRow> DecisionStore::list(const std::optional<std::string>& postRef) {
  if (postRef) return query("WHERE post_ref = :p", {*postRef});
  return query("", {});
}

std::optional<DecisionRow> DecisionStore::find(const std::string& key) {
  auto rows = query("WHERE decision_key = :k", {key});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::size_t DecisionStore::count() {
  try {
    BoundStatement st(sessionOf(reg_), "SELECT COUNT(*) FROM decisions");
    soci::row row;
    st.execute(row);
    return st.fetch() ? static_cast<std::size_t>(cellInteger(row, 0)) : 0;
  } catch (const soci::soci_error& e) {
    throw StorageError("Reading the decisions failed: " + std::string(e.what()));
  }
}

}  // namespace s113
