// Recorded employer decisions (schema/0006_decisions.sql): append-only, one
// row per decision taken on a post with the HR protocol. Rows are only ever
// inserted; a changed view is a new decision on the same post.
//
// Example:
//   DecisionStore store(reg);
//   DecisionRow row;  row.postRef = "BN-037";  row.number = store.nextNumber("BN-037");
//   row.key = decisionKey("BN-037", row.number);   // "D-BN-037-1"
//   ...; store.insert(row);                        // inside a WriteTransaction
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Timestamp.h"
#include "protocol/PostProposal.h"
#include "protocol/RuleKind.h"
#include "storage/Register.h"

namespace s113 {

struct DecisionRow {
  std::string key;  // "D-BN-037-1"
  std::string postRef;
  int number = 0;            // 1, 2, ... per post
  ProposalKind proposalKind = ProposalKind::NewPost;
  int protocolVersion = 0;
  std::string protocolName;
  std::string inputsJson;                      // the facts the protocol was given
  std::string traceJson;                       // the whole decision (protocol/DecisionJson.h)
  std::optional<std::string> outcomeEmployer;  // none = refer to the joint HR group
  std::optional<std::string> s113PlacementTo;
  std::optional<int> decidingRulePosition;
  std::optional<RuleKind> decidingRuleKind;
  std::optional<std::string> overrideEmployer;
  std::optional<std::string> overrideReason;
  std::string decidedBy;
  Date decidedOn;
  Timestamp recordedAt;
  std::optional<Date> forumConsultedOn;

  bool isOverride() const { return overrideEmployer.has_value(); }
  // The employer that stands: the override when there is one, else the
  // protocol's outcome; none = refer to the joint HR group.
  std::optional<std::string> employer() const {
    return overrideEmployer ? overrideEmployer : outcomeEmployer;
  }
};

// "D-<post>-<n>".
std::string decisionKey(const std::string& postRef, int number);

// The decisions table's columns, in DecisionRow's order: the order the store
// reads and writes them, and the columns of the exchange's decisions.csv.
const std::vector<std::string>& decisionColumns();

class DecisionStore {
 public:
  explicit DecisionStore(Register& reg) : reg_(reg) {}

  // The number the next decision on `postRef` takes (1 for the first).
  int nextNumber(const std::string& postRef);
  // Inserts a decision inside the caller's WriteTransaction. Throws Conflict
  // when its key or number was taken by another writer at the same time,
  // StorageError on other database errors.
  void insert(const DecisionRow& row);
  // Decisions on one post (or on every post), oldest first.
  std::vector<DecisionRow> list(const std::optional<std::string>& postRef = std::nullopt);
  std::optional<DecisionRow> find(const std::string& key);
  std::size_t count();

 private:
  std::vector<DecisionRow> query(const std::string& where, const std::vector<std::string>& params);
  Register& reg_;
};

}  // namespace s113
