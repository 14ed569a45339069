// The phasing of a fixed-total recharge: the part of the total charged in
// each financial year, written in one cell as "2009/10:95000.00;2010/11:38750.00".
// Domain-level so the entity's own check can read it; the recharge engine
// receives the parsed rows.
#pragma once
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"

namespace s113 {

struct PhasingRow {
  FinancialYear year;
  Pence amount{0};
};

// Parses "YYYY/YY:amount" rows joined by ';' (spaces around either ignored),
// in the order written. Throws std::invalid_argument naming the bad row: an
// empty row, a missing ':', a year or amount that does not parse.
// Example: parsePhasing("2009/10:95000;2010/11:38750.00") gives two rows,
// {FinancialYear(2009), 9500000} and {FinancialYear(2010), 3875000}.
std::vector<PhasingRow> parsePhasing(const std::string& text);

// The one canonical spelling: "2009/10:95000.00;2010/11:38750.00".
std::string formatPhasing(const std::vector<PhasingRow>& rows);

}  // namespace s113
