// A kept schedule line (storage/KeptRechargeStore.h) in the exchange file's
// form: every figure and word of the line, one cell per keptLineColumns(),
// so that an export read back gives the line exactly as it was invoiced.
// lineOfKept takes cells already checked (services/KeptExchange.cpp). This
// is the exchange file's adapter: only it holds a line as text.
#pragma once
#include "domain/ExchangeForm.h"
#include "recharge/Schedule.h"

namespace s113 {

Record keptRecordOf(const ScheduleLine& line);
ScheduleLine lineOfKept(const Record& kept);

}  // namespace s113
