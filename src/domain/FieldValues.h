// A record's field values in their own types, one cell per field of its
// EntityDef, in the EntityDef's order: what storage reads and writes, what an
// edit carries and what the audit diff compares. Text exists only for free
// text and for keys; money is Pence, a percentage BasisPoints, an enum the
// index of its spelling in FieldDef::allowed. Files and forms hold the
// exchange form instead (domain/ExchangeForm.h), parsed and formatted only
// at those edges.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/EntityDef.h"
#include "domain/Split.h"

namespace s113 {

// The key of another record ("BNES", "JC-001"); empty for none.
struct RecordKey {
  std::string value;
  bool empty() const { return value.empty(); }
  bool operator==(const RecordKey& other) const { return value == other.value; }
  bool operator!=(const RecordKey& other) const { return value != other.value; }
};

// One of a closed list: the index of its spelling in FieldDef::allowed.
struct Choice {
  std::uint16_t index = 0;
  bool operator==(const Choice& other) const { return index == other.index; }
  bool operator!=(const Choice& other) const { return index != other.index; }
};

// A field's value, by FieldType: Text std::string, Ref RecordKey, Enum
// Choice, Integer long long, Money Pence, Percent BasisPoints, Fte FteUnits,
// Date Date, Bool bool, Split FunctionalSplit (never empty: an empty split is
// blank). std::monostate is blank: no value, which is not zero or false.
using FieldValue = std::variant<std::monostate, std::string, RecordKey, Choice, long long, Pence, BasisPoints,
                                FteUnits, Date, bool, FunctionalSplit>;

inline bool isBlank(const FieldValue& value) { return std::holds_alternative<std::monostate>(value); }

class FieldValues {
 public:
  FieldValues() = default;  // no fields: a tombstone's baseline, a record not yet written
  explicit FieldValues(const EntityDef& def) : cells_(def.fields.size()) {}  // every field blank
  explicit FieldValues(std::vector<FieldValue> cells) : cells_(std::move(cells)) {}

  std::size_t size() const { return cells_.size(); }
  bool empty() const { return cells_.empty(); }
  const FieldValue& operator[](std::size_t index) const { return cells_[index]; }
  FieldValue& operator[](std::size_t index) { return cells_[index]; }
  bool operator==(const FieldValues& other) const { return cells_ == other.cells_; }
  bool operator!=(const FieldValues& other) const { return cells_ != other.cells_; }

 private:
  std::vector<FieldValue> cells_;
};

// The position of `field` among def's fields. Throws std::logic_error when
// def has no such field: a mistyped name is a mistake in the program and
// must not read as blank.
std::size_t fieldIndex(const EntityDef& def, const std::string& field);

// The text a Text or Ref value holds, or "" (blank, or a value of another
// type): for code that walks every field looking for keys or words.
const std::string& textOf(const FieldValue& value);
// The text or key held by the field at `index` of `values`, as textOf reads
// it; "" too when `values` holds no fields (a tombstone, a record not yet
// written).
const std::string& textAt(const FieldValues& values, std::size_t index);

}  // namespace s113
