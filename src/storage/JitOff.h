// PostgreSQL compiles a query to machine code (JIT) when the planner's cost
// estimate is high, and a query that probes an index once per row of a big
// table (the forum pack's records in force) is estimated at millions even
// though it runs in well under a second. At 250,000 posts compiling the
// pack's placement lists took 0.8 s of their 1.7 s, and its headcount 0.3 s.
// JitOff turns it off on one connection while such queries run and puts the
// connection's own setting back afterwards; SQLite has no JIT.
#pragma once
#include <string>

#include "storage/Register.h"

namespace s113 {

class JitOff {
 public:
  explicit JitOff(Register& reg);
  ~JitOff();
  JitOff(const JitOff&) = delete;
  JitOff& operator=(const JitOff&) = delete;

 private:
  Register& reg_;
  std::string was_;  // the setting to put back; empty: nothing was changed
};

}  // namespace s113
