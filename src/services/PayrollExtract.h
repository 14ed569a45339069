// Reading an employer's payroll extract (docs/payroll.md): a CSV of pay per
// person per period in the employer's own layout, read through a payroll
// profile (which column holds what, how dates are written). Columns the
// profile does not name are ignored: extracts carry many more.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/entities/PayrollProfile.h"
#include "storage/Register.h"

namespace s113 {

struct PayRow {
  int row = 0;  // the spreadsheet's row number (the header is row 1)
  std::string staffNumber;
  std::string name;
  Period period;
  Pence grossPay{0};
  boost::optional<FteUnits> fte;
};

struct PayrollExtract {
  std::string file;  // as named by the user, for messages
  PayrollProfile profile;
  std::vector<PayRow> rows;
};

// The names of the live profiles, in order.
std::vector<std::string> payrollProfileNames(Register& reg);
// The live profile of that name. Throws NotFound.
PayrollProfile loadPayrollProfile(Register& reg, const std::string& name);

// Reads the whole file. Every problem (a missing column, a cell that does
// not parse, a period that is not one calendar month, a person twice in a
// month) is collected as "FILE row N: column C: reason" and thrown together
// as ValidationErrors; nothing is returned half read.
PayrollExtract readPayrollExtract(const std::string& file, const PayrollProfile& profile);
PayrollExtract readPayrollExtract(std::istream& in, const std::string& file,
                                  const PayrollProfile& profile);

// One cell in a profile's date format; "mm/yyyy", "yyyy-mm" and "yyyymm"
// give the first of the month. Throws std::invalid_argument saying what was
// expected.
Date parsePayrollDate(const std::string& text, PayrollDateFormat format);
// "3924.00", "£3,924.00", "-12.50": pence. Throws std::invalid_argument.
Pence parsePayrollMoney(const std::string& text);
// "0.6" or "60%". Throws std::invalid_argument.
FteUnits parsePayrollFte(const std::string& text);

}  // namespace s113
