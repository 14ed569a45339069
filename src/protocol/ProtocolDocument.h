// A protocol version as a readable Markdown document for the Joint Staff
// Forum: each rule in order with its title, what it does in words, its
// parameters and its source.
#pragma once
#include <string>

#include "protocol/Protocol.h"

namespace s113 {

std::string renderProtocolDocument(const Protocol& protocol);

// One sentence saying what `rule` does with its current parameters, e.g.
// "The partner with at least 50% of the post's functions, and more than the
// other partner, employs."
std::string describeRule(const Rule& rule);

}  // namespace s113
