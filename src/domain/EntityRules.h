// An entity's own cross-field rules (an end before a start, a status that
// needs a date, ...), written on its typed struct. A rule reads members and
// reports a problem against the member at fault; the field's name, for the
// message, is found from the entity's description (Describe.h), so no rule
// spells a field name.
// Rules run even when some fields have failed their own checks
// (validateValues, Validation.h), so that one pass lists every problem: such
// a field is unknown to the rules, its member holds the entity's default and
// nothing is reported against it or concluded from it by the shared rules.
#pragma once
#include <boost/optional.hpp>
#include <algorithm>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/Dates.h"
#include "domain/Describe.h"
#include "domain/Errors.h"
#include "domain/FieldValues.h"
#include "domain/Money.h"
#include "domain/Validation.h"

namespace s113 {

// The name of the field whose member lives at `member`: visits an entity's
// description and compares each member's address.
class MemberField {
 public:
  explicit MemberField(const void* member) : member_(member) {}
  const char* name() const { return name_; }
  void key(const char* name, std::string& m) { match(name, &m); }
  template <typename M>
  void text(const char* name, const char*, M& m, Required) { match(name, &m); }
  template <typename M>
  void choice(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void ref(const char* name, const char*, const char*, M& m, Required) { match(name, &m); }
  template <typename M>
  void money(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void percent(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void fte(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void date(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void integer(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void flag(const char* name, const char*, M& m) { match(name, &m); }
  template <typename M>
  void split(const char* name, const char*, M& m, Required) { match(name, &m); }

 private:
  void match(const char* name, const void* m) {
    if (m == member_) name_ = name;
  }
  const void* member_;
  const char* name_ = nullptr;
};

// A value that is there: `value` itself, or what an optional holds (null
// when it holds nothing).
template <typename T>
const T* presentValue(const T& value) { return &value; }
template <typename T>
const T* presentValue(const boost::optional<T>& value) { return value ? &*value : nullptr; }

// What a rule of entity E is given besides the entity: a way to report a
// problem with one of its members, and the rules many entities share.
// `unknown` names the fields that already failed their own checks.
template <typename E>
class Faults {
 public:
  Faults(E& entity, std::string recordName, std::vector<ValidationError>& errors, std::vector<std::string> unknown)
      : entity_(entity), recordName_(std::move(recordName)), errors_(errors), unknown_(std::move(unknown)) {}

  // `member` is a member of the entity the rule was given (not a copy).
  // Nothing is reported against a member whose field is unknown.
  template <typename M>
  void fail(const M& member, const std::string& message) const {
    if (known(member)) errors_.emplace_back(recordName_, fieldOf(member), message);
  }
  // Whether the member's field passed its own checks: a rule that decides
  // from a member asks this first.
  template <typename M>
  bool known(const M& member) const {
    return unknown_.empty() || std::find(unknown_.begin(), unknown_.end(), fieldOf(member)) == unknown_.end();
  }
  template <typename M>
  std::string fieldOf(const M& member) const {
    MemberField finder(&member);
    describe(finder, entity_);
    if (!finder.name()) throw std::logic_error(recordName_ + ": a rule names a value that is not one of its fields");
    return finder.name();
  }

  // Dates, each a Date or an OptionalDate; `end` is faulted.
  template <typename Start, typename End>
  void endNotBeforeStart(const Start& start, const End& end) const {
    const Date *from = presentValue(start), *to = presentValue(end);
    if (!known(start)) return;
    if (from && to && *to < *from) fail(end, "ends " + formatIso(*to) + ", before it starts " + formatIso(*from));
  }
  // A text and its date (an approval, a resolution, an outcome) come both or
  // neither: the one missing is faulted, naming `what`.
  void bothOrNeither(const std::string& text, const OptionalDate& on, const std::string& what) const {
    if (text.empty() == !on) return;
    const std::string message = what + " needs both " + fieldOf(text) + " and " + fieldOf(on);
    if (text.empty())
      fail(text, message);
    else
      fail(on, message);
  }
  // Two references that must not name the same record: `b` is faulted.
  void differ(const RecordKey& a, const RecordKey& b, const std::string& message) const {
    if (!a.empty() && a == b && known(a)) fail(b, message);
  }
  template <typename F>
  void fteInRange(const F& fte) const {  // (0, 1]
    const FteUnits* value = presentValue(fte);
    if (value && (*value <= FteUnits(0) || *value > kFullTime)) fail(fte, "FTE must be over 0 and at most 1");
  }
  template <typename P>
  void percentInRange(const P& share) const {  // (0, 100]
    const BasisPoints* value = presentValue(share);
    if (value && (*value <= BasisPoints(0) || *value > kWholeShare)) fail(share, "must be over 0% and at most 100%");
  }
  template <typename M>
  void notNegative(const M& amount) const {  // money or a whole number
    const auto* value = presentValue(amount);
    using Value = std::decay_t<decltype(*value)>;
    if (value && *value < Value(0)) fail(amount, "cannot be negative");
  }

 private:
  E& entity_;
  std::string recordName_;
  std::vector<ValidationError>& errors_;
  std::vector<std::string> unknown_;
};

// The fields that already have a problem among `errors`.
inline std::vector<std::string> unknownFields(const std::vector<ValidationError>& errors) {
  std::vector<std::string> unknown;
  for (const auto& error : errors) unknown.push_back(error.field());
  return unknown;
}

// `values` with each unknown field's value replaced by the default entity's,
// so that the record can be read as E.
template <typename E>
FieldValues readableValues(const FieldValues& values, const std::vector<std::string>& unknown) {
  if (unknown.empty()) return values;
  static const std::vector<FieldDef> fields = fieldsOf<E>();
  static const FieldValues defaults = toValues(E{});
  FieldValues readable = values;
  for (std::size_t i = 0; i < fields.size() && i < readable.size(); ++i)
    if (std::find(unknown.begin(), unknown.end(), fields[i].name) != unknown.end()) readable[i] = defaults[i];
  return readable;
}

// EntityDef::check for the rules of E: reads the record's values as E, the
// unknown fields as E's defaults, and runs `rule` on it.
template <typename E>
std::function<void(const RecordChecker&, const std::string&)> rulesOf(void (*rule)(const E&, const Faults<E>&)) {
  return [rule](const RecordChecker& c, const std::string& key) {
    std::vector<std::string> unknown = unknownFields(c.errors);
    E entity = fromValues<E>(key, readableValues<E>(c.values, unknown), c.recordName);
    rule(entity, Faults<E>(entity, c.recordName, c.errors, std::move(unknown)));
  };
}

}  // namespace s113
