#include "reports/ForumDecisions.h"

namespace s113::reports {

// Recorded decisions are not in this program yet (issue 6 lands DecisionStore).
void addDecisionsSince(Register&, const std::string&, const std::string&, Section& section) {
  section.paragraphs.push_back("Recorded employer decisions are not held in this register yet.");
}

void addDecisionsAwaitingForum(Register&, const std::string&, Table&) {}

}  // namespace s113::reports
