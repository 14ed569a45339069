#include "services/ArrangementQueries.h"

#include <sstream>

#include "domain/Arrangements.h"

namespace s113 {
namespace {

bool runsOn(const Record& r, const std::string& endField, const Date& d) {
  try {
    auto start = parseOptionalIsoDate(valueOf(r, "start_date"));
    auto end = parseOptionalIsoDate(valueOf(r, endField));
    return start && *start <= d && (!end || *end >= d);
  } catch (...) {
    return false;
  }
}

}  // namespace

ArrangementsInForce arrangementsInForce(Register& reg, const Date& asAt) {
  ArrangementsInForce out;
  out.asAt = asAt;
  const AsAt when{asAt, boost::none};
  for (auto& v : VersionStore(reg, placementDef()).asAt(when)) {
    const std::string status = valueOf(v.fields, "status");
    const std::string endField = placementFinished(status) ? "ended_on" : "planned_end";
    if (placementCommitted(status) && runsOn(v.fields, endField, asAt)) out.placements.push_back(v);
  }
  for (auto& v : VersionStore(reg, singleManagerContractDef()).asAt(when))
    if (valueOf(v.fields, "status") != "proposed" && runsOn(v.fields, "end_date", asAt))
      out.singleManagerContracts.push_back(v);
  for (auto& v : VersionStore(reg, jointPostDef()).asAt(when))
    if (valueOf(v.fields, "status") != "proposed" && runsOn(v.fields, "end_date", asAt))
      out.jointPosts.push_back(v);
  return out;
}

std::string arrangementsInForceText(Register&, const ArrangementsInForce& in) {
  std::ostringstream out;
  out << "Arrangements in force on " << formatIso(in.asAt) << "\n";
  for (const auto& v : in.placements) {
    const Record& r = v.fields;
    std::string share = valueOf(r, "share_of_time").empty()
                            ? valueOf(r, "days_per_week") + " days/week"
                            : valueOf(r, "share_of_time") + "%";
    out << "placement " << v.key << "\t" << valueOf(r, "contract") << "\t" << valueOf(r, "employer")
        << " -> " << valueOf(r, "receiving_partner") << "\t" << share << "\t" << valueOf(r, "kind")
        << "\t" << valueOf(r, "status") << "\n";
  }
  for (const auto& v : in.singleManagerContracts) {
    const Record& r = v.fields;
    out << "single_manager_contract " << v.key << "\t" << valueOf(r, "contract") << "\t"
        << valueOf(r, "route") << "\t" << valueOf(r, "employer") << " / "
        << valueOf(r, "other_partner") << "\thost " << valueOf(r, "host_partner") << "\t"
        << valueOf(r, "status") << "\n";
  }
  for (const auto& v : in.jointPosts) {
    const Record& r = v.fields;
    out << "joint_post " << v.key << "\t" << valueOf(r, "post") << "\t"
        << valueOf(r, "council_role") << " / " << valueOf(r, "nhs_role") << "\tlead "
        << valueOf(r, "lead_employer") << "\t" << valueOf(r, "cost_share") << "\t"
        << valueOf(r, "status") << "\n";
  }
  return out.str();
}

}  // namespace s113
