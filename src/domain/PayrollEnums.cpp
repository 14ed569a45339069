#include "domain/PayrollEnums.h"

namespace s113 {

template <>
const std::vector<EnumSpelling<PayrollDateFormat>>& spellings<PayrollDateFormat>() {
  static const std::vector<EnumSpelling<PayrollDateFormat>> v = {
      {PayrollDateFormat::YearMonthDay, "yyyy-mm-dd"},  {PayrollDateFormat::DayMonthYear, "dd/mm/yyyy"},
      {PayrollDateFormat::DayMonthNameYear, "dd-mon-yyyy"}, {PayrollDateFormat::MonthYear, "mm/yyyy"},
      {PayrollDateFormat::YearMonth, "yyyy-mm"},         {PayrollDateFormat::YearMonthDigits, "yyyymm"}};
  return v;
}

}  // namespace s113
