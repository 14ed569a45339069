#include "storage/AuditStore.h"

#include <algorithm>

#include "domain/Errors.h"
#include "storage/AuditChain.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"

namespace s113 {
namespace {

std::vector<AuditEntry> fetchEntries(CachedStatement& st) {
  std::vector<AuditEntry> out;
  st.query();
  while (st.fetch()) {
    const soci::row& row = st.row();
    out.push_back({cellInteger(row, 0), cellText(row, 1), cellText(row, 2), cellText(row, 3), cellText(row, 4),
                   static_cast<int>(cellInteger(row, 5)), cellText(row, 6), cellText(row, 7), cellText(row, 8)});
  }
  return out;
}

}  // namespace

void AuditStore::append(const AuditEntry& e) {
  try {
    std::string& head = auditChainHead(reg_);
    const std::string hash = auditRowHash(head, e);
    CachedStatement st(reg_, "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value, hash) "
                             "VALUES (:at, :actor, :entity, :k, :v, :f, :o, :n, :h)");
    for (const std::string* text : {&e.at, &e.actor, &e.entity, &e.key}) st.bindText(*text);
    st.bindInteger(e.version);
    for (const std::string* text : {&e.field, &e.oldValue, &e.newValue, &hash}) st.bindText(*text);
    st.execute();
    head = hash;  // only once the row is written
  } catch (const soci::soci_error& error) {
    throw StorageError("Writing the audit log failed: " + std::string(error.what()));
  }
}

void AuditStore::appendAll(const std::vector<AuditEntry>& entries) {
  const std::size_t kRowsPerStatement = 50;
  for (std::size_t first = 0; first < entries.size(); first += kRowsPerStatement) {
    const std::size_t last = std::min(entries.size(), first + kRowsPerStatement);
    std::string sql = "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value, hash) VALUES ";
    for (std::size_t i = first; i < last; ++i) {
      const std::string n = std::to_string(i - first);
      sql += std::string(i == first ? "" : ", ") + "(:at" + n + ", :by" + n + ", :e" + n + ", :k" + n + ", :v" + n +
             ", :f" + n + ", :o" + n + ", :n" + n + ", :h" + n + ")";
    }
    try {
      std::string& head = auditChainHead(reg_);
      std::string chained = head;
      CachedStatement st(reg_, sql);
      for (std::size_t i = first; i < last; ++i) {
        const AuditEntry& e = entries[i];
        chained = auditRowHash(chained, e);  // in seq order: the rows are inserted in this order
        for (const std::string* text : {&e.at, &e.actor, &e.entity, &e.key}) st.bindText(*text);
        st.bindInteger(e.version);
        for (const std::string* text : {&e.field, &e.oldValue, &e.newValue}) st.bindText(*text);
        st.bindText(chained);
      }
      st.execute();
      head = chained;
    } catch (const soci::soci_error& error) {
      throw StorageError("Writing the audit log failed: " + std::string(error.what()));
    }
  }
}

std::vector<AuditEntry> AuditStore::list(const boost::optional<std::string>& since,
                                         const boost::optional<std::string>& entity,
                                         const boost::optional<std::string>& key) {
  std::string q = "SELECT seq, at, actor, entity, record_key, version, field, old_value, new_value FROM audit_log WHERE 1 = 1";
  if (since) q += " AND at >= :s";
  if (entity) q += " AND entity = :e";
  if (key) q += " AND record_key = :k";
  q += " ORDER BY seq";
  CachedStatement st(reg_, q);
  if (since) st.bindText(*since);
  if (entity) st.bindText(*entity);
  if (key) st.bindText(*key);
  return fetchEntries(st);
}

void AuditStore::forEach(const std::function<void(const AuditEntry&)>& visit) {
  AuditEntry e;
  soci::statement st = (reg_.sql().prepare << "SELECT seq, at, actor, entity, record_key, version, field, old_value, "
                                              "new_value FROM audit_log ORDER BY seq",
                        soci::into(e.seq), soci::into(e.at), soci::into(e.actor), soci::into(e.entity),
                        soci::into(e.key), soci::into(e.version), soci::into(e.field), soci::into(e.oldValue),
                        soci::into(e.newValue));
  st.execute();
  while (st.fetch()) visit(e);
}

std::vector<AuditEntry> AuditStore::newest(const std::string& until, std::size_t limit) {
  CachedStatement st(reg_,
                     "SELECT seq, at, actor, entity, record_key, version, field, old_value, new_value "
                    "FROM audit_log WHERE at <= :u ORDER BY seq DESC LIMIT " + std::to_string(limit));
  st.bindText(until);
  return fetchEntries(st);
}

std::size_t AuditStore::countUntil(const std::string& until) {
  long long n = 0;
  reg_.sql() << "SELECT COUNT(*) FROM audit_log WHERE at <= :u", soci::use(until), soci::into(n);
  return static_cast<std::size_t>(n);
}

}  // namespace s113
