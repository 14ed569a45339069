#include "storage/AuditStore.h"

#include "domain/Errors.h"
#include "storage/SqlValues.h"

namespace s113 {
namespace {

std::vector<AuditEntry> fetchEntries(BoundStatement& st) {
  soci::row row;
  std::vector<AuditEntry> out;
  st.execute(row);
  while (st.fetch())
    out.push_back({cellInteger(row, 0), cellText(row, 1), cellText(row, 2), cellText(row, 3), cellText(row, 4),
                   static_cast<int>(cellInteger(row, 5)), cellText(row, 6), cellText(row, 7), cellText(row, 8)});
  return out;
}

}  // namespace

void AuditStore::append(const AuditEntry& e) {
  try {
    reg_.sql() << "INSERT INTO audit_log (at, actor, entity, record_key, version, field, old_value, new_value) "
                  "VALUES (:at, :actor, :entity, :k, :v, :f, :o, :n)",
        soci::use(e.at), soci::use(e.actor), soci::use(e.entity), soci::use(e.key), soci::use(e.version),
        soci::use(e.field), soci::use(e.oldValue), soci::use(e.newValue);
  } catch (const soci::soci_error& error) {
    throw StorageError("Writing the audit log failed: " + std::string(error.what()));
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
  BoundStatement st(reg_.sql(), q);
  if (since) st.bindText(*since);
  if (entity) st.bindText(*entity);
  if (key) st.bindText(*key);
  return fetchEntries(st);
}

std::vector<AuditEntry> AuditStore::newest(const std::string& until, std::size_t limit) {
  BoundStatement st(reg_.sql(),
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
