// Report "placement-letter": the individual S113 agreement for a postholder
// ("sample 113 agreement for individual postholders"): the parties, the
// role, the share of time, line management, discipline and grievance,
// termination and the right to return.
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"

namespace s113::reports {

using namespace detail;

ReportDocument placementLetter(Register& reg, const ReportParams& params) {
  if (params.placement.empty())
    throw ReportUsageError("the placement letter needs --placement REF");
  const AsAt when{params.effectiveDate(), boost::none};
  const EntityDef* def = findEntity("placement");
  auto stored = VersionStore(reg, *def).latest(params.placement);
  if (!stored || stored->deleted)
    throw NotFound("placement " + params.placement + " does not exist");
  const Record& pl = stored->fields;
  auto partners = recordsAsAt(reg, "partner", when);
  auto contract = VersionStore(reg, *findEntity("contract")).latest(valueOf(pl, "contract"));
  Record c = contract ? contract->fields : Record();
  auto person = VersionStore(reg, *findEntity("person")).latest(valueOf(c, "person"));
  auto post = VersionStore(reg, *findEntity("post")).latest(valueOf(c, "post"));
  auto manager = valueOf(pl, "line_manager").empty()
                     ? boost::none
                     : VersionStore(reg, *findEntity("post")).latest(valueOf(pl, "line_manager"));
  auto agreement = VersionStore(reg, *findEntity("agreement")).latest(valueOf(pl, "agreement"));
  const std::string name = person ? valueOf(person->fields, "name") : valueOf(c, "person");
  const std::string employer = partnerName(partners, valueOf(pl, "employer"));
  const std::string receiving = partnerName(partners, valueOf(pl, "receiving_partner"));
  const std::string role =
      post ? valueOf(post->fields, "title") + " (" + post->key + ")" : "your post";
  const std::string share = valueOf(pl, "share_of_time").empty()
                                ? valueOf(pl, "days_per_week") + " days a week"
                                : valueOf(pl, "share_of_time") + "% of your contracted hours";

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
            (agreement ? valueOf(agreement->fields, "legal_basis") : std::string("section 113")) +
            " and the partnership agreement " + valueOf(pl, "agreement") +
            (agreement ? " (" + valueOf(agreement->fields, "title") + ")" : "") + "."});
  para("role", "2. Your role",
       {"You remain employed by " + employer + " in " + role +
            " on your existing terms and conditions, pay and pension (" +
            valueOf(c, "pension_scheme") + "). Nothing in this agreement changes your employer.",
        "From " + formatUk(parseIsoDate(valueOf(pl, "start_date"))) +
            " you are placed at the disposal of " + receiving + " for " + share +
            (valueOf(pl, "planned_end").empty()
                 ? ""
                 : ", planned to end on " + formatUk(parseIsoDate(valueOf(pl, "planned_end")))) +
            "."});
  para("management", "3. Line management",
       {manager ? "Your day-to-day line manager is the " + valueOf(manager->fields, "title") +
                      " (" + manager->key + ")."
                : "Your line management is agreed between the two partners.",
        valueOf(pl, "next_review").empty()
            ? "The arrangement is reviewed at least once a year."
            : "The arrangement will next be reviewed by " +
                  formatUk(parseIsoDate(valueOf(pl, "next_review"))) + "."});
  const std::string discipline = valueOf(pl, "discipline_partner").empty()
                                     ? employer
                                     : partnerName(partners, valueOf(pl, "discipline_partner"));
  para("discipline", "4. Discipline and grievance",
       {"Disciplinary and grievance matters are dealt with under the procedures of " + discipline +
        ", with the other partner informed and involved as needed."});
  const std::string notice = valueOf(pl, "termination_notice_months");
  para(
      "termination", "5. Termination",
      {"Either partner may end this placement by giving " +
           (notice.empty() ? std::string("reasonable") : notice + " months'") +
           " written notice to the other and to you; it also ends if the partnership agreement "
           "ends.",
       valueOf(pl, "return_to_post") == "true"
           ? "When the placement ends you have the right to return to your substantive post with " +
                 employer + "."
           : "When the placement ends you continue in the employment of " + employer + "."});
  para("consultation", "6. Consultation",
       {valueOf(pl, "officer_consulted_on").empty()
            ? "You have not yet been consulted about this placement: section 113 requires it "
              "before it starts."
            : "You were consulted about this placement on " +
                  formatUk(parseIsoDate(valueOf(pl, "officer_consulted_on"))) + "."});
  para("signatures", "Signed",
       {"For " + employer + ": ______________________   Date: __________",
        "For " + receiving + ": ______________________   Date: __________",
        name + ": ______________________   Date: __________"});
  return doc;
}

}  // namespace s113::reports
