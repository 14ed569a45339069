// Pence, basis points and FTE units are distinct types. None converts
// implicitly into another or from or to a plain integer, and only arithmetic
// that keeps the unit compiles: these are checked when this file compiles.
#include <catch2/catch.hpp>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "domain/Money.h"

using namespace s113;

// Not from each other, implicitly or explicitly.
static_assert(!std::is_convertible<Pence, BasisPoints>::value, "pence are not a share");
static_assert(!std::is_convertible<BasisPoints, Pence>::value, "a share is not pence");
static_assert(!std::is_convertible<FteUnits, BasisPoints>::value, "FTE is not a share");
static_assert(!std::is_convertible<BasisPoints, FteUnits>::value, "a share is not FTE");
static_assert(!std::is_convertible<Pence, FteUnits>::value, "pence are not FTE");
static_assert(!std::is_convertible<FteUnits, Pence>::value, "FTE is not pence");
static_assert(!std::is_constructible<Pence, BasisPoints>::value, "not even explicitly");
static_assert(!std::is_constructible<BasisPoints, Pence>::value, "not even explicitly");
static_assert(!std::is_constructible<FteUnits, BasisPoints>::value, "not even explicitly");
static_assert(!std::is_constructible<BasisPoints, FteUnits>::value, "not even explicitly");
static_assert(!std::is_constructible<Pence, FteUnits>::value, "not even explicitly");
static_assert(!std::is_constructible<FteUnits, Pence>::value, "not even explicitly");

// Not from or to a plain integer without saying so.
static_assert(!std::is_convertible<std::int64_t, Pence>::value, "an integer needs Pence(...)");
static_assert(!std::is_convertible<int, Pence>::value, "an integer needs Pence(...)");
static_assert(!std::is_convertible<std::int32_t, BasisPoints>::value, "an integer needs BasisPoints(...)");
static_assert(!std::is_convertible<std::int64_t, BasisPoints>::value, "an integer needs BasisPoints(...)");
static_assert(!std::is_convertible<std::int32_t, FteUnits>::value, "an integer needs FteUnits(...)");
static_assert(!std::is_convertible<Pence, std::int64_t>::value, "read pence with .value()");
static_assert(!std::is_convertible<BasisPoints, std::int32_t>::value, "read a share with .value()");
static_assert(!std::is_convertible<FteUnits, std::int32_t>::value, "read FTE with .value()");
static_assert(!std::is_convertible<Pence, bool>::value, "no truth value either");
static_assert(std::is_constructible<Pence, std::int64_t>::value, "explicit construction works");
static_assert(std::is_constructible<BasisPoints, std::int32_t>::value, "explicit construction works");
static_assert(std::is_constructible<FteUnits, std::int32_t>::value, "explicit construction works");

// Which expressions compile.
template <typename A, typename B, typename = void>
struct CanAdd : std::false_type {};
template <typename A, typename B>
struct CanAdd<A, B, std::void_t<decltype(std::declval<A>() + std::declval<B>())>> : std::true_type {};
template <typename A, typename B, typename = void>
struct CanMultiply : std::false_type {};
template <typename A, typename B>
struct CanMultiply<A, B, std::void_t<decltype(std::declval<A>() * std::declval<B>())>> : std::true_type {};
template <typename A, typename B, typename = void>
struct CanCompare : std::false_type {};
template <typename A, typename B>
struct CanCompare<A, B, std::void_t<decltype(std::declval<A>() < std::declval<B>())>> : std::true_type {};

static_assert(CanAdd<Pence, Pence>::value, "money plus money");
static_assert(!CanAdd<Pence, BasisPoints>::value, "no money plus a share");
static_assert(!CanAdd<Pence, FteUnits>::value, "no money plus FTE");
static_assert(!CanAdd<Pence, std::int64_t>::value, "no money plus a bare integer");
static_assert(CanMultiply<Pence, std::int64_t>::value, "money scaled by a count");
static_assert(!CanMultiply<Pence, Pence>::value, "no money times money");
static_assert(!CanMultiply<Pence, BasisPoints>::value, "a share of money is applyShare, rounded");
static_assert(!CanMultiply<BasisPoints, BasisPoints>::value, "no share times share");
static_assert(!CanCompare<Pence, std::int64_t>::value, "compare with Pence(0), not 0");
static_assert(!CanCompare<Pence, BasisPoints>::value, "no comparing money with a share");

TEST_CASE("quantities keep their arithmetic", "[money]") {
  Pence a(150);
  a += Pence(50);
  CHECK(a == Pence(200));
  CHECK(-a == Pence(-200));
  CHECK(a * 3 == Pence(600));
  CHECK(a - Pence(250) < Pence(0));
  CHECK(abs(Pence(-7)) == Pence(7));
  CHECK(FteUnits(4000) + FteUnits(6000) == kFullTime);
  CHECK(BasisPoints(6000) + BasisPoints(4000) == kWholeShare);
}

TEST_CASE("a share of an amount is rounded half-up to the penny", "[money]") {
  CHECK(applyShare(Pence(1001), BasisPoints(5000)) == Pence(501));
  CHECK(applyShare(Pence(-1001), BasisPoints(5000)) == Pence(-501));
  CHECK(applyShare(Pence(1003), BasisPoints(3333)) == Pence(334));  // 334.2999
  CHECK(applyShare(kFullTime, BasisPoints(6000)) == FteUnits(6000));
  CHECK(mulDiv(Pence(100), 1, 12) == Pence(8));  // 8.33
  CHECK(mulDiv(Pence(18), 1, 12) == Pence(2));   // 1.5 rounds up
}
