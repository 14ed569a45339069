// A decision as JSON (for `--format json` and the decision record's inputs).
//
// Shape:
//   {"protocol_version": 1, "protocol_name": "...", "post_ref": "...", "post_title": "...",
//    "proposal_kind": "new_post",
//    "outcome": {"employer": "BNES" | null, "employer_name": "..." | null,
//                "refer_to_joint_hr_group": false, "s113_placement_to": null | "CCG"},
//    "deciding_rule": {"position": 1, "kind": "statutory_office", "title": "...",
//                      "source": "..."} | null,
//    "trace": [{"position", "kind", "title", "source", "enabled", "status",
//               "explanation", "facts": [{"name": "...", "value": "..."}]}],
//    "open_conditions": [{"condition": "officer_consulted", "text": "..."}]}
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "protocol/Decision.h"
#include "protocol/PostProposal.h"

namespace s113 {

nlohmann::json decisionToJson(const Decision& decision, const Partners& partners);

// JSON read from a file (a decision's inputs and trace, a frozen forum pack)
// is bounded: nesting deeper than this would exhaust the stack of anything
// that walks it recursively (printing it as JSON does), and no document the
// register writes comes near either bound.
constexpr int kMaxJsonDepth = 64;
constexpr std::size_t kMaxJsonBytes = 8 * 1024 * 1024;

// Why `text` is not acceptable JSON ("is not JSON", too deep, too large), or
// "" when it is.
std::string jsonProblem(const std::string& text, int maxDepth = kMaxJsonDepth, std::size_t maxBytes = kMaxJsonBytes);

// decisionToJson(...).dump(indent).
std::string decisionToJsonText(const Decision& decision, const Partners& partners, int indent = 2);

}  // namespace s113
