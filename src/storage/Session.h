// The register's database session, for storage/ alone: every other layer
// reads and writes through a store, and a test proves nothing outside
// storage/ includes this header. (Tests that inspect or tamper with the
// database directly include it too.)
#pragma once
#include <soci/soci.h>

#include "storage/Register.h"

namespace s113 {

class StorageSession {
 public:
  static soci::session& of(Register& reg) { return reg.sql_; }
};

inline soci::session& sessionOf(Register& reg) { return StorageSession::of(reg); }

}  // namespace s113
