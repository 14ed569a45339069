#include "recharge/ExactPence.h"

#include <limits>
#include <stdexcept>

namespace s113 {
namespace detail {

ExactPence::ExactPence(Whole numerator, Whole denominator)
    : numerator_(std::move(numerator)), denominator_(std::move(denominator)) {
  if (denominator_ <= 0) throw std::invalid_argument("an exact amount needs a positive denominator");
}

ExactPence& ExactPence::operator+=(const ExactPence& other) {
  if (other.denominator_ == denominator_) {
    numerator_ += other.numerator_;
  } else if (isZero()) {
    *this = other;
  } else if (!other.isZero()) {
    const Whole common = boost::multiprecision::lcm(denominator_, other.denominator_);
    numerator_ = numerator_ * (common / denominator_) + other.numerator_ * (common / other.denominator_);
    denominator_ = common;
  }
  return *this;
}

ExactPence ExactPence::scaled(std::int64_t numerator, std::int64_t denominator) const {
  return ExactPence(numerator_ * numerator, denominator_ * denominator);
}

Pence ExactPence::rounded() const {
  const bool negative = numerator_ < 0;
  const Whole magnitude = negative ? Whole(-numerator_) : numerator_;
  Whole quotient = magnitude / denominator_;
  if ((magnitude % denominator_) * 2 >= denominator_) quotient += 1;
  if (quotient > std::numeric_limits<std::int64_t>::max())
    throw std::overflow_error("an amount of pence too large to hold");
  return Pence(static_cast<std::int64_t>(negative ? Whole(-quotient) : quotient));
}

}  // namespace detail
}  // namespace s113
