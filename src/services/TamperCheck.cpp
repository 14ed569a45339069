#include "services/TamperCheck.h"

#include <algorithm>
#include <cstdint>

#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "storage/AuditChain.h"
#include "storage/TamperQueries.h"

namespace s113 {
namespace {

const std::string kPrefix = "tamper evidence: ";

// A 64-bit FNV-1a digest of (entity, key, version): the audited versions are
// held as sorted digests, a few bytes each, rather than as strings, so a log
// of millions of rows fits in memory. A collision could only hide a missing
// audit row, with odds of about one in 10^12 for a million versions.
std::uint64_t versionDigest(const std::string& entity, const std::string& key, long long version) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const std::string& text) {
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0x1f) * 1099511628211ull;
  };
  mix(entity);
  mix(key);
  mix(std::to_string(version));
  return h;
}

class AuditedVersions {
 public:
  void add(const AuditChange& e) { digests_.push_back(versionDigest(e.entity, e.key, e.version)); }
  void seal() {
    std::sort(digests_.begin(), digests_.end());
    digests_.erase(std::unique(digests_.begin(), digests_.end()), digests_.end());
  }
  bool has(const std::string& entity, const std::string& key, long long version) const {
    return std::binary_search(digests_.begin(), digests_.end(), versionDigest(entity, key, version));
  }

 private:
  std::vector<std::uint64_t> digests_;
};

// The versions of one entity with no audit row: the first is named, the rest counted.
void checkVersionsAudited(Register& reg, const EntityDef& def, const AuditedVersions& audited, CheckReport& report) {
  std::string first;
  std::size_t missing = 0;
  forEachUserVersion(reg, def, [&](const std::string& key, long long version) {
    if (audited.has(def.name, key, version)) return;
    if (missing++ == 0) first = recordLabel(def, key) + " version " + std::to_string(version);
  });
  if (missing)
    report.errors.push_back(kPrefix + first + " has no audit rows" +
                            (missing > 1 ? " (nor have " + std::to_string(missing - 1) + " more versions of " + def.label + ")" : "") +
                            ": its audit rows were deleted, or it was written outside the program");
}

void checkDecisionsAudited(Register& reg, const AuditedVersions& audited, CheckReport& report) {
  std::string unaudited;  // the first decision with no audit row
  forEachDecisionKey(reg, [&](const std::string& key) {
    if (unaudited.empty() && !audited.has("decision", key, 1)) unaudited = key;
  });
  // A warning, not an error: registers that imported decisions before
  // imports were audited hold such decisions legitimately.
  if (!unaudited.empty())
    report.warnings.push_back(kPrefix + "decision " + unaudited +
                              " has no audit rows: they were deleted, it was recorded outside the program, or it "
                              "was imported before imports were audited");
}

}  // namespace

void tamperChecks(Register& reg, CheckReport& report) {
  for (const auto& problem : missingAppendOnlyTriggers(reg))
    report.errors.push_back(kPrefix + problem + ": the table is no longer append-only");
  AuditedVersions audited;
  if (auto broken = verifyAuditChain(reg, [&](const AuditChange& e) { audited.add(e); }))
    report.errors.push_back(kPrefix + broken->message);
  audited.seal();
  for (const EntityDef* def : allEntities()) checkVersionsAudited(reg, *def, audited, report);
  checkDecisionsAudited(reg, audited, report);
}

}  // namespace s113
