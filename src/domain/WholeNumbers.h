// The range of a whole number (FieldType::Integer): held in 32 bits by the
// register. validateValues refuses a value outside it, and parseWholeNumber
// (Describe.h) refuses text too long to hold at all in the same words.
#pragma once

namespace s113 {

constexpr long long kMaxWholeNumber = 2147483647, kMinWholeNumber = -2147483647 - 1;

}  // namespace s113
