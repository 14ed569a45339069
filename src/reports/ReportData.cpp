#include "reports/ReportData.h"

#include "domain/Catalog.h"
#include "domain/Split.h"
#include "services/TypedRecords.h"

namespace s113::reports::detail {

bool hasEntity(const std::string& entity) { return findEntity(entity) != nullptr; }

std::map<std::string, Record> recordsAsAt(Register& reg, const std::string& entity,
                                          const AsAt& when) {
  std::map<std::string, Record> out;
  const EntityDef* def = findEntity(entity);
  if (!def) return out;
  for (auto& v : VersionStore(reg, *def).asAt(when)) out.emplace(v.key, std::move(v.fields));
  return out;
}

std::map<std::string, Record> contractsInForce(Register& reg, const AsAt& when) {
  std::map<std::string, Record> out;
  const std::string day = formatIso(when.effective);
  for (auto& [key, c] : recordsAsAt(reg, "contract", when)) {
    const std::string start = valueOf(c, "start_date"), end = valueOf(c, "end_date");
    if (start <= day && (end.empty() || end >= day)) out.emplace(key, c);
  }
  return out;
}

std::map<std::string, Partner> partnersAsAt(Register& reg, const AsAt& when) {
  std::map<std::string, Partner> out;
  for (auto& p : allAsAt<Partner>(reg, partnerDef(), when)) out.emplace(p.code, std::move(p));
  return out;
}

std::string partnerName(const std::map<std::string, Partner>& partners, const std::string& code) {
  auto it = partners.find(code);
  return it == partners.end() ? code : it->second.name;
}

std::string splitWords(const std::string& split) {
  std::string out;
  std::size_t start = 0;
  while (start < split.size()) {
    std::size_t end = split.find(';', start);
    std::string part =
        split.substr(start, end == std::string::npos ? std::string::npos : end - start);
    auto colon = part.find(':');
    if (!part.empty())
      out +=
          (out.empty() ? "" : ", ") +
          (colon == std::string::npos ? part
                                      : part.substr(0, colon) + " " + part.substr(colon + 1) + "%");
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string timestampUk(const std::string& iso) {
  if (iso.size() < 16) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) + " " +
         iso.substr(11, 5);
}

std::string suppressedCount(long long count) {
  return count > 0 && count < 5 ? "<5" : std::to_string(count);
}

std::string fteText(FteUnits fte) { return formatFte(fte); }

}  // namespace s113::reports::detail
