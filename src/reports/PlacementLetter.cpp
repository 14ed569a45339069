// Report "placement-letter": the individual S113 agreement for a postholder
// ("sample 113 agreement for individual postholders"): the parties, the
// role, the share of time, line management, discipline and grievance,
// termination and the right to return. The placement and the records it
// names are read by reports/placement-letter/query.sql.
#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "reports/Catalogue.h"
#include "reports/ReportData.h"
#include "reports/ReportRows.h"
#include "reports/ReportSql.h"

namespace s113::reports {

using namespace detail;

namespace {

// The one row of reports/placement-letter/query.sql, query "letter".
struct LetterRow {
  std::string placement, employer, receivingPartner, agreement, lineManager, disciplinePartner;
  bool deleted = false, returnToPost = false;
  OptionalBasisPoints shareOfTime;
  OptionalFte daysPerWeek;  // days, in the same 1/10000 units as FTE
  OptionalDate startDate, plannedEnd, nextReview, officerConsultedOn;
  boost::optional<long long> terminationNoticeMonths;
  std::string person, pensionScheme, personName, post, postTitle, lineManagerTitle;
  std::string agreementRef, agreementTitle, legalBasis;
};

template <class Columns>
void columns(Columns& c, LetterRow& r) {
  c("placement", r.placement);
  c("deleted", r.deleted);
  c("employer", r.employer);
  c("receiving_partner", r.receivingPartner);
  c("agreement", r.agreement);
  c("share_of_time", r.shareOfTime);
  c("days_per_week", r.daysPerWeek);
  c("start_date", r.startDate);
  c("planned_end", r.plannedEnd);
  c("next_review", r.nextReview);
  c("officer_consulted_on", r.officerConsultedOn);
  c("line_manager", r.lineManager);
  c("discipline_partner", r.disciplinePartner);
  c("return_to_post", r.returnToPost);
  c("termination_notice_months", r.terminationNoticeMonths);
  c("person", r.person);
  c("pension_scheme", r.pensionScheme);
  c("person_name", r.personName);
  c("post", r.post);
  c("post_title", r.postTitle);
  c("line_manager_title", r.lineManagerTitle);
  c("agreement_ref", r.agreementRef);
  c("agreement_title", r.agreementTitle);
  c("legal_basis", r.legalBasis);
}

}  // namespace

ReportDocument placementLetter(Register& reg, const ReportParams& params) {
  if (params.placement.empty())
    throw ReportUsageError("the placement letter needs --placement REF");
  const AsAt when{params.effectiveDate(), boost::none};
  // The placement and the records it names: reports/placement-letter/query.sql.
  const auto rows = reportRows<LetterRow>(reg, "placement-letter", "letter", {{"placement", params.placement}});
  if (rows.empty() || rows.front().deleted) throw NotFound("placement " + params.placement + " does not exist");
  const LetterRow& pl = rows.front();
  auto partners = partnersAsAt(reg, when);
  const std::string name = pl.personName.empty() ? pl.person : pl.personName;
  const std::string employer = partnerName(partners, pl.employer);
  const std::string receiving = partnerName(partners, pl.receivingPartner);
  const std::string role = pl.post.empty() ? "your post" : pl.postTitle + " (" + pl.post + ")";
  const std::string share =
      pl.shareOfTime ? formatPercent(*pl.shareOfTime) + "% of your contracted hours"
                     : formatFte(pl.daysPerWeek.value_or(FteUnits(0))) + " days a week";
  const bool hasAgreement = !pl.agreementRef.empty();

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
            (hasAgreement ? pl.legalBasis : std::string("section 113")) +
            " and the partnership agreement " + pl.agreement +
            (hasAgreement ? " (" + pl.agreementTitle + ")" : "") + "."});
  para("role", "2. Your role",
       {"You remain employed by " + employer + " in " + role +
            " on your existing terms and conditions, pay and pension (" +
            pl.pensionScheme + "). Nothing in this agreement changes your employer.",
        "From " + (pl.startDate ? formatUk(*pl.startDate) : std::string("its start")) +
            " you are placed at the disposal of " + receiving + " for " + share +
            (pl.plannedEnd ? ", planned to end on " + formatUk(*pl.plannedEnd) : "") +
            "."});
  para("management", "3. Line management",
       {!pl.lineManagerTitle.empty()
            ? "Your day-to-day line manager is the " + pl.lineManagerTitle + " (" + pl.lineManager + ")."
                : "Your line management is agreed between the two partners.",
        pl.nextReview ? "The arrangement will next be reviewed by " + formatUk(*pl.nextReview) + "."
                      : "The arrangement is reviewed at least once a year."});
  const std::string discipline =
      pl.disciplinePartner.empty() ? employer : partnerName(partners, pl.disciplinePartner);
  para("discipline", "4. Discipline and grievance",
       {"Disciplinary and grievance matters are dealt with under the procedures of " + discipline +
        ", with the other partner informed and involved as needed."});
  const std::string notice = pl.terminationNoticeMonths ? std::to_string(*pl.terminationNoticeMonths) : "";
  para(
      "termination", "5. Termination",
      {"Either partner may end this placement by giving " +
           (notice.empty() ? std::string("reasonable") : notice + " months'") +
           " written notice to the other and to you; it also ends if the partnership agreement "
           "ends.",
       pl.returnToPost
           ? "When the placement ends you have the right to return to your substantive post with " +
                 employer + "."
           : "When the placement ends you continue in the employment of " + employer + "."});
  para("consultation", "6. Consultation",
       {pl.officerConsultedOn
            ? "You were consulted about this placement on " + formatUk(*pl.officerConsultedOn) + "."
            : "You have not yet been consulted about this placement: section 113 requires it "
              "before it starts."});
  para("signatures", "Signed",
       {"For " + employer + ": ______________________   Date: __________",
        "For " + receiving + ": ______________________   Date: __________",
        name + ": ______________________   Date: __________"});
  return doc;
}

}  // namespace s113::reports
