// Storing what a payroll extract paid (docs/payroll.md, "Import"): each row
// as an imported pay record (payroll_pay), keyed EMPLOYER/YYYY-MM/STAFF_NUMBER
// and naming the contract it was matched to; audited like every write.
#pragma once
#include <string>
#include <vector>

#include "services/PayrollExtract.h"
#include "storage/Register.h"

namespace s113 {

// The key of a row's imported pay: "BNES/2015-04/BN40007".
std::string payKey(const PayrollExtract& extract, const PayRow& row);

// Stores every row in one transaction (contracts[i]: the contract row i was
// matched to, "" for none), a new version only where a month already
// imported changed; returns the rows written. Finance and admin only.
int storePayroll(Register& reg, const PayrollExtract& extract, const std::vector<std::string>& contracts);

// What storePayroll would write, storing nothing (a dry run): the indexes of
// the rows that are new or differ from the month's pay already imported.
std::vector<std::size_t> payRowsToStore(Register& reg, const PayrollExtract& extract,
                                        const std::vector<std::string>& contracts);

}  // namespace s113
