// Pence, basis points and FTE units in SQL. Each is stored as the integer
// itself (an INTEGER/BIGINT column), so these conversions let soci::use and
// soci::into bind and fetch the typed values directly, with no text between.
// A NULL read into one of them is an error: read a nullable column into a
// boost::optional<Pence> (none for NULL). A soci::row reports INTEGER and BIGINT columns as different
// types, so a row's cell is read with cellQuantity, never row.get<Pence>.
#pragma once
#include <cstddef>

#include <soci/boost-optional.h>
#include <soci/soci.h>

#include "domain/Money.h"
#include "storage/SqlValues.h"

namespace soci {

template <typename Quantity>
struct QuantityConversion {
  using base_type = long long;
  static void from_base(base_type value, indicator ind, Quantity& out) {
    if (ind == i_null) throw soci_error("a NULL column was read as an amount, share or FTE");
    out = Quantity(static_cast<typename Quantity::Value>(value));
  }
  static void to_base(const Quantity& value, base_type& out, indicator& ind) {
    out = value.value();
    ind = i_ok;
  }
};

template <>
struct type_conversion<s113::Pence> : QuantityConversion<s113::Pence> {};
template <>
struct type_conversion<s113::BasisPoints> : QuantityConversion<s113::BasisPoints> {};
template <>
struct type_conversion<s113::FteUnits> : QuantityConversion<s113::FteUnits> {};

}  // namespace soci

namespace s113 {

// The cell as a quantity, whatever integer type the backend reports (NULL -> 0).
template <typename Quantity>
Quantity cellQuantity(const soci::row& row, std::size_t index) {
  return Quantity(static_cast<typename Quantity::Value>(cellInteger(row, index)));
}

}  // namespace s113
