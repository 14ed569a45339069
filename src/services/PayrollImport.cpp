#include "services/PayrollImport.h"

#include "domain/Catalog.h"
#include "domain/Validation.h"
#include "domain/entities/PayrollPay.h"
#include "services/FinanceAccess.h"
#include "services/RecordService.h"
#include "storage/VersionStore.h"

namespace s113 {
namespace {

FieldValues payValues(const PayrollExtract& extract, const PayRow& row, const std::string& contract) {
  PayrollPay pay;
  pay.profile = RecordKey{extract.profile.name};
  pay.employer = extract.profile.employer;
  pay.periodStart = row.period.first;
  pay.periodEnd = row.period.last;
  pay.staffNumber = row.staffNumber;
  pay.name = row.name;
  pay.grossPay = row.grossPay;
  pay.fte = row.fte;
  pay.contract = RecordKey{contract};
  pay.source = extract.file + " row " + std::to_string(row.row);
  return toValues(pay);
}

}  // namespace

std::string payKey(const PayrollExtract& extract, const PayRow& row) {
  return extract.profile.employer.value + "/" + formatIso(row.period.first).substr(0, 7) + "/" + row.staffNumber;
}

namespace {

// Already imported exactly so: storing it again would add nothing.
bool unchanged(const boost::optional<StoredVersion>& latest, const FieldValues& fields) {
  return latest && !latest->deleted && fields == latest->fields;
}

}  // namespace

std::vector<std::size_t> payRowsToStore(Register& reg, const PayrollExtract& extract,
                                        const std::vector<std::string>& contracts) {
  VersionStore store(reg, payrollPayDef());
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < extract.rows.size(); ++i) {
    const PayRow& row = extract.rows[i];
    if (!unchanged(store.latest(payKey(extract, row)), payValues(extract, row, contracts.at(i)))) out.push_back(i);
  }
  return out;
}

int storePayroll(Register& reg, const PayrollExtract& extract, const std::vector<std::string>& contracts) {
  requireFinanceRole(reg, "import pay");
  RecordService service(reg);
  VersionStore store(reg, payrollPayDef());
  WriteTransaction tx(reg);
  int written = 0;
  for (std::size_t i = 0; i < extract.rows.size(); ++i) {
    const PayRow& row = extract.rows[i];
    const std::string key = payKey(extract, row);
    FieldValues fields = payValues(extract, row, contracts.at(i));
    auto latest = store.latest(key);
    if (unchanged(latest, fields)) continue;
    Edit edit{&payrollPayDef(), key, fields, latest ? latest->version : 0, row.period.first};
    edit.restoreDeleted = latest && latest->deleted;
    service.saveInTransaction(edit);
    ++written;
  }
  tx.commit();
  return written;
}

}  // namespace s113
