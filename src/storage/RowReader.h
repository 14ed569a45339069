// Fills a typed entity (domain/Describe.h) straight from one row of its
// versions table, as VersionStore's row scans hand it over: pence, basis
// points and FTE from their integer columns, dates, enums and splits parsed once, NULL as
// none. Nothing goes through the exchange form. A value the database holds
// that does not parse, or a NULL where the field is required, throws
// ValidationError naming the record and the field; it is never read as a
// default.
#pragma once
#include <cstddef>
#include <string>

#include <soci/soci.h>

#include "domain/Describe.h"
#include "domain/Validation.h"
#include "storage/SqlValues.h"

namespace s113 {

class RowReader {
 public:
  // The entity's field columns are row's from `firstField` on, in the order
  // it describes them.
  RowReader(const soci::row& row, std::size_t firstField, const EntityDef& def, const std::string& key)
      : row_(row), next_(firstField), def_(def), key_(key) {}

  void key(const char*, std::string& member) { member = key_; }
  void text(const char*, const char*, std::string& member, Required) { member = cellText(row_, next_++); }
  void ref(const char*, const char*, const char*, RecordKey& member, Required) {
    member.value = cellText(row_, next_++);
  }
  template <typename E>
  void choice(const char* name, const char*, E& member) {
    member = required<E>(name, [](const soci::row& r, std::size_t i) { return parseEnum<E>(cellText(r, i)); });
  }
  template <typename E>
  void choice(const char* name, const char*, boost::optional<E>& member) {
    member = nullOr<E>(name, [](const soci::row& r, std::size_t i) { return parseEnum<E>(cellText(r, i)); });
  }
  void money(const char* name, const char*, Pence& member) { member = required<Pence>(name, quantity<Pence>); }
  void money(const char* name, const char*, OptionalPence& member) {
    member = nullOr<Pence>(name, quantity<Pence>);
  }
  void percent(const char* name, const char*, BasisPoints& member) {
    member = required<BasisPoints>(name, quantity<BasisPoints>);
  }
  void percent(const char* name, const char*, OptionalBasisPoints& member) {
    member = nullOr<BasisPoints>(name, quantity<BasisPoints>);
  }
  void fte(const char* name, const char*, FteUnits& member) { member = required<FteUnits>(name, quantity<FteUnits>); }
  void fte(const char* name, const char*, OptionalFte& member) { member = nullOr<FteUnits>(name, quantity<FteUnits>); }
  void date(const char* name, const char*, Date& member) { member = required<Date>(name, isoDate); }
  void date(const char* name, const char*, OptionalDate& member) { member = nullOr<Date>(name, isoDate); }
  void integer(const char* name, const char*, long long& member) { member = required<long long>(name, wholeNumber); }
  void integer(const char* name, const char*, OptionalInteger& member) {
    member = nullOr<long long>(name, wholeNumber);
  }
  void flag(const char* name, const char*, bool& member) { member = required<bool>(name, zeroOrOne); }
  void flag(const char* name, const char*, OptionalFlag& member) { member = nullOr<bool>(name, zeroOrOne); }
  void split(const char* name, const char*, FunctionalSplit& member, Required required) {
    auto value = nullOr<FunctionalSplit>(name, splitText);
    if (!value && required == Required::Yes)
      throw ValidationError(recordLabel(def_, key_), name, "is blank in the register, but required");
    member = value ? std::move(*value) : FunctionalSplit{};
  }

  // How the cells are read; each throws std::invalid_argument for a value
  // that is not what the column should hold.
  static long long wholeNumber(const soci::row& row, std::size_t index);
  static Date isoDate(const soci::row& row, std::size_t index) { return parseIsoDate(cellText(row, index)); }
  static bool zeroOrOne(const soci::row& row, std::size_t index);
  static FunctionalSplit splitText(const soci::row& row, std::size_t index) {
    return parseSplit(cellText(row, index));
  }
  template <typename Quantity>
  static Quantity quantity(const soci::row& row, std::size_t index) {
    return Quantity(static_cast<typename Quantity::Value>(wholeNumber(row, index)));
  }

 private:
  template <typename T, typename Read>
  boost::optional<T> nullOr(const char* name, Read read) {
    const std::size_t index = next_++;
    if (cellIsNull(row_, index)) return boost::none;
    try {
      return T(read(row_, index));
    } catch (const std::exception& e) {
      throw ValidationError(recordLabel(def_, key_), name, e.what());
    }
  }
  template <typename T, typename Read>
  T required(const char* name, Read read) {
    auto value = nullOr<T>(name, read);
    if (!value) throw ValidationError(recordLabel(def_, key_), name, "is blank in the register, but required");
    return *value;
  }
  const soci::row& row_;
  std::size_t next_;
  const EntityDef& def_;
  const std::string& key_;
};

// The entity held by one row.
template <typename Entity>
Entity readRow(const soci::row& row, std::size_t firstField, const EntityDef& def, const std::string& key) {
  Entity entity;
  RowReader reader(row, firstField, def, key);
  describe(reader, entity);
  return entity;
}

}  // namespace s113
