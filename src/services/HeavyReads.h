// A report whose queries probe an index once per row of a big table (the
// forum pack) holds one of these while they run: PostgreSQL then plans them
// without compiling to machine code, which costs more than the queries
// themselves (the measurements are in storage/JitOff.h). SQLite is not
// affected.
#pragma once
#include <memory>

#include "storage/Register.h"

namespace s113 {

class JitOff;

class HeavyReads {
 public:
  explicit HeavyReads(Register& reg);
  ~HeavyReads();
  HeavyReads(const HeavyReads&) = delete;
  HeavyReads& operator=(const HeavyReads&) = delete;

 private:
  std::unique_ptr<JitOff> jitOff_;
};

}  // namespace s113
