#include "storage/PersonalDataStore.h"

#include <algorithm>

#include "storage/AppendOnly.h"
#include "storage/AuditChain.h"
#include "storage/Session.h"

namespace s113 {

boost::optional<int> storedRetentionMonths(Register& reg) {
  int months = 0;
  soci::indicator ind = soci::i_null;
  sessionOf(reg) << "SELECT MIN(retention_months) FROM personal_data_policy", soci::into(months, ind);
  if (ind != soci::i_ok) return boost::none;
  return months;
}

void storeRetentionMonths(Register& reg, int months) {
  sessionOf(reg) << "UPDATE personal_data_policy SET retention_months = :m", soci::use(months);
}

PersonalDataRewrite::PersonalDataRewrite(Register& reg) : reg_(reg) { suspendAppendOnly(sessionOf(reg), reg.backend()); }

namespace {
std::size_t affectedRows(soci::statement& st) { return static_cast<std::size_t>(std::max(0LL, st.get_affected_rows())); }
}  // namespace

std::size_t PersonalDataRewrite::replaceInVersions(const EntityDef& def, const std::string& field,
                                                   const std::string& key, const boost::optional<std::string>& value) {
  const std::string table = def.versionsTable(), where = " WHERE " + def.keyField + " = :k AND " + field;
  if (value) {
    soci::statement st = (sessionOf(reg_).prepare << "UPDATE " + table + " SET " + field + " = :v" + where + " <> :v2",
                          soci::use(*value), soci::use(key), soci::use(*value));
    st.execute(true);
    return affectedRows(st);
  }
  soci::statement st = (sessionOf(reg_).prepare << "UPDATE " + table + " SET " + field + " = NULL" + where +
                                                  " IS NOT NULL AND " + field + " <> ''",
                        soci::use(key));
  st.execute(true);
  return affectedRows(st);
}

void PersonalDataRewrite::rewriteAuditChange(long long seq, const std::string& changesJson) {
  sessionOf(reg_) << "UPDATE audit_changes SET changes = :c WHERE seq = :s", soci::use(changesJson), soci::use(seq);
  if (firstSeq_ == 0 || seq < firstSeq_) firstSeq_ = seq;
}

std::size_t PersonalDataRewrite::finish() {
  const std::size_t rechained = firstSeq_ > 0 ? rechainAuditRowsFrom(sessionOf(reg_), firstSeq_) : 0;
  restoreAppendOnly(sessionOf(reg_), reg_.backend());
  return rechained;
}

}  // namespace s113
