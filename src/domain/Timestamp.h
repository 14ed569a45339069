// When something was recorded: a moment in UTC, to the second. The register
// stores, exchanges and hashes it (in the audit chain) as text of one form,
// "2026-11-24T06:40:00Z"; that text is parsed once where it comes in (a
// database cell, an exchange file) and formatted once where it goes out, and
// in between it is compared and counted as a time, never as text.
#pragma once
#include <string>

#include <boost/date_time/posix_time/ptime.hpp>

#include "domain/Dates.h"

namespace s113 {

class Timestamp {
 public:
  // Not yet set: formatting one throws std::logic_error (a program mistake).
  Timestamp() = default;
  // Fractions of a second are dropped: the register records whole seconds.
  explicit Timestamp(const boost::posix_time::ptime& utc);
  static Timestamp now();  // the system clock's UTC time

  const boost::posix_time::ptime& utc() const { return utc_; }
  bool isSet() const { return !utc_.is_not_a_date_time(); }
  Date day() const { return utc_.date(); }

  friend bool operator==(const Timestamp& a, const Timestamp& b) { return a.utc_ == b.utc_; }
  friend bool operator!=(const Timestamp& a, const Timestamp& b) { return a.utc_ != b.utc_; }
  friend bool operator<(const Timestamp& a, const Timestamp& b) { return a.utc_ < b.utc_; }
  friend bool operator<=(const Timestamp& a, const Timestamp& b) { return a.utc_ <= b.utc_; }
  friend bool operator>(const Timestamp& a, const Timestamp& b) { return a.utc_ > b.utc_; }
  friend bool operator>=(const Timestamp& a, const Timestamp& b) { return a.utc_ >= b.utc_; }

 private:
  boost::posix_time::ptime utc_;
};

// "2026-11-24T06:40:00Z" -> timestamp: exactly that form, a real date and
// time. Throws std::invalid_argument naming the text.
Timestamp parseTimestamp(const std::string& text);
// timestamp -> "2026-11-24T06:40:00Z", the form parseTimestamp reads.
std::string formatTimestamp(const Timestamp& at);
// "24/11/2026 06:40", as the screen and printed reports show it.
std::string formatTimestampUk(const Timestamp& at);

}  // namespace s113
