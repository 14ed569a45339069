// A kept schedule line (storage/KeptRechargeStore.h) in the exchange file's
// form: one cell per column of recharge/KeptLineFields.h, every figure and
// word of the line, so that an export read back gives the line exactly as
// it was invoiced. This is the exchange file's adapter: only it holds a
// line as text.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "recharge/Schedule.h"
#include "services/ExchangeFile.h"

namespace s113 {

// The line's cells, in keptLineColumns() order.
std::vector<std::string> keptCells(const ScheduleLine& line);

// The line a file row holds. Each cell is checked; a bad one is reported
// in `errors` against its row and column, and then there is no line.
std::optional<ScheduleLine> keptLineIn(const FileRow& row, std::vector<ValidationError>& errors);

}  // namespace s113
