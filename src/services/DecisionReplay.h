// Whether a recorded decision follows from what it records: its inputs
// (inputs_json, the facts the protocol was given) decided again under its
// protocol version must give its outcome, its deciding rule and, rule by
// rule, its trace (each rule's position, kind, whether it was enabled and
// what it found; the explanations' wording may differ between versions of
// the program, the findings may not). An override must name the other of
// the decision's two partners. A history import refuses a decision that
// does not follow (services/HistoryExchange.h): a forged outcome, trace or
// input is found before anything is written.
#pragma once
#include <string>

#include "protocol/Protocol.h"
#include "storage/DecisionStore.h"

namespace s113 {

// "" when `row` follows from its inputs under `protocol` (the version it
// names), else why not, for the message naming the file row.
std::string replayProblem(const DecisionRow& row, const Protocol& protocol);

}  // namespace s113
