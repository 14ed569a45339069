// The post, the agreement and the forum's records as types
// (domain/entities/): each EntityDef is its description, and a record in
// exchange form converts to the type and back byte for byte (the sample
// register's own records).
#include <catch2/catch.hpp>

#include <boost/optional/optional_io.hpp>  // Catch prints the optionals it compares

#include "domain/Catalog.h"
#include "domain/entities/Agreement.h"
#include "domain/entities/Meeting.h"
#include "domain/entities/MeetingItem.h"
#include "domain/entities/Post.h"
#include "support/EntityText.h"

using namespace s113;
using test::entityFromText;
using test::entityText;

namespace {

Record dassPost() {
  return {{"title", "Strategic Director People and Communities (DASS)"},
          {"grade", "JNC Director"},
          {"fte", "1"},
          {"employer", "BNES"},
          {"host", "BNES"},
          {"kind", "joint"},
          {"statutory_role", "DASS"},
          {"registration", "none"},
          {"designated_employer", "BNES"},
          {"functional_split", "BNES:60;BCCG:40"},
          {"line_manager", ""},
          {"status", "filled"},
          {"agreement", "BNES-S113-2013"}};
}

Record actionItem() {
  return {{"meeting", "JSF-2013-04"},  {"subject", "S113 placements of CCG commissioning staff"},
          {"post", ""},                {"placement", "PL-001"},
          {"joint_post", ""},          {"single_manager_contract", ""},
          {"decision", ""},            {"outcome", ""},
          {"outcome_notes", ""},       {"action", "Review each placement six months after it starts"},
          {"action_owner", "Head of HR (Council)"}, {"action_due", "2013-10-01"},
          {"action_done_on", ""}};
}

}  // namespace

TEST_CASE("a post's split is read once, as shares in basis points, and written back the same", "[domain][describe]") {
  const Post post = entityFromText<Post>(postDef(), "BN-001", dassPost(), "post BN-001");
  CHECK(post.fte == kFullTime);
  CHECK(post.kind == PostKind::Joint);
  CHECK(post.statutoryRole == StatutoryRole::DASS);
  CHECK(post.status == PostStatus::Filled);
  REQUIRE(post.functionalSplit.size() == 2);
  CHECK(post.functionalSplit[1].partner == "BCCG");
  CHECK(post.functionalSplit[1].share == BasisPoints(4000));
  CHECK(post.lineManager.empty());
  CHECK(entityText(postDef(), post) == dassPost());

  Record unsplit = dassPost();
  unsplit["functional_split"] = "";
  CHECK(entityFromText<Post>(postDef(), "BN-001", unsplit, "post BN-001").functionalSplit.empty());
  CHECK_FALSE(postDef().field("functional_split")->required);
  CHECK(postDef().field("functional_split")->type == FieldType::Split);
  CHECK(postDef().field("kind")->allowed == std::vector<std::string>{"single", "s113", "joint", "single_manager"});
}

TEST_CASE("an agreement's notice and protocol version are required whole numbers", "[domain][describe]") {
  CHECK(agreementDef().field("notice_months")->type == FieldType::Integer);
  CHECK(agreementDef().field("notice_months")->required);
  Record stored{{"title", "B&NES Joint Working Framework"},
                {"party_a", "BNES"},
                {"party_b", "BCCG"},
                {"legal_basis", "Local Government Act 1972 s113"},
                {"in_force_from", "2013-04-01"},
                {"in_force_to", ""},
                {"next_review", "2014-04-01"},
                {"notice_months", "6"},
                {"protocol_version", "1"},
                {"party_a_approved_by", "B&NES Council Cabinet"},
                {"party_a_approved_on", "2013-03-13"},
                {"party_b_approved_by", ""},
                {"party_b_approved_on", ""}};
  const Agreement a = entityFromText<Agreement>(agreementDef(), "BNES-S113-2013", stored, "agreement BNES-S113-2013");
  CHECK(a.noticeMonths == 6);
  CHECK(a.partyA.value == "BNES");
  CHECK_FALSE(a.inForceTo);
  CHECK(entityText(agreementDef(), a) == stored);
  stored["notice_months"] = "";
  CHECK_THROWS_AS(entityFromText<Agreement>(agreementDef(), "BNES-S113-2013", stored, "agreement BNES-S113-2013"),
                  ValidationError);
}

TEST_CASE("a meeting item's outcome is an optional closed list", "[domain][describe]") {
  CHECK_FALSE(meetingItemDef().field("outcome")->required);
  CHECK(meetingItemDef().field("outcome")->allowed ==
        std::vector<std::string>{"noted", "agreed", "agreed_with_changes", "not_agreed", "deferred", "referred"});
  CHECK(meetingDef().field("status")->required);
  MeetingItem item =
      entityFromText<MeetingItem>(meetingItemDef(), "JSF-2013-04-2", actionItem(), "meeting_item JSF-2013-04-2");
  CHECK_FALSE(item.outcome.has_value());
  CHECK(item.actionDue == OptionalDate(Date(2013, 10, 1)));
  CHECK(entityText(meetingItemDef(), item) == actionItem());

  Record decided = actionItem();
  decided["outcome"] = "agreed_with_changes";
  item = entityFromText<MeetingItem>(meetingItemDef(), "JSF-2013-04-2", decided, "meeting_item JSF-2013-04-2");
  CHECK((item.outcome == ItemOutcome::AgreedWithChanges));
  decided["outcome"] = "approved";
  CHECK(test::refusalOf<MeetingItem>(meetingItemDef(), "JSF-2013-04-2", decided, "meeting_item JSF-2013-04-2") ==
        "meeting_item JSF-2013-04-2: outcome");
}
