// The closed lists of the arrangement entities (Arrangements.h), with their
// one spelling each in files, the database and the CLI (Enums.h explains
// toString/parseEnum). The CHECK lists in schema/0004_arrangements.sql repeat
// them; EntitySchemaTest proves the two agree on both backends.
#pragma once
#include <vector>

#include "domain/Enums.h"

namespace s113 {

enum class PlacementKind { S113Placement, Secondment };
// In lifecycle order (Arrangements.h: placement lifecycle).
enum class PlacementStatus { Proposed, Consulted, Agreed, Active, ReviewDue, Extended, Ended, Terminated };
// Route 1 keeps the manager with the employer and sells the service; route 2
// seconds the manager to the other partner.
enum class SingleManagerRoute { EmployAndSubcontract, Secondment };
enum class SingleManagerStatus { Proposed, Active, Ended };
enum class JointPostStatus { Proposed, Approved, Active, Ended };
// In escalation order.
enum class DisputeStage { JointHrGroup, JointCommittee, ChiefExecutives, Arbitration };

template <> const std::vector<EnumSpelling<PlacementKind>>& spellings<PlacementKind>();
template <> const std::vector<EnumSpelling<PlacementStatus>>& spellings<PlacementStatus>();
template <> const std::vector<EnumSpelling<SingleManagerRoute>>& spellings<SingleManagerRoute>();
template <> const std::vector<EnumSpelling<SingleManagerStatus>>& spellings<SingleManagerStatus>();
template <> const std::vector<EnumSpelling<JointPostStatus>>& spellings<JointPostStatus>();
template <> const std::vector<EnumSpelling<DisputeStage>>& spellings<DisputeStage>();

}  // namespace s113
