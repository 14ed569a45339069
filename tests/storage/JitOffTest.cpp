// JitOff: PostgreSQL's JIT is off while the guard lives and the connection's
// own setting is back afterwards; on SQLite it does nothing.
#include <catch2/catch.hpp>

#include "storage/JitOff.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;

namespace {

std::string jitSetting(Register& reg) {
  std::string value;
  sessionOf(reg) << "SHOW jit", soci::into(value);
  return value;
}

}  // namespace

TEST_CASE("JitOff turns PostgreSQL's JIT off while it lives and puts the setting back", "[storage]") {
  test::TestRegister t;
  if (!t.isPostgres()) {
    const JitOff noJit(t.reg());  // nothing to change, and nothing fails
    SUCCEED("SQLite has no JIT");
    return;
  }
  for (const std::string setting : {"on", "off"}) {
    sessionOf(*t) << "SET jit = " + setting;
    {
      const JitOff noJit(t.reg());
      CHECK(jitSetting(t.reg()) == "off");
    }
    CHECK(jitSetting(t.reg()) == setting);
  }
}
