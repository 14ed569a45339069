#include "services/ProtocolService.h"

#include <map>

#include "domain/Errors.h"
#include "protocol/RuleParams.h"
#include "storage/AuditStore.h"
#include "services/Roles.h"

namespace s113 {

std::string ruleSummary(const Rule& rule) {
  std::string params = encodeParams(rule.params);
  return toString(rule.kind) + (rule.enabled ? ", enabled" : ", disabled") +
         (params.empty() ? "" : "; " + params);
}

ProtocolRerun rerunProtocol(Register& reg, const Protocol& current, const Protocol& candidate,
                            PostScope scope, const DecisionRequest& request) {
  ProtocolRerun rerun;
  rerun.oldVersion = current.version;
  rerun.newVersion = candidate.version;
  // The current protocol decides every post once (and says which cannot be
  // decided); wouldChange then applies both to the same facts.
  forEachPostOutcome(reg, current, request, scope, [&](PostOutcome&& outcome) {
    if (!outcome.decision) {
      rerun.skipped.emplace_back(outcome.postRef, outcome.problem);
      return;
    }
    ++rerun.postsChecked;
    for (auto& change : wouldChange(current, candidate, {outcome.proposal}, outcome.partners)) {
      rerun.changes.push_back(std::move(change));
      rerun.changePartners.push_back(outcome.partners);
    }
  });
  return rerun;
}

ProtocolRerun compareWithPrevious(Register& reg, PostScope scope, const DecisionRequest& request) {
  ProtocolStore store(reg);
  const auto versions = store.versions();
  if (versions.size() < 2)
    throw NotFound("The register holds only HR protocol version " +
                   std::to_string(versions.empty() ? 0 : versions.back().version) +
                   ": there is no earlier version to compare with.");
  const Protocol latest = store.load(versions.back().version);
  const Protocol previous = store.load(versions[versions.size() - 2].version);
  return rerunProtocol(reg, previous, latest, scope, request);
}

ProtocolEdit editProtocol(Register& reg, const std::function<Protocol(const Protocol&)>& edit,
                          const std::string& note, PostScope scope, bool dryRun) {
  if (!dryRun) require(reg, Action::EditProtocol);
  ProtocolEdit out;
  out.dryRun = dryRun;
  std::optional<WriteTransaction> tx;
  if (!dryRun) tx.emplace(reg);
  ProtocolStore store(reg);
  const Protocol base = store.load();
  Protocol next = edit(base);
  if (!dryRun) {
    const std::string at = utcTimestamp();
    next.version = store.saveNew(next, reg.actingUser(), formatIso(today()), note);
    std::vector<AuditEntry> entries;  // one change: the protocol's new version
    const std::string key = std::to_string(next.version);
    auto entry = [&](const std::string& field, const std::string& oldValue,
                     const std::string& newValue) {
      entries.push_back(
          {0, at, reg.actingUser(), "protocol", key, next.version, field, oldValue, newValue});
    };
    entry("version", std::to_string(base.version), std::to_string(next.version));
    if (base.name != next.name) entry("name", base.name, next.name);
    if (!note.empty()) entry("note", "", note);
    std::map<int, std::string> before, after;
    for (const Rule& r : base.rules) before[r.position] = ruleSummary(r);
    for (const Rule& r : next.rules) after[r.position] = ruleSummary(r);
    for (const auto& [position, summary] : after)
      if (before[position] != summary)
        entry("rule " + std::to_string(position), before[position], summary);
    for (const auto& [position, summary] : before)
      if (!after.count(position)) entry("rule " + std::to_string(position), summary, "");
    AuditStore(reg).appendAll(entries);
  }
  out.saved = next;
  out.rerun = rerunProtocol(reg, base, next, scope);
  if (tx) tx->commit();
  return out;
}

Protocol protocolVersion(Register& reg, std::optional<int> version) { return ProtocolStore(reg).load(version); }

std::vector<ProtocolVersionInfo> protocolVersions(Register& reg) { return ProtocolStore(reg).versions(); }

}  // namespace s113
