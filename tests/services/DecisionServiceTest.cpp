// Employer decisions on the sample register: the register gives the facts,
// the protocol decides, a recorded decision (and an override with its reason)
// is kept append-only and audited; a rerun changes nothing.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "protocol/DecisionText.h"
#include "protocol/ProtocolEdits.h"
#include "services/DecisionService.h"
#include "services/Demo.h"
#include "services/ProtocolService.h"
#include "services/RecordService.h"
#include "storage/AuditStore.h"
#include "storage/DecisionStore.h"
#include "storage/ProtocolStore.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"
#include "storage/Session.h"

using namespace s113;
using nlohmann::json;

namespace {

DecisionRequest request(const std::string& post, ProposalKind kind = ProposalKind::NewPost) {
  DecisionRequest r;
  r.postRef = post;
  r.kind = kind;
  r.on = Date(2026, 11, 24);
  return r;
}

std::optional<std::string> employerOf(Register& reg, const DecisionRequest& r) {
  return decidePost(reg, r).decision.employer;
}

int decidingPosition(Register& reg, const DecisionRequest& r) {
  auto d = decidePost(reg, r).decision;
  REQUIRE(d.decidingRule.has_value());
  return d.decidingRule->position;
}

std::size_t rowCount(Register& reg, const std::string& table) {
  long long n = 0;
  sessionOf(reg) << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return static_cast<std::size_t>(n);
}

// Every table a decision or rerun could touch, with its row count.
std::map<std::string, std::size_t> counts(Register& reg) {
  std::map<std::string, std::size_t> out;
  for (const char* table :
       {"posts_versions", "contracts_versions", "agreements_versions", "partners_versions",
        "decisions", "protocol_versions", "protocol_rules", "audit_log"})
    out[table] = rowCount(reg, table);
  return out;
}

const std::optional<std::string> kBnes{"BNES"}, kBccg{"BCCG"}, kSmbc{"SMBC"};

}  // namespace

TEST_CASE("the sample register gives the expected employers", "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  Register& reg = t.reg();

  SECTION("a DASS joint post: the council (statutory office)") {
    CHECK(employerOf(reg, request("BN-001")) == kBnes);
    CHECK(decidingPosition(reg, request("BN-001")) == 1);
    CHECK(employerOf(reg, request("SK-001")) == kSmbc);
    CHECK(decidingPosition(reg, request("SK-001")) == 1);
  }
  SECTION("posts reserved to the CCG: the CCG") {
    CHECK(employerOf(reg, request("BN-002")) == kBccg);  // also the NHS accountable officer
    CHECK(employerOf(reg, request("BN-005")) == kBccg);
    CHECK(decidingPosition(reg, request("BN-005")) == 2);
  }
  SECTION("a 60/40 council/NHS split: the council (majority of functions)") {
    CHECK(employerOf(reg, request("BN-007")) == kBnes);
    CHECK(decidingPosition(reg, request("BN-007")) == 5);
  }
  SECTION("a 50/50 split with no other fact: referred to the joint HR group") {
    auto d = decidePost(reg, request("BN-037")).decision;
    CHECK_FALSE(d.employer.has_value());
    CHECK(d.decidingRule->kind == RuleKind::Unresolved);
  }
  SECTION("a like-for-like replacement of an NHS-employed holder: the NHS body") {
    // BN-036: the council holds 60% of the functions, the holder is CCG-employed.
    CHECK(employerOf(reg, request("BN-036")) == kBnes);
    CHECK(employerOf(reg, request("BN-036", ProposalKind::Replacement)) == kBccg);
    CHECK(decidingPosition(reg, request("BN-036", ProposalKind::Replacement)) == 4);
    // A reorganisation keeps the employer of the staff in post.
    CHECK(employerOf(reg, request("BN-036", ProposalKind::Reorganisation)) == kBccg);
    CHECK(decidingPosition(reg, request("BN-036", ProposalKind::Reorganisation)) == 3);
    // When a reorganisation decision says otherwise, the split decides.
    DecisionRequest r = request("BN-036", ProposalKind::Replacement);
    r.reorganisationDecisionOverrides = true;
    CHECK(employerOf(reg, r) == kBnes);
  }
  SECTION("a vacant post's replacement keeps the employer of the contract that ended last") {
    // BN-022 is vacant: with no outgoing holder the replacement rule cannot apply.
    auto before = decidePost(reg, request("BN-022", ProposalKind::Replacement));
    CHECK_FALSE(before.decision.employer.has_value());
    CHECK_FALSE(before.facts.proposal.outgoingHolderEmployer.has_value());
    RecordService service(reg);
    service.save(
        test::textEdit(personDef(), "P-9001", {{"name", "Former holder"}}, 0, Date(2013, 4, 1)));
    service.save(
        test::textEdit(personDef(), "P-9002", {{"name", "Earlier holder"}}, 0, Date(2010, 4, 1)));
    service.save(test::textEdit(contractDef(), "C-9002",
                                {{"person", "P-9002"},
                                 {"employer", "BNES"},
                                 {"post", "BN-022"},
                                 {"fte", "1"},
                                 {"annual_salary", "25000.00"},
                                 {"pay_framework", "NJC"},
                                 {"pension_scheme", "LGPS"},
                                 {"start_date", "2010-04-01"},
                                 {"end_date", "2013-03-31"}},
                                0, Date(2010, 4, 1)));
    service.save(test::textEdit(contractDef(), "C-9001",
                                {{"person", "P-9001"},
                                 {"employer", "BCCG"},
                                 {"post", "BN-022"},
                                 {"fte", "1"},
                                 {"annual_salary", "26000.00"},
                                 {"pay_framework", "AfC"},
                                 {"pension_scheme", "NHSPS"},
                                 {"start_date", "2013-04-01"},
                                 {"end_date", "2025-09-30"}},
                                0, Date(2013, 4, 1)));
    auto after = decidePost(reg, request("BN-022", ProposalKind::Replacement));
    CHECK(after.decision.employer == kBccg);
    CHECK(after.facts.outgoingHolderContract == std::optional<std::string>("C-9001"));
    // On a day before C-9001 ended, its holder is the current (outgoing) holder.
    DecisionRequest earlier = request("BN-022", ProposalKind::Replacement);
    earlier.on = Date(2020, 1, 1);
    auto current = decidePost(reg, earlier);
    CHECK(current.facts.currentHolderContracts == std::vector<std::string>{"C-9001"});
    CHECK(current.decision.employer == kBccg);
  }
  SECTION("the expected appointee pool reaches the pension protection rule") {
    // BN-031: 50/50, no registration -> with an NHS pension pool, the NHS body employs.
    DecisionRequest r = request("BN-031");
    CHECK_FALSE(employerOf(reg, r).has_value());
    r.expectedAppointeePool = PensionScheme::NHSPS;
    CHECK(employerOf(reg, r) == kBccg);
    CHECK(decidingPosition(reg, r) == 7);
  }
}

TEST_CASE("the decision text names the rule, its source and the facts", "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto decided = decidePost(t.reg(), request("BN-007"));
  const std::string text = renderDecisionRecordText(decided, nullptr);
  CHECK_THAT(text, Catch::Contains("Employer decision for post BN-007"));
  CHECK_THAT(text,
             Catch::Contains("Outcome: Bath and North East Somerset Council (BNES) employs."));
  CHECK_THAT(text, Catch::Contains("Decided by rule 5, Majority of functions"));
  CHECK_THAT(text, Catch::Contains(
                       "Source: B&NES Joint Working Framework 2013, guidelines for new posts"));
  CHECK_THAT(text, Catch::Contains("Facts used:"));
  CHECK_THAT(text, Catch::Contains("BNES"));
  CHECK_THAT(text, Catch::Contains("60%"));
  CHECK_THAT(text, Catch::Contains("1. Statutory office [not applicable]"));
  CHECK_THAT(text, Catch::Contains("6. Professional fit [not reached]"));
  CHECK_THAT(text, Catch::Contains("The officer has not yet been consulted"));
}

TEST_CASE("the decision JSON carries the outcome, the trace and the inputs",
          "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  DecisionRequest r = request("BN-036", ProposalKind::Replacement);
  r.officerConsulted = true;
  json j = decisionRecordJson(decidePost(t.reg(), r), nullptr);
  CHECK(j["post_ref"] == "BN-036");
  CHECK(j["proposal_kind"] == "replacement");
  CHECK(j["protocol_version"] == 1);
  CHECK(j["outcome"]["employer"] == "BCCG");
  CHECK(j["outcome"]["refer_to_joint_hr_group"] == false);
  CHECK(j["deciding_rule"]["kind"] == "replacement");
  CHECK(j["deciding_rule"]["source"] ==
        "B&NES Joint Working Framework 2013, guidelines for new posts (replacing staff)");
  REQUIRE(j["trace"].size() == 8);
  CHECK(j["trace"][3]["status"] == "decided");
  CHECK(j["trace"][4]["status"] == "not_reached");
  CHECK(j["open_conditions"].size() == 3);
  CHECK(j["inputs"]["outgoing_holder_employer"] == "BCCG");
  CHECK(j["inputs"]["outgoing_holder_contract"] == "C-0034");
  CHECK(j["inputs"]["functional_split"][0]["partner"] == "BNES");
  CHECK(j["inputs"]["functional_split"][0]["share_bp"] == 6000);
  CHECK(j["inputs"]["partners"].size() == 2);
  CHECK(j["record"].is_null());
}

TEST_CASE("a decision is recorded with who decided, when and the whole trace",
          "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  Register& reg = t.reg();
  DecisionStore store(reg);
  const std::size_t demoDecisions = store.count();
  CHECK(demoDecisions == 3);

  DecisionRequest r = request("BN-007");
  r.forumConsultedOn = Date(2026, 11, 20);
  r.officerConsulted = true;
  RecordedDecision recorded = recordDecision(reg, r);
  CHECK(recorded.row.key == "D-BN-007-1");
  CHECK(store.count() == demoDecisions + 1);
  auto row = store.find("D-BN-007-1");
  REQUIRE(row.has_value());
  CHECK(row->postRef == "BN-007");
  CHECK(row->proposalKind == ProposalKind::NewPost);
  CHECK(row->protocolVersion == 1);
  CHECK(row->outcomeEmployer == kBnes);
  CHECK(row->decidingRulePosition == std::optional<int>(5));
  CHECK(row->decidingRuleKind == RuleKind::MajorityOfFunctions);
  CHECK_FALSE(row->isOverride());
  CHECK(row->decidedBy == reg.actingUser());
  CHECK(row->decidedOn == Date(2026, 11, 24));
  CHECK(row->forumConsultedOn == std::optional<Date>(Date(2026, 11, 20)));
  json trace = json::parse(row->traceJson);
  CHECK(trace["trace"].size() == 8);
  CHECK(trace["outcome"]["employer"] == "BNES");
  json inputs = json::parse(row->inputsJson);
  CHECK(inputs["officer_consulted"] == true);
  CHECK(inputs["forum_consulted"] == true);
  auto audit =
      AuditStore(reg).list(boost::none, std::string("decision"), std::string("D-BN-007-1"));
  REQUIRE_FALSE(audit.empty());
  bool sawOutcome = false;
  for (const auto& e : audit) {
    CHECK(e.actor == reg.actingUser());
    if (e.field == "outcome_employer") sawOutcome = e.newValue == "BNES";
  }
  CHECK(sawOutcome);

  // A second decision on the same post is a new row; the first is kept.
  RecordedDecision again = recordDecision(reg, request("BN-007", ProposalKind::Reorganisation));
  CHECK(again.row.key == "D-BN-007-2");
  CHECK(store.list(std::string("BN-007")).size() == 2);
  CHECK(store.find("D-BN-007-1")->proposalKind == ProposalKind::NewPost);

  const std::string text = renderDecisionRecordText(recorded.decided, &recorded.row);
  CHECK_THAT(text, Catch::Contains("Recorded as decision D-BN-007-1: decided on 2026-11-24 by " +
                                   reg.actingUser()));
  CHECK_THAT(text, Catch::Contains("(protocol outcome)"));
  CHECK_THAT(text, !Catch::Contains("OVERRIDE"));
}

TEST_CASE("an override needs a reason and is shown as an override", "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  Register& reg = t.reg();
  DecisionStore store(reg);

  SECTION("an override without a reason is refused and nothing is written") {
    const auto before = counts(reg);
    CHECK_THROWS_WITH(recordDecision(reg, request("BN-007"), DecisionOverride{"BCCG", "  "}),
                      Catch::Contains("needs a reason"));
    CHECK_THROWS_AS(recordDecision(reg, request("BN-007"), DecisionOverride{"BCCG", ""}),
                    ValidationError);
    CHECK(counts(reg) == before);
  }
  SECTION("an override must name the other partner of the post's agreement") {
    const auto before = counts(reg);
    CHECK_THROWS_WITH(
        recordDecision(reg, request("BN-007"), DecisionOverride{"SMBC", "wrong partnership"}),
        Catch::Contains("is not one of the partners"));
    CHECK_THROWS_WITH(
        recordDecision(reg, request("BN-007"), DecisionOverride{"BNES", "same as the outcome"}),
        Catch::Contains("the protocol already chose"));
    CHECK(counts(reg) == before);
  }
  SECTION("an override with a reason is recorded and shown as an override everywhere") {
    RecordedDecision r =
        recordDecision(reg, request("BN-007"),
                       DecisionOverride{"BCCG", "The post-holder will be a CCG nurse assessor."});
    CHECK(r.row.isOverride());
    CHECK(r.row.outcomeEmployer == kBnes);
    CHECK(r.row.employer() == kBccg);
    auto stored = store.find(r.row.key);
    REQUIRE(stored.has_value());
    CHECK(stored->overrideEmployer == kBccg);
    CHECK(stored->overrideReason ==
          std::optional<std::string>("The post-holder will be a CCG nurse assessor."));
    const std::string text = renderDecisionRecordText(r.decided, &r.row);
    CHECK_THAT(text,
               Catch::StartsWith(
                   "OVERRIDE: Bath and North East Somerset Clinical Commissioning Group (BCCG) "
                   "employs, overriding the protocol's outcome (Bath and North East Somerset "
                   "Council (BNES))."));
    CHECK_THAT(text, Catch::Contains("Reason: The post-holder will be a CCG nurse assessor."));
    CHECK_THAT(text, Catch::Contains("(override)"));
    CHECK_THAT(decisionRowLine(*stored), Catch::Contains("OVERRIDE -> BCCG: The post-holder"));
    json j = decisionRowJson(*stored);
    CHECK(j["override"]["employer"] == "BCCG");
    CHECK(j["employer"] == "BCCG");
    CHECK(j["outcome_employer"] == "BNES");
    json withRecord = decisionRecordJson(r.decided, &r.row);
    CHECK(withRecord["record"]["override"]["reason"] ==
          "The post-holder will be a CCG nurse assessor.");
  }
  SECTION("the demo's override has its reason") {
    auto demo = store.list(std::string("BN-037"));
    REQUIRE(demo.size() == 1);
    CHECK(demo[0].isOverride());
    CHECK_FALSE(demo[0].outcomeEmployer.has_value());
    CHECK(demo[0].employer() == kBnes);
    CHECK_THAT(*demo[0].overrideReason, Catch::Contains("Joint HR group"));
  }
}

TEST_CASE("an unknown post or a post without an agreement is refused", "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  CHECK_THROWS_AS(decidePost(t.reg(), request("NO-SUCH")), NotFound);
  const auto before = counts(t.reg());
  CHECK_THROWS_AS(recordDecision(t.reg(), request("NO-SUCH")), NotFound);
  RecordService service(t.reg());
  auto bn = VersionStore(t.reg(), postDef()).latest("BN-032");
  Record fields = test::text(postDef(), bn->fields);
  fields["agreement"] = "";
  service.save(test::textEdit(postDef(), "NA-001", fields, 0, Date(2013, 4, 1)));
  CHECK_THROWS_WITH(decidePost(t.reg(), request("NA-001")),
                    Catch::Contains("no partnership agreement"));
  auto all = decideEveryPost(t.reg(), request(""), PostScope::Every);
  bool sawProblem = false;
  for (const auto& o : all)
    if (o.postRef == "NA-001") sawProblem = !o.decision && !o.problem.empty();
  CHECK(sawProblem);
  CHECK(DecisionStore(t.reg()).count() == 3);
  (void)before;
}

TEST_CASE("re-running a candidate protocol lists changed posts and changes no record",
          "[services][decision]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  Register& reg = t.reg();
  // A proposed 60/40 post alongside the demo's proposed BN-037.
  RecordService service(reg);
  Record fields = test::text(postDef(), VersionStore(reg, postDef()).latest("BN-037")->fields);
  fields["functional_split"] = "BNES:60;BCCG:40";
  service.save(test::textEdit(postDef(), "BN-041", fields, 0, Date(2014, 4, 1)));
  const auto before = counts(reg);
  const auto auditBefore = AuditStore(reg).list().size();

  const Protocol current = ProtocolStore(reg).load();
  const Protocol candidate = withThreshold(current, BasisPoints(6500));
  ProtocolRerun proposed = rerunProtocol(reg, current, candidate, PostScope::Proposed);
  CHECK(proposed.postsChecked == 2);
  REQUIRE(proposed.changes.size() == 1);
  CHECK(proposed.changes[0].postRef == "BN-041");
  CHECK(proposed.changes[0].oldEmployer == kBnes);
  CHECK_FALSE(proposed.changes[0].newEmployer.has_value());

  ProtocolRerun every = rerunProtocol(reg, current, candidate, PostScope::Every);
  CHECK(every.postsChecked == 42);
  std::vector<std::string> changed;
  for (const auto& c : every.changes) changed.push_back(c.postRef);
  CHECK(changed == std::vector<std::string>{"BN-007", "BN-008", "BN-013", "BN-023", "BN-024",
                                            "BN-025", "BN-036", "BN-041"});
  // decide --all as well.
  auto outcomes = decideEveryPost(reg, request(""), PostScope::Every);
  CHECK(outcomes.size() == 42);

  CHECK(counts(reg) == before);
  CHECK(AuditStore(reg).list().size() == auditBefore);
}
