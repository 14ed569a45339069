#include "services/HeavyReads.h"

#include "storage/JitOff.h"

namespace s113 {

HeavyReads::HeavyReads(Register& reg) : jitOff_(std::make_unique<JitOff>(reg)) {}

HeavyReads::~HeavyReads() = default;

}  // namespace s113
