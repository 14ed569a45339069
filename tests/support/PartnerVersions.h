// A stored version of a partner for storage tests that write versions
// directly (no services): valid from 1 April 2013, recorded on day `version`
// of January 2026 by "tester".
#pragma once
#include <string>

#include "domain/Catalog.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"
#include "storage/VersionStore.h"
#include "support/TextRecords.h"

namespace s113::test {

inline StoredVersion partnerVersion(const std::string& code, int version, const std::string& name) {
  StoredVersion v;
  v.key = code;
  v.version = version;
  v.validFrom = Date(2013, 4, 1);
  v.recordedAt = "2026-01-0" + std::to_string(version) + "T10:00:00Z";
  v.recordedBy = "tester";
  v.fields = values(partnerDef(), {{"name", name}, {"kind", "council"}, {"nation", "england"}, {"successor", ""}});
  return v;
}

// The partner versions the database holds, whatever a write batch still holds.
inline long long storedPartnerRows(Register& reg) {
  CachedStatement st(reg, "SELECT COUNT(*) FROM partners_versions");
  st.query();
  st.fetch();
  return cellInteger(st.row(), 0);
}

}  // namespace s113::test
