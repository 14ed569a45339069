// The register's integer quantities (pence, basis points, FTE units) as types
// of their own, so a share cannot be added to an amount or passed where pence
// are wanted. Construction from an integer is explicit, .value() reads the
// integer back; nothing converts implicitly, to an integer or to another
// quantity. Only the arithmetic that keeps the unit is here: a quantity plus
// or minus one of its kind, and scaling by a plain count. A quantity times a
// quantity (money times money) has no meaning and does not compile; a share
// of an amount is applyShare (domain/Money.h), rounded half-up.
#pragma once
#include <ostream>

namespace s113 {

template <typename Derived, typename Rep>
class Quantity {
 public:
  using Value = Rep;
  constexpr Quantity() = default;
  constexpr explicit Quantity(Rep value) : value_(value) {}
  constexpr Rep value() const { return value_; }

  constexpr Derived& operator+=(Derived other) {
    value_ += other.value();
    return self();
  }
  constexpr Derived& operator-=(Derived other) {
    value_ -= other.value();
    return self();
  }
  friend constexpr Derived operator+(Derived a, Derived b) { return a += b; }
  friend constexpr Derived operator-(Derived a, Derived b) { return a -= b; }
  friend constexpr Derived operator-(Derived a) { return Derived(static_cast<Rep>(-a.value())); }
  // Scaling by a count (twelve months, five working days); the count is a
  // plain integer, never another quantity.
  friend constexpr Derived operator*(Derived a, Rep count) { return Derived(static_cast<Rep>(a.value() * count)); }
  friend constexpr Derived operator*(Rep count, Derived a) { return a * count; }
  friend constexpr Derived abs(Derived a) { return a.value() < 0 ? -a : a; }

  friend constexpr bool operator==(Derived a, Derived b) { return a.value() == b.value(); }
  friend constexpr bool operator!=(Derived a, Derived b) { return a.value() != b.value(); }
  friend constexpr bool operator<(Derived a, Derived b) { return a.value() < b.value(); }
  friend constexpr bool operator<=(Derived a, Derived b) { return a.value() <= b.value(); }
  friend constexpr bool operator>(Derived a, Derived b) { return a.value() > b.value(); }
  friend constexpr bool operator>=(Derived a, Derived b) { return a.value() >= b.value(); }
  // The raw integer: what a failed test prints.
  friend std::ostream& operator<<(std::ostream& out, Derived a) { return out << a.value(); }

 private:
  constexpr Derived& self() { return static_cast<Derived&>(*this); }
  Rep value_ = 0;
};

}  // namespace s113
