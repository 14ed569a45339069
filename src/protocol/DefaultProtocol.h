// The default HR protocol of docs/domain.md ("The HR protocol: choosing the
// employer of a post"), version 1, as seeded by schema/0002_protocol.sql:
//   1 statutory_office  2 designated_post  3 existing_staff  4 replacement
//   5 majority_of_functions (threshold 50%)  6 professional_fit
//   7 pension_protection  8 unresolved
#pragma once
#include "protocol/Protocol.h"

namespace s113 {

constexpr const char* kDefaultProtocolName =
    "Default protocol (B&NES Joint Working Framework 2013)";

Protocol defaultProtocol();

}  // namespace s113
