#include "domain/Timestamp.h"

#include <cstdio>
#include <stdexcept>

#include <boost/date_time/posix_time/posix_time.hpp>

namespace s113 {

namespace pt = boost::posix_time;

Timestamp::Timestamp(const pt::ptime& utc)
    : utc_(utc.is_special() ? utc : pt::ptime(utc.date(), pt::seconds(utc.time_of_day().total_seconds()))) {}

Timestamp Timestamp::now() { return Timestamp(pt::second_clock::universal_time()); }

Timestamp parseTimestamp(const std::string& text) {
  // "YYYY-MM-DDTHH:MM:SSZ": digits everywhere but the separators.
  static const std::string shape = "0000-00-00T00:00:00Z";
  bool shaped = text.size() == shape.size();
  for (std::size_t i = 0; shaped && i < text.size(); ++i)
    shaped = shape[i] == '0' ? text[i] >= '0' && text[i] <= '9' : text[i] == shape[i];
  if (!shaped) throw std::invalid_argument("'" + text + "' is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ");
  const int hours = std::stoi(text.substr(11, 2)), minutes = std::stoi(text.substr(14, 2)),
            seconds = std::stoi(text.substr(17, 2));
  if (hours > 23 || minutes > 59 || seconds > 59)
    throw std::invalid_argument("'" + text + "' is not a real time of day");
  try {
    return Timestamp(pt::ptime(parseIsoDate(text.substr(0, 10)), pt::hours(hours) + pt::minutes(minutes) +
                                                                    pt::seconds(seconds)));
  } catch (const std::invalid_argument&) {
    throw std::invalid_argument("'" + text + "' is not a real calendar date and time");
  }
}

namespace {
const Timestamp& checkedSet(const Timestamp& at) {
  if (!at.isSet()) throw std::logic_error("a timestamp was used before it was set");
  return at;
}
}  // namespace

std::string formatTimestamp(const Timestamp& at) {
  return pt::to_iso_extended_string(checkedSet(at).utc()) + "Z";
}

std::string formatTimestampUk(const Timestamp& at) {
  const pt::time_duration time = checkedSet(at).utc().time_of_day();
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(time.hours()), static_cast<int>(time.minutes()));
  return formatUk(at.day()) + " " + buffer;
}

}  // namespace s113
