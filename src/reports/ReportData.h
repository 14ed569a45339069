// Reading and wording helpers shared by the reports: the partners in force,
// their names, splits, timestamps and counts as the reports show them.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/Money.h"
#include "domain/Split.h"
#include "domain/entities/Partner.h"
#include "services/RecordReads.h"

namespace s113::reports::detail {

// The partners in force as at `when`, by code.
std::map<std::string, Partner> partnersAsAt(Register& reg, const AsAt& when);
// "BNES" -> "Bath and North East Somerset Council" (the code when unknown).
std::string partnerName(const std::map<std::string, Partner>& partners, const std::string& code);
// "BNES 60%, BCCG 40%".
std::string splitWords(const FunctionalSplit& split);
// "2026-11-24T06:40:00Z" -> "24/11/2026 06:40".
std::string timestampUk(const std::string& iso);
// Staff-side figure: counts 1 to 4 shown as "<5".
std::string suppressedCount(long long count);
std::string fteText(FteUnits fte);  // "12.4"

}  // namespace s113::reports::detail
