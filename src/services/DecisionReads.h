// Recorded employer decisions as the UI, the CLI and the reports list them.
// Deciding and recording are DecisionService's; these only read the
// append-only decisions table.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "storage/DecisionStore.h"
#include "storage/Register.h"

namespace s113 {

// The decisions on one post (or, with none, on every post), oldest first.
std::vector<DecisionRow> recordedDecisions(Register& reg,
                                           const std::optional<std::string>& postRef = std::nullopt);
// The decision with this key ("D-BN-037-1"); none when there is no such one.
std::optional<DecisionRow> recordedDecision(Register& reg, const std::string& key);

}  // namespace s113
