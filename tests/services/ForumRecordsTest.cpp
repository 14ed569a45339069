// The Joint Staff Forum's records: meetings with both sides, items about at
// most one record or recorded decision, outcomes once the meeting is held.
#include <catch2/catch.hpp>

#include <functional>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"
#include "support/TextRecords.h"

using namespace s113;

namespace {

// "field | reason" of the first refusal, or "accepted".
std::string refusal(const std::function<void()>& edit) {
  try {
    edit();
  } catch (const ValidationErrors& e) {
    return e.errors().front().field() + " | " + e.errors().front().reason();
  } catch (const ValidationError& e) {
    return e.field() + " | " + e.reason();
  }
  return "accepted";
}

Record meeting(const std::string& status) {
  return {{"meeting_date", "2016-05-12"}, {"title", "Joint Staff Forum, May 2016"}, {"status", status}};
}

}  // namespace

TEST_CASE("the sample register holds the forum's meetings and items", "[services][forum]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  CHECK(VersionStore(t.reg(), meetingDef()).countLive() == 3);
  auto item = VersionStore(t.reg(), meetingItemDef()).latest("JSF-2014-06-1");
  REQUIRE(item.has_value());
  CHECK(test::text(meetingItemDef(), item->fields, "decision") == "D-BN-036-1");
  CHECK(test::text(meetingItemDef(), item->fields, "outcome") == "noted");
}

TEST_CASE("a held meeting names both sides; an item is about one thing at most", "[services][forum]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  RecordService service(t.reg());
  const Date on(2016, 5, 12);
  CHECK(refusal([&] {
          service.save(test::textEdit(meetingDef(), "JSF-2016-05", meeting("held"), 0, on));
        }) == "management_members | a held meeting records who attended for management");
  auto held = meeting("held");
  held["management_members"] = "Head of HR (Council)";
  CHECK(refusal([&] { service.save(test::textEdit(meetingDef(), "JSF-2016-05", held, 0, on)); }) ==
        "union_members | a held meeting records who attended for the trade unions");
  CHECK(service.save(test::textEdit(meetingDef(), "JSF-2016-05", meeting("planned"), 0, on)) == 1);

  Record item{{"meeting", "JSF-2016-05"}, {"subject", "Two things at once"}, {"post", "BN-001"},
              {"placement", "PL-001"}};
  CHECK(refusal([&] {
          service.save(test::textEdit(meetingItemDef(), "JSF-2016-05-1", item, 0, on));
        }).rfind("post | an item is about at most one record or decision; 2 given", 0) == 0);
  item.erase("placement");
  item["action"] = "Report back";
  CHECK(refusal([&] {
          service.save(test::textEdit(meetingItemDef(), "JSF-2016-05-1", item, 0, on));
        }) == "action_owner | an action needs an owner");
  item["action_owner"] = "Head of HR (CCG)";
  CHECK(service.save(test::textEdit(meetingItemDef(), "JSF-2016-05-1", item, 0, on)) == 1);
}

TEST_CASE("an item names a recorded decision, and gets its outcome once the meeting is held",
          "[services][forum]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  RecordService service(t.reg());
  const Date on(2016, 3, 10);
  Record item{{"meeting", "JSF-2016-03"}, {"subject", "The dementia post"}, {"decision", "D-BN-999-1"}};
  CHECK(refusal([&] {
          service.save(test::textEdit(meetingItemDef(), "JSF-2016-03-2", item, 0, on));
        }) == "decision | there is no recorded decision 'D-BN-999-1'");
  item["decision"] = "D-BN-037-1";
  item["outcome"] = "agreed";
  CHECK(refusal([&] {
          service.save(test::textEdit(meetingItemDef(), "JSF-2016-03-2", item, 0, on));
        }) ==
        "outcome | meeting JSF-2016-03 is planned: outcomes are recorded once the meeting has been "
        "held");
  CHECK_FALSE(VersionStore(t.reg(), meetingItemDef()).latest("JSF-2016-03-2").has_value());

  // The meeting is held: the outcome is recorded.
  auto meetingNow = VersionStore(t.reg(), meetingDef()).latest("JSF-2016-03");
  Record held = test::text(meetingDef(), meetingNow->fields);
  held["status"] = "held";
  held["management_members"] = "Head of HR (Council)";
  held["union_members"] = "UNISON branch secretary";
  service.save(test::textEdit(meetingDef(), "JSF-2016-03", held, meetingNow->version, on));
  CHECK(service.save(test::textEdit(meetingItemDef(), "JSF-2016-03-2", item, 0, on)) == 1);

  // A meeting with items cannot be deleted.
  auto latest = VersionStore(t.reg(), meetingDef()).latest("JSF-2016-03");
  CHECK_THROWS_WITH(service.remove(meetingDef(), "JSF-2016-03", latest->version, on),
                    Catch::Contains("meeting_item JSF-2016-03-1"));
}
