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

// decisionToJson(...).dump(indent).
std::string decisionToJsonText(const Decision& decision, const Partners& partners, int indent = 2);

}  // namespace s113
