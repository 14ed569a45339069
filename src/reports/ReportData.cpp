#include "reports/ReportData.h"

#include "domain/Catalog.h"
#include "domain/Split.h"
#include "services/TypedRecords.h"

namespace s113::reports::detail {

std::map<std::string, Partner> partnersAsAt(Register& reg, const AsAt& when) {
  std::map<std::string, Partner> out;
  for (auto& p : viewsAsAt<Partner>(reg, partnerDef(), when)) out.emplace(p.code, std::move(p));
  return out;
}

std::string partnerName(const std::map<std::string, Partner>& partners, const std::string& code) {
  auto it = partners.find(code);
  return it == partners.end() ? code : it->second.name;
}

std::string splitWords(const FunctionalSplit& split) {
  std::string out;
  for (const SplitShare& share : split)
    out += (out.empty() ? "" : ", ") + share.partner + " " + formatPercent(share.share) + "%";
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
