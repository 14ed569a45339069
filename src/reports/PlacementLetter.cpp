// Report "placement-letter": the individual S113 agreement for a postholder
// ("sample 113 agreement for individual postholders"): the parties, the
// role, the share of time, line management, discipline and grievance,
// termination and the right to return. The placement and the records it
// names are read by reports/placement-letter/query.sql.
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"
#include "reports/ReportSql.h"

namespace s113::reports {

using namespace detail;

ReportDocument placementLetter(Register& reg, const ReportParams& params) {
  if (params.placement.empty())
    throw ReportUsageError("the placement letter needs --placement REF");
  const AsAt when{params.effectiveDate(), boost::none};
  // The placement and the records it names: reports/placement-letter/query.sql.
  const auto rows =
      runReportQuery(reg, "placement-letter", "letter", {{"placement", params.placement}});
  if (rows.empty() || rows.front().at("deleted") == "1")
    throw NotFound("placement " + params.placement + " does not exist");
  const SqlRow& pl = rows.front();
  auto field = [&](const char* name) { return pl.at(name); };
  auto partners = partnersAsAt(reg, when);
  const std::string name = field("person_name").empty() ? field("person") : field("person_name");
  const std::string employer = partnerName(partners, field("employer"));
  const std::string receiving = partnerName(partners, field("receiving_partner"));
  const std::string role =
      field("post").empty() ? "your post" : field("post_title") + " (" + field("post") + ")";
  const std::string share =
      field("share_of_time").empty()
          ? formatFte(std::stoi(field("days_per_week"))) + " days a week"  // same 1/10000 units
          : formatPercent(std::stoi(field("share_of_time"))) + "% of your contracted hours";
  const bool hasAgreement = !field("agreement_ref").empty();

  ReportDocument doc;
  doc.report = "placement-letter";
  doc.title = "Agreement under section 113 of the Local Government Act 1972";
  doc.subtitle = "Individual agreement for " + name;
  doc.facts = {{"placement", "Placement", params.placement},
               {"name", "Postholder", name},
               {"employer", "Employing partner", employer},
               {"receiving", "Receiving partner", receiving},
               {"date", "Date", formatUk(params.effectiveDate())}};
  auto para = [&](const std::string& id, const std::string& heading,
                  std::vector<std::string> text) {
    doc.sections.push_back({id, heading, std::move(text), {}, {}});
  };
  para("parties", "1. Parties",
       {"This agreement is between " + employer + " (your employer), " + receiving +
            " (the receiving partner) and you, " + name + ".",
        "It is made under " +
            (hasAgreement ? field("legal_basis") : std::string("section 113")) +
            " and the partnership agreement " + field("agreement") +
            (hasAgreement ? " (" + field("agreement_title") + ")" : "") + "."});
  para("role", "2. Your role",
       {"You remain employed by " + employer + " in " + role +
            " on your existing terms and conditions, pay and pension (" +
            field("pension_scheme") + "). Nothing in this agreement changes your employer.",
        "From " + formatUk(parseIsoDate(field("start_date"))) +
            " you are placed at the disposal of " + receiving + " for " + share +
            (field("planned_end").empty()
                 ? ""
                 : ", planned to end on " + formatUk(parseIsoDate(field("planned_end")))) +
            "."});
  para("management", "3. Line management",
       {!field("line_manager_title").empty()
            ? "Your day-to-day line manager is the " + field("line_manager_title") + " (" +
                  field("line_manager") + ")."
                : "Your line management is agreed between the two partners.",
        field("next_review").empty()
            ? "The arrangement is reviewed at least once a year."
            : "The arrangement will next be reviewed by " +
                  formatUk(parseIsoDate(field("next_review"))) + "."});
  const std::string discipline = field("discipline_partner").empty()
                                     ? employer
                                     : partnerName(partners, field("discipline_partner"));
  para("discipline", "4. Discipline and grievance",
       {"Disciplinary and grievance matters are dealt with under the procedures of " + discipline +
        ", with the other partner informed and involved as needed."});
  const std::string notice = field("termination_notice_months");
  para(
      "termination", "5. Termination",
      {"Either partner may end this placement by giving " +
           (notice.empty() ? std::string("reasonable") : notice + " months'") +
           " written notice to the other and to you; it also ends if the partnership agreement "
           "ends.",
       field("return_to_post") == "1"
           ? "When the placement ends you have the right to return to your substantive post with " +
                 employer + "."
           : "When the placement ends you continue in the employment of " + employer + "."});
  para("consultation", "6. Consultation",
       {field("officer_consulted_on").empty()
            ? "You have not yet been consulted about this placement: section 113 requires it "
              "before it starts."
            : "You were consulted about this placement on " +
                  formatUk(parseIsoDate(field("officer_consulted_on"))) + "."});
  para("signatures", "Signed",
       {"For " + employer + ": ______________________   Date: __________",
        "For " + receiving + ": ______________________   Date: __________",
        name + ": ______________________   Date: __________"});
  return doc;
}

}  // namespace s113::reports
