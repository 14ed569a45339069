// The HR protocol as an admin edits it: each edit saves a new version (one
// transaction, audited) and never changes an old one; a rerun of the protocol
// over the register lists the posts whose outcome a version would change,
// changing no record.
//
// Example:
//   ProtocolEdit edit = editProtocol(reg, [](const Protocol& p) { return withThreshold(p, 6500); },
//                                    "threshold 65%", PostScope::Every);
//   edit.saved.version == 2;  edit.rerun.changes lists e.g. BN-007: BNES -> refer
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "protocol/Protocol.h"
#include "protocol/ProtocolComparison.h"
#include "services/DecisionService.h"
#include "storage/ProtocolStore.h"
#include "storage/Register.h"

namespace s113 {

// The posts whose outcome differs between two protocol versions.
struct ProtocolRerun {
  int oldVersion = 0;
  int newVersion = 0;
  std::size_t postsChecked = 0;
  std::vector<OutcomeChange> changes;  // in post order
  // Posts that could not be decided, with why (no agreement, ...).
  std::vector<std::pair<std::string, std::string>> skipped;
  // The two partners of each changed post (for naming them).
  std::vector<Partners> changePartners;  // parallel to `changes`
};

// Applies `current` and `candidate` to every post in `scope` (with the
// options of `request`, postRef ignored) and lists the posts whose employer
// would change. Reads only: no record, decision or audit entry is written.
ProtocolRerun rerunProtocol(Register& reg, const Protocol& current, const Protocol& candidate,
                            PostScope scope, const DecisionRequest& request = {});

// The newest protocol version compared with the one before it; NotFound when
// there is only one version.
ProtocolRerun compareWithPrevious(Register& reg, PostScope scope,
                                  const DecisionRequest& request = {});

struct ProtocolEdit {
  Protocol saved;  // the new version (not saved when dryRun)
  ProtocolRerun rerun;
  bool dryRun = false;
};

// Applies `edit` (a function of protocol/ProtocolEdits.h) to the newest
// version and, unless dryRun, saves the result as a new version created by
// the acting user today with `note`, writing an audit-log entry for the
// version and for each rule that changed. Returns the rerun of the new
// version against the newest one over `scope`. Throws ValidationError when
// the edit is refused (nothing written).
ProtocolEdit editProtocol(Register& reg, const std::function<Protocol(const Protocol&)>& edit,
                          const std::string& note, PostScope scope, bool dryRun = false);

// A version of the HR protocol (the newest when none is named); NotFound
// when the register has no such version. Every version, oldest first.
Protocol protocolVersion(Register& reg, std::optional<int> version = std::nullopt);
std::vector<ProtocolVersionInfo> protocolVersions(Register& reg);

// "enabled; threshold_bp=5000": a rule as the audit log shows it.
std::string ruleSummary(const Rule& rule);

}  // namespace s113
