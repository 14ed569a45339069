// Reading a stored arrangement's dates and FTE for the checks that warn
// (Attention), and the last day of an open-ended arrangement (Attention,
// ArrangementChecks). Stored values were validated when saved, so an
// unreadable one is treated as absent here rather than stopping a check of
// the whole register. Only a parse failure (std::invalid_argument) is caught:
// anything else (a storage error, no memory) still stops the caller.
#pragma once
#include <stdexcept>
#include <string>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Record.h"

namespace s113 {

// The end of an arrangement with no end date.
inline const Date kOpenEnd(9999, 12, 31);

inline OptionalDate dateIn(const Record& record, const std::string& field) {
  try {
    return parseOptionalIsoDate(valueOf(record, field));
  } catch (const std::invalid_argument&) {
    return boost::none;
  }
}

inline FteUnits fteIn(const Record& record, const std::string& field) {
  try {
    return parseFte(valueOf(record, field));
  } catch (const std::invalid_argument&) {
    return FteUnits(0);
  }
}

}  // namespace s113
