#include "services/DecisionReads.h"

namespace s113 {

std::vector<DecisionRow> recordedDecisions(Register& reg, const std::optional<std::string>& postRef) {
  return DecisionStore(reg).list(postRef);
}

std::optional<DecisionRow> recordedDecision(Register& reg, const std::string& key) {
  return DecisionStore(reg).find(key);
}

}  // namespace s113
