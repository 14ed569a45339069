// A schedule line as the register keeps it once closed or recorded
// (storage/KeptRechargeStore.h): every figure and word of the line, so that
// reading it back gives the line exactly as it was invoiced.
#pragma once
#include "domain/Record.h"
#include "recharge/Schedule.h"

namespace s113 {

Record keptRecordOf(const ScheduleLine& line);
ScheduleLine lineOfKept(const Record& kept);

}  // namespace s113
