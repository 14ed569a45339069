// Reading helpers shared by the reports: records of an entity as at a date
// (as recorded by an optional moment), partner names, contracts in force.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/Money.h"
#include "domain/entities/Partner.h"
#include "storage/VersionStore.h"

namespace s113::reports::detail {

// Records of `entity` as at `when` (none when the entity is not in this
// program), by key.
std::map<std::string, Record> recordsAsAt(Register& reg, const std::string& entity,
                                          const AsAt& when);
// True when this program knows the entity (its group has landed).
bool hasEntity(const std::string& entity);
// Contracts running on the effective date: started, not yet ended.
std::map<std::string, Record> contractsInForce(Register& reg, const AsAt& when);
// The partners in force as at `when`, by code.
std::map<std::string, Partner> partnersAsAt(Register& reg, const AsAt& when);
// "BNES" -> "Bath and North East Somerset Council" (the code when unknown).
std::string partnerName(const std::map<std::string, Partner>& partners, const std::string& code);
// "BNES:60;BCCG:40" -> "BNES 60%, BCCG 40%".
std::string splitWords(const std::string& split);
// "2026-11-24T06:40:00Z" -> "24/11/2026 06:40".
std::string timestampUk(const std::string& iso);
// Staff-side figure: counts 1 to 4 shown as "<5".
std::string suppressedCount(long long count);
std::string fteText(FteUnits fte);  // "12.4"

}  // namespace s113::reports::detail
