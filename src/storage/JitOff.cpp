#include "storage/JitOff.h"

#include <soci/soci.h>
#include "storage/Session.h"

namespace s113 {

JitOff::JitOff(Register& reg) : reg_(reg) {
  if (reg.backend() != Backend::PostgreSQL) return;
  // current_setting(..., true) is NULL on a server without the setting,
  // where asking to change it would fail (and abort the transaction).
  soci::indicator known = soci::i_null;
  std::string value;
  sessionOf(reg) << "SELECT current_setting('jit', true)", soci::into(value, known);
  if (known != soci::i_ok || value == "off") return;
  sessionOf(reg) << "SET jit = off";
  was_ = value;
}

JitOff::~JitOff() {
  if (was_.empty()) return;
  try {
    std::string now;
    sessionOf(reg_) << "SELECT set_config('jit', :was, false)", soci::use(was_), soci::into(now);
  } catch (...) {
    // A transaction already failed: its rollback undoes the SET anyway.
  }
}

}  // namespace s113
