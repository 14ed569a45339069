// An exact amount of pence: a whole numerator over a positive denominator,
// in checked 128-bit integers, so a figure that would not fit throws
// std::overflow_error rather than rounding: exactness matters more than
// speed.
//
// Values are not reduced as they are made. The costing (LineCosting.h) gives
// a figure the same denominator in every slice of an agreement's year (pay:
// units per year x 10,000), so the slices of a stretch add up by adding
// numerators, with no common factor to find. Values over different
// denominators still add exactly, over the least common multiple.
#pragma once
#include <cstdint>

#include <boost/multiprecision/cpp_int.hpp>

#include "domain/Money.h"

namespace s113 {
namespace detail {

class ExactPence {
 public:
  using Whole = boost::multiprecision::checked_int128_t;

  ExactPence() = default;
  // Throws std::invalid_argument unless denominator > 0.
  ExactPence(Whole numerator, Whole denominator);

  ExactPence& operator+=(const ExactPence& other);
  // This x numerator / denominator, exactly (denominator > 0).
  ExactPence scaled(std::int64_t numerator, std::int64_t denominator) const;

  bool isZero() const { return numerator_ == 0; }
  // Rounded half-up to the penny (half away from zero for negative values,
  // as mulDivRoundHalfUp does).
  Pence rounded() const;

 private:
  Whole numerator_ = 0;
  Whole denominator_ = 1;
};

}  // namespace detail
}  // namespace s113
