#include <catch2/catch.hpp>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "services/Demo.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"
#include "support/TestRegister.h"

using namespace s113;

// Recharge agreements name what they cover by kind and reference rather than
// by foreign key; deleting a covered record must still be refused.
TEST_CASE("a record a recharge agreement covers cannot be deleted", "[services]") {
  test::TestRegister t;
  buildDemoRegister(t.reg());
  auto post = VersionStore(t.reg(), postDef()).latest("SK-001");
  REQUIRE(post.has_value());
  RecordService service(t.reg());
  CHECK_THROWS_WITH(service.remove(postDef(), "SK-001", post->version, Date(2020, 1, 1)),
                    Catch::Contains("recharge_agreement RA-SK-001"));
  CHECK(VersionStore(t.reg(), postDef()).isLive("SK-001"));
}
