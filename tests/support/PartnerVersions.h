// A stored version of a partner for storage tests that write versions
// directly (no services): valid from 1 April 2013, recorded on day `version`
// of January 2026 by "tester".
#pragma once
#include <string>

#include "domain/Catalog.h"
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

}  // namespace s113::test
