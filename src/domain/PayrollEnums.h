// The closed lists of the payroll records (docs/payroll.md).
#pragma once
#include "domain/Enums.h"

namespace s113 {

// How a payroll extract writes its dates: "yyyy-mm-dd", "dd/mm/yyyy",
// "dd-mon-yyyy" (01-Apr-2013), and the months "mm/yyyy", "yyyy-mm",
// "yyyymm" (read as the first of the month).
enum class PayrollDateFormat { YearMonthDay, DayMonthYear, DayMonthNameYear, MonthYear, YearMonth, YearMonthDigits };

template <>
const std::vector<EnumSpelling<PayrollDateFormat>>& spellings<PayrollDateFormat>();

}  // namespace s113
