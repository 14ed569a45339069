#include "reports/RechargeCovers.h"

#include "domain/Catalog.h"
#include "domain/RechargeCatalog.h"
#include "reports/ReportSql.h"
#include "storage/VersionStore.h"

namespace s113::reports {
namespace {

std::map<std::string, Record> newestOf(Register& reg, const EntityDef& def) {
  std::map<std::string, Record> out;
  for (auto& v : VersionStore(reg, def).allLatestLive()) out.emplace(v.key, std::move(v.fields));
  return out;
}

// A contract running on some day of the period.
bool runsIn(const Record& contract, const Period& period) {
  const std::string start = valueOf(contract, "start_date"), end = valueOf(contract, "end_date");
  return !start.empty() && start <= formatIso(period.last) &&
         (end.empty() || end >= formatIso(period.first));
}

// The rows of a query of reports/recharges/query.sql by their `key` column.
std::map<std::string, Record> queried(Register& reg, const std::string& query,
                                      const std::string& key) {
  std::map<std::string, Record> out;
  for (auto& row : runReportQuery(reg, "recharges", query, {})) {
    std::string k = row.at(key);
    out.emplace(std::move(k), std::move(row));
  }
  return out;
}

}  // namespace

RechargeCovers::RechargeCovers(Register& reg)
    : reg_(reg),
      agreements_(newestOf(reg, rechargeAgreementDef())),
      contracts_(queried(reg, "contracts", "contract")),
      people_(queried(reg, "people", "person")) {}

std::string RechargeCovers::of(const ScheduleLine& line) const {
  auto agreement = agreements_.find(line.agreementKey);
  if (agreement == agreements_.end()) return line.covers;
  const std::string kind = valueOf(agreement->second, "covers_kind"),
                    ref = valueOf(agreement->second, "covers_ref");
  if (kind.empty() || kind == "other" || ref.empty())
    return valueOf(agreement->second, "description");
  std::string label = kind;
  for (auto& c : label)
    if (c == '_') c = ' ';
  return label + " " + ref + ": " + holderOf(kind, ref, line.active);
}

std::string RechargeCovers::holderOf(const std::string& kind, const std::string& ref,
                                     const Period& period) const {
  if (kind == "post") return postHolders(ref, period);
  if (kind == "contract") return personOfContract(ref);
  const EntityDef* def = findEntity(kind);
  if (!def) return "?";
  auto record = VersionStore(reg_, *def).latest(ref);
  if (!record || record->deleted) return "no such record";
  const Record& fields = record->fields;
  if (!valueOf(fields, "person").empty()) {
    auto person = people_.find(valueOf(fields, "person"));
    return person == people_.end() ? valueOf(fields, "person") : valueOf(person->second, "name");
  }
  if (!valueOf(fields, "contract").empty()) return personOfContract(valueOf(fields, "contract"));
  if (!valueOf(fields, "post").empty()) return postHolders(valueOf(fields, "post"), period);
  return "?";
}

std::string RechargeCovers::postHolders(const std::string& post, const Period& period) const {
  std::string names;
  for (const auto& [key, c] : contracts_)
    if (valueOf(c, "post") == post && runsIn(c, period))
      names += (names.empty() ? "" : "; ") + personOfContract(key);
  return names.empty() ? "vacant" : names;
}

std::string RechargeCovers::personOfContract(const std::string& contract) const {
  auto c = contracts_.find(contract);
  if (c == contracts_.end()) return contract;
  auto person = people_.find(valueOf(c->second, "person"));
  return person == people_.end() ? valueOf(c->second, "person") : valueOf(person->second, "name");
}

}  // namespace s113::reports
