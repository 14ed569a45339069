// Writes a realistic register of N posts in the exchange format
// (docs/exchange-format.md) for the benchmarks:
//   gen_register POSTS FOLDER
// FOLDER/base holds every record (import it first); FOLDER/later holds
// effective-dated later versions of some of them (salary rises, regradings,
// placement reviews), imported second so that records have a history.
//
// Shape, for N posts: one partnership (a council and an NHS body under one
// S113 agreement) per 5,000 posts, 1 to 20 of them (2 to 40 partners);
// 1.2 N people and contracts (0.2 N are earlier holders whose contract has
// ended); 0.8 N placements and secondments; 0.6 N recharge agreements of every
// basis (actual cost from a contract's salary or an annual cost, a fixed fee a
// year, a fixed total phased by year) and on-cost kind; a joint post per 100
// posts, a single-manager contract per 200; a Joint Staff Forum meeting a
// month with items about posts and placements. Deterministic: the same N
// gives the same files.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using boost::gregorian::date;
using boost::gregorian::days;

namespace {

std::string iso(const date& d) { return boost::gregorian::to_iso_extended_string(d); }

std::string key(const char* prefix, long i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%07ld", prefix, i);
  return buf;
}

std::string pounds(long pence) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld.%02ld", pence / 100, pence % 100);
  return buf;
}

// One CSV file: a header and rows of cells (quoted when needed), CRLF.
class CsvFile {
 public:
  CsvFile(const fs::path& path, const std::vector<std::string>& header) : out_(path, std::ios::binary) {
    row(header);
  }
  void row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) out_ << ',';
      const std::string& c = cells[i];
      if (c.find_first_of(",\"\r\n") == std::string::npos) {
        out_ << c;
        continue;
      }
      out_ << '"';
      for (char ch : c) out_ << (ch == '"' ? "\"\"" : std::string(1, ch));
      out_ << '"';
    }
    out_ << "\r\n";
  }

 private:
  std::ofstream out_;
};

const char* kFirst[] = {"Alex", "Sam", "Jo", "Chris", "Pat", "Morgan", "Robin", "Kim", "Lee", "Ashley", "Jamie", "Ruth"};
const char* kLast[] = {"Morgan", "Whitfield", "Farrant", "Patel", "Okafor", "MacLeod", "Evans", "Nowak", "Hughes", "Singh", "Campbell"};
const char* kTitles[] = {"Commissioning Officer", "Social Worker", "Occupational Therapist", "Team Manager",
                         "Community Nurse", "Service Manager", "Finance Business Partner", "Care Coordinator"};

const date kAgreementFrom(2012, 4, 1);
const date kLaterFrom(2016, 4, 1);  // the later versions take effect in 2016/17

struct Shape {
  long posts, people, pairs;
  explicit Shape(long n) : posts(n), people(n + n / 5), pairs(std::min(20L, std::max(1L, n / 5000))) {}
};

std::string council(long pair) { return "LA" + std::to_string(100 + pair).substr(1); }
std::string nhs(long pair) { return "NH" + std::to_string(100 + pair).substr(1); }
std::string agreementRef(long pair) { return "AG-" + std::to_string(100 + pair).substr(1); }

// A post's facts, shared by the files that refer to it.
struct PostFacts {
  long pair;
  bool councilEmploys;
  std::string kind, status;
  std::string employer() const { return councilEmploys ? council(pair) : nhs(pair); }
  std::string other() const { return councilEmploys ? nhs(pair) : council(pair); }
};

PostFacts postFacts(const Shape& s, long i) {
  PostFacts p{i % s.pairs, i % 3 != 0, "s113", "filled"};
  if (i % 100 == 7) p.kind = "joint";
  else if (i % 200 == 13) p.kind = "single_manager";
  else if (i % 10 == 1) p.kind = "single";
  if (i % 20 == 3) p.status = "proposed";
  else if (i % 20 == 4) p.status = "vacant";
  return p;
}

// Contract j: j < N holds post j (none for a proposed post), from a start
// between 2005 and 2019; j >= N is the earlier holder of post j - N, ended.
struct ContractFacts {
  long post;  // -1: no post
  std::string employer;
  date start;
  bool ended;
  date end;
  int fteUnits;  // 10000 = 1
  long salaryPence;
};

ContractFacts contractFacts(const Shape& s, long j) {
  const long postIndex = j < s.posts ? j : j - s.posts;
  const PostFacts p = postFacts(s, postIndex);
  ContractFacts c;
  c.post = (j < s.posts && p.status == "proposed") ? -1 : postIndex;
  c.employer = p.employer();
  c.ended = j >= s.posts;
  c.start = c.ended ? date(2004, 1, 5) + days(j % 2500) : date(2005, 1, 3) + days((j * 37) % 5400);
  c.end = c.start + days(900 + j % 1200);
  c.fteUnits = j % 4 == 0 ? 6000 : 10000;
  c.salaryPence = (2200000 + (j * 7919) % 6000000);
  return c;
}

// Contract j has a placement when it is current and j % 5 != 4.
bool hasPlacement(const Shape& s, long j) { return j < s.posts && j % 5 != 4; }

struct PlacementFacts {
  std::string kind, status, share, daysPerWeek;
  date start;
  std::string plannedEnd, endedOn;
};

PlacementFacts placementFacts(const ContractFacts& c, long j) {
  PlacementFacts p;
  p.kind = j % 9 == 0 ? "secondment" : "s113_placement";
  p.start = std::max(c.start, kAgreementFrom + days(40)) + days(j % 300);
  static const char* shares[] = {"100", "50", "40", "20"};
  if (j % 7 == 2) p.daysPerWeek = j % 2 ? "2.5" : "1";
  else p.share = shares[j % 4];
  p.status = j % 13 == 0 ? "proposed" : (j % 17 == 0 ? "ended" : "active");
  if (p.kind == "secondment") p.plannedEnd = iso(p.start + days(700));
  if (p.status == "ended") p.endedOn = iso(p.start + days(400));
  return p;
}

void partnersAndAgreements(const fs::path& dir, const Shape& s) {
  CsvFile partners(dir / "partners.csv", {"code", "name", "kind", "nation", "successor", "valid_from"});
  CsvFile agreements(dir / "agreements.csv",
                     {"ref", "title", "party_a", "party_b", "legal_basis", "in_force_from", "in_force_to",
                      "next_review", "notice_months", "protocol_version", "party_a_approved_by",
                      "party_a_approved_on", "party_b_approved_by", "party_b_approved_on", "valid_from"});
  for (long k = 0; k < s.pairs; ++k) {
    const std::string nation = k % 4 == 3 ? "scotland" : "england";
    partners.row({council(k), "Council " + std::to_string(k + 1), "council", nation, "", iso(kAgreementFrom)});
    partners.row({nhs(k), "NHS body " + std::to_string(k + 1), "nhs", nation, "", iso(kAgreementFrom)});
    agreements.row({agreementRef(k), "Section 113 agreement " + std::to_string(k + 1), council(k), nhs(k),
                    "Local Government Act 1972 s113", iso(kAgreementFrom), "", "2027-04-01", "6", "1",
                    "Cabinet", "2012-03-01", "Board", "2012-03-15", iso(kAgreementFrom)});
  }
}

std::vector<std::string> postRow(const Shape& s, long i, const std::string& grade, const date& from) {
  const PostFacts p = postFacts(s, i);
  const std::string split = p.kind == "single" ? "" : p.employer() + ":60;" + p.other() + ":40";
  const std::string role = i % 997 == 5 ? (p.councilEmploys ? "DCS" : "DPH") : "none";
  const std::string registration = i % 7 == 0 ? "social_work" : (i % 11 == 0 ? "nursing" : "none");
  const std::string manager = i % 10 ? key("P", i - i % 10) : "";
  return {key("P", i), std::string(kTitles[i % 8]) + " " + std::to_string(i), grade, i % 6 == 0 ? "0.5" : "1",
          p.employer(), p.employer(), p.kind, role, registration, "", split, manager, p.status,
          agreementRef(p.pair), iso(from)};
}

const std::vector<std::string> kPostHeader = {"ref", "title", "grade", "fte", "employer", "host", "kind",
                                              "statutory_role", "registration", "designated_employer",
                                              "functional_split", "line_manager", "status", "agreement",
                                              "valid_from"};
const std::vector<std::string> kContractHeader = {"ref", "person", "employer", "post", "fte", "annual_salary",
                                                  "pay_framework", "pension_scheme", "start_date", "end_date",
                                                  "valid_from"};

std::vector<std::string> contractRow(const Shape& s, long j, long salary, const date& from) {
  const ContractFacts c = contractFacts(s, j);
  const bool isCouncil = c.employer.rfind("LA", 0) == 0;
  return {key("C", j), key("H", j), c.employer, c.post < 0 ? "" : key("P", c.post),
          c.fteUnits == 10000 ? "1" : "0.6", pounds(salary), isCouncil ? "NJC" : "AfC",
          isCouncil ? "LGPS" : "NHSPS", iso(c.start), c.ended ? iso(c.end) : "", iso(from)};
}

void postsPeopleContracts(const fs::path& dir, const Shape& s) {
  CsvFile posts(dir / "posts.csv", kPostHeader);
  for (long i = 0; i < s.posts; ++i) posts.row(postRow(s, i, i % 2 ? "NJC PO3" : "AfC Band 7", kAgreementFrom));
  CsvFile people(dir / "people.csv", {"ref", "name", "notes", "valid_from"});
  CsvFile contracts(dir / "contracts.csv", kContractHeader);
  for (long j = 0; j < s.people; ++j) {
    const ContractFacts c = contractFacts(s, j);
    people.row({key("H", j), std::string(kFirst[j % 12]) + " " + kLast[(j / 12) % 11], "", iso(c.start)});
    contracts.row(contractRow(s, j, c.salaryPence, c.start));
  }
}

const std::vector<std::string> kPlacementHeader = {
    "ref", "kind", "contract", "employer", "receiving_partner", "agreement", "share_of_time", "days_per_week",
    "start_date", "planned_end", "next_review", "officer_consulted_on", "line_manager", "discipline_partner",
    "return_to_post", "termination_notice_months", "status", "ended_on", "termination_reason", "valid_from"};

std::vector<std::string> placementRow(const Shape& s, long j, const std::string& status, const date& from) {
  const ContractFacts c = contractFacts(s, j);
  const PlacementFacts p = placementFacts(c, j);
  const PostFacts post = postFacts(s, j);
  const bool consulted = status != "proposed";
  return {key("PL", j), p.kind, key("C", j), c.employer, post.other(), agreementRef(post.pair), p.share,
          p.daysPerWeek, iso(p.start), p.plannedEnd, iso(j % 4 ? date(2027, 1, 4) + days(j % 300) : p.start + days(365)),
          consulted ? iso(p.start - days(30)) : "", "", c.employer, "true", "3", status,
          status == "ended" ? p.endedOn : "", "", iso(from)};
}

void arrangements(const fs::path& dir, const Shape& s) {
  CsvFile placements(dir / "placements.csv", kPlacementHeader);
  for (long j = 0; j < s.posts; ++j)
    if (hasPlacement(s, j)) {
      const ContractFacts c = contractFacts(s, j);
      const PlacementFacts p = placementFacts(c, j);
      placements.row(placementRow(s, j, p.status, p.start));
    }
  CsvFile managers(dir / "single_manager_contracts.csv",
                   {"ref", "route", "contract", "post", "employer", "other_partner", "host_partner", "agreement",
                    "placement", "annual_fee", "time_split", "employer_budget", "other_partner_budget",
                    "other_partner_may_end", "end_notice_months", "end_conditions", "start_date", "end_date",
                    "status", "valid_from"});
  CsvFile joint(dir / "joint_posts.csv",
                {"ref", "post", "agreement", "council_partner", "nhs_partner", "council_role",
                 "council_statutory_role", "nhs_role", "nhs_statutory_role", "holder_contract", "lead_employer",
                 "cost_share", "council_approved_by", "council_approved_on", "nhs_approved_by", "nhs_approved_on",
                 "council_accountable_to", "nhs_accountable_to", "statutory_checks", "statutory_checks_on",
                 "start_date", "end_date", "status", "valid_from"});
  const date start(2013, 4, 1);
  for (long i = 0; i < s.posts; ++i) {
    const PostFacts p = postFacts(s, i);
    if (p.kind == "single_manager") {
      // Route 2 seconds the manager by the contract's placement (there is one when i % 5 != 4).
      const bool route2 = (i / 200) % 2 == 1 && hasPlacement(s, i) &&
                          placementFacts(contractFacts(s, i), i).status == "active";
      managers.row({key("SM", i), route2 ? "secondment" : "employ_and_subcontract", key("C", i), key("P", i),
                    p.employer(), p.other(), p.employer(), agreementRef(p.pair), route2 ? key("PL", i) : "",
                    route2 ? "" : pounds(3000000 + i % 1000 * 100), p.employer() + ":50;" + p.other() + ":50",
                    "4200000.00", "3650000.00", "true", "3", "", iso(start), "", "active", iso(start)});
    }
    if (p.kind == "joint" && p.status != "proposed") {
      joint.row({key("JP", i), key("P", i), agreementRef(p.pair), council(p.pair), nhs(p.pair),
                 "Director " + std::to_string(i), "none", "Director of Commissioning " + std::to_string(i), "none",
                 key("C", i), p.employer(), council(p.pair) + ":50;" + nhs(p.pair) + ":50", "Cabinet",
                 "2013-03-01", "Board", "2013-03-10", "Chief Executive", "Accountable Officer", "Enhanced DBS check",
                 "2013-03-20", iso(start), "", "active", iso(start)});
    }
  }
}

const std::vector<std::string> kRechargeHeader = {
    "ref", "payer", "payee", "covers_kind", "covers_ref", "description", "basis", "cost_contract", "annual_cost",
    "fixed_annual", "fixed_total", "phasing", "share", "on_costs", "on_cost_rate", "pension_rate", "levy_rate",
    "part_period", "frequency", "vat", "vat_confirmed", "netting_allowed", "start_date", "end_date", "valid_from"};

// Recharge agreement r: mostly the actual cost of a placed contract (payer:
// the receiving partner), else a post's annual cost, a fixed fee a year or a
// fixed total phased over three years.
std::vector<std::string> rechargeRow(const Shape& s, long r) {
  static const char* parts[] = {"calendar_day", "monthly", "working_day"};
  static const char* freqs[] = {"monthly", "quarterly", "annual"};
  static const char* vats[] = {"outside_scope", "standard", "exempt"};
  // Placed contracts are those with j % 5 != 4: the r-th of them.
  const long j = (r / 4) * 5 + r % 4;
  const ContractFacts c = contractFacts(s, j);
  const PostFacts post = postFacts(s, j);
  std::vector<std::string> row(kRechargeHeader.size());
  row[0] = key("RA", r);
  row[1] = post.other();
  row[2] = c.employer;
  row[17] = parts[r % 3];
  row[18] = freqs[(r / 3) % 3];
  row[19] = vats[(r / 9) % 3];
  row[20] = "true";
  row[21] = r % 5 == 0 ? "false" : "true";
  date start(2013, 4, 1);
  const long kind = r % 10;
  if (kind < 6 && hasPlacement(s, j) && placementFacts(c, j).status == "active") {
    const PlacementFacts p = placementFacts(c, j);
    start = p.start;
    row[3] = "placement";
    row[4] = key("PL", j);
    row[5] = "Placement of " + key("C", j);
    row[6] = "actual_cost";
    row[7] = key("C", j);
    row[12] = p.share.empty() ? "50" : p.share;
    row[13] = kind % 3 == 0 ? "itemised" : (kind % 3 == 1 ? "flat" : "none");
    if (row[13] == "itemised") row[15] = "14";
    if (row[13] == "flat") row[14] = "28";
  } else if (kind < 8) {
    row[3] = "post";
    row[4] = key("P", j);
    row[5] = "Share of post " + key("P", j);
    row[6] = "actual_cost";
    row[8] = pounds(c.salaryPence);
    row[12] = "40";
    row[13] = "flat";
    row[14] = "25";
  } else if (kind == 8) {
    row[3] = "contract";
    row[4] = key("C", j);
    row[5] = "Fee for " + key("C", j);
    row[6] = "fixed_annual";
    row[9] = pounds(1200000 + r % 500 * 100);
    row[12] = "100";
    row[13] = "none";
  } else {
    row[3] = "other";
    row[5] = "Joint project " + std::to_string(r);
    row[6] = "fixed_total";
    row[10] = "90000.00";
    row[11] = "2014/15:30000.00;2015/16:30000.00;2016/17:30000.00";
    row[12] = "100";
    row[13] = "none";
    start = date(2014, 4, 1);
    row[23] = "2017-03-31";
  }
  row[22] = iso(start);
  row[24] = iso(start);
  return row;
}

void recharges(const fs::path& dir, const Shape& s) {
  CsvFile out(dir / "recharge_agreements.csv", kRechargeHeader);
  for (long r = 0; r < s.posts * 6 / 10; ++r) out.row(rechargeRow(s, r));
}

void forum(const fs::path& dir, const Shape& s) {
  CsvFile meetings(dir / "meetings.csv", {"ref", "meeting_date", "title", "status", "chair", "management_members",
                                           "union_members", "notes", "valid_from"});
  CsvFile items(dir / "meeting_items.csv",
                {"ref", "meeting", "subject", "post", "placement", "joint_post", "single_manager_contract",
                 "decision", "outcome", "outcome_notes", "action", "action_owner", "action_due", "action_done_on",
                 "valid_from"});
  const long months = 12 * 13;  // April 2014 to March 2027
  const long perMeeting = std::max(1L, s.posts / 50 / months);
  for (long m = 0; m < months; ++m) {
    const date day = date(2014, 4, 10) + boost::gregorian::months(m);
    const bool held = day < date(2026, 12, 1);
    const std::string ref = "JSF-" + std::to_string(1000 + m);
    meetings.row({ref, iso(day), "Joint Staff Forum " + iso(day), held ? "held" : "planned", "Head of HR",
                  held ? "Head of HR; Director" : "", held ? "UNISON; Unite" : "", "", iso(day - days(20))});
    for (long k = 0; k < perMeeting; ++k) {
      const long i = (m * perMeeting + k) * 7 % s.posts;
      const bool aboutPlacement = k % 2 == 1 && hasPlacement(s, i);
      items.row({ref + "-" + std::to_string(k + 1), ref, "Item " + std::to_string(k + 1),
                 aboutPlacement ? "" : key("P", i), aboutPlacement ? key("PL", i) : "", "", "", "",
                 held ? "noted" : "", "", k % 3 == 0 ? "Report back" : "", k % 3 == 0 ? "Head of HR" : "",
                 k % 3 == 0 ? iso(day + days(60)) : "", k % 6 == 0 && held ? iso(day + days(50)) : "",
                 iso(day - days(20))});
    }
  }
}

// Later versions: every 10th current contract gets a pay rise, every 20th
// post a new grade, every 10th active placement passes its review date.
void laterVersions(const fs::path& dir, const Shape& s) {
  CsvFile contracts(dir / "contracts.csv", kContractHeader);
  for (long j = 0; j < s.posts; j += 10) {
    const ContractFacts c = contractFacts(s, j);
    if (c.start < kLaterFrom) contracts.row(contractRow(s, j, c.salaryPence + c.salaryPence / 40, kLaterFrom));
  }
  CsvFile posts(dir / "posts.csv", kPostHeader);
  for (long i = 0; i < s.posts; i += 20) posts.row(postRow(s, i, "NJC PO5", kLaterFrom));
  CsvFile placements(dir / "placements.csv", kPlacementHeader);
  for (long j = 0; j < s.posts; j += 10)
    if (hasPlacement(s, j)) {
      const PlacementFacts p = placementFacts(contractFacts(s, j), j);
      if (p.status == "active") placements.row(placementRow(s, j, "review_due", std::max(p.start, kLaterFrom)));
    }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_register POSTS FOLDER\n";
    return 2;
  }
  const Shape shape(std::stol(argv[1]));
  const fs::path base = fs::path(argv[2]) / "base", later = fs::path(argv[2]) / "later";
  fs::remove_all(argv[2]);
  fs::create_directories(base);
  fs::create_directories(later);
  partnersAndAgreements(base, shape);
  postsPeopleContracts(base, shape);
  arrangements(base, shape);
  recharges(base, shape);
  forum(base, shape);
  laterVersions(later, shape);
  std::cout << "wrote " << shape.posts << " posts, " << shape.people << " people and contracts, "
            << shape.pairs * 2 << " partners into " << argv[2] << "\n";
  return 0;
}
