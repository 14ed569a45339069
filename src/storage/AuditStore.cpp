#include "storage/AuditStore.h"

#include <algorithm>

#include "domain/Errors.h"
#include "storage/AuditChain.h"
#include "storage/SqlValues.h"
#include "storage/StatementCache.h"
#include "storage/Session.h"

namespace s113 {
namespace {

void appendJsonString(std::string& out, const std::string& value) {
  static const char* const kHex = "0123456789abcdef";
  out += '"';
  for (unsigned char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

bool sameChange(const AuditEntry& a, const AuditEntry& b) {
  return a.version == b.version && a.key == b.key && a.entity == b.entity && a.at == b.at && a.actor == b.actor;
}

// The entries grouped into the rows they are stored as, in order.
std::vector<AuditChange> groupIntoChanges(const std::vector<AuditEntry>& entries) {
  std::vector<AuditChange> changes;
  std::vector<AuditEntry> fields;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    fields.push_back(entries[i]);
    if (i + 1 < entries.size() && sameChange(entries[i], entries[i + 1])) continue;
    const AuditEntry& e = entries[i];
    changes.push_back({0, e.at, e.actor, e.entity, e.key, e.version, auditChangesJson(fields)});
    fields.clear();
  }
  return changes;
}

// Writes the changes from `first` up to `last` in one INSERT, chained on from the head.
void insertChanges(Register& reg, const std::vector<AuditChange>& changes, std::size_t first, std::size_t last) {
  std::string sql = "INSERT INTO audit_changes (at, actor, entity, record_key, version, changes, hash) VALUES ";
  for (std::size_t i = first; i < last; ++i) {
    const std::string n = std::to_string(i - first);
    sql += std::string(i == first ? "" : ", ") + "(:at" + n + ", :by" + n + ", :e" + n + ", :k" + n + ", :v" + n +
           ", :c" + n + ", :h" + n + ")";
  }
  try {
    std::string& head = auditChainHead(reg);
    std::string chained = head;
    CachedStatement st(reg, sql);
    for (std::size_t i = first; i < last; ++i) {
      const AuditChange& c = changes[i];
      chained = auditChangeHash(chained, c);  // in seq order: the rows are inserted in this order
      for (const std::string* text : {&c.at, &c.actor, &c.entity, &c.key}) st.bindText(*text);
      st.bindInteger(c.version);
      st.bindText(c.changes);
      st.bindText(chained);
    }
    st.execute();
    head = chained;  // only once the rows are written
  } catch (const soci::soci_error& error) {
    throw StorageError("Writing the audit log failed: " + std::string(error.what()));
  }
}

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

const char* const kEntryColumns = "SELECT seq, at, actor, entity, record_key, version, field, old_value, new_value FROM ";

// A user who may not read salaries and personal notes reads the log with
// their values blanked (schema/0016_audit_changes.*.sql); on PostgreSQL that
// user may not read the log itself.
std::string auditSource(Register& reg) { return readsSalaries(reg.roles()) ? "audit_log" : "audit_log_redacted"; }

}  // namespace

void AuditFieldsJson::add(const std::string& field, const std::string& oldValue, const std::string& newValue) {
  if (!empty()) text_ += ',';
  text_ += '[';
  appendJsonString(text_, field);
  text_ += ',';
  appendJsonString(text_, oldValue);
  text_ += ',';
  appendJsonString(text_, newValue);
  text_ += ']';
}

std::string auditChangesJson(const std::vector<AuditEntry>& fields) {
  AuditFieldsJson json;
  for (const AuditEntry& e : fields) json.add(e.field, e.oldValue, e.newValue);
  return json.take();
}

void AuditStore::append(const AuditEntry& entry) { appendAll({entry}); }

void AuditStore::appendAll(const std::vector<AuditEntry>& entries) { appendChanges(groupIntoChanges(entries)); }

void AuditStore::appendChanges(const std::vector<AuditChange>& changes) {
  const std::size_t kRowsPerStatement = 50;
  for (std::size_t first = 0; first < changes.size(); first += kRowsPerStatement)
    insertChanges(reg_, changes, first, std::min(changes.size(), first + kRowsPerStatement));
}

std::vector<AuditEntry> AuditStore::list(const boost::optional<std::string>& since,
                                         const boost::optional<std::string>& entity,
                                         const boost::optional<std::string>& key) {
  std::string q = kEntryColumns + auditSource(reg_) + " WHERE 1 = 1";
  if (since) q += " AND at >= :s";
  if (entity) q += " AND entity = :e";
  if (key) q += " AND record_key = :k";
  q += " ORDER BY seq, field_no";
  CachedStatement st(reg_, q);
  if (since) st.bindText(*since);
  if (entity) st.bindText(*entity);
  if (key) st.bindText(*key);
  return fetchEntries(st);
}

void AuditStore::forEach(const std::function<void(const AuditEntry&)>& visit) {
  // In pages of whole changes, by seq: PostgreSQL would otherwise hand over the whole log at once.
  const std::string page = std::string(kEntryColumns) + auditSource(reg_) +
                           " WHERE seq > :a AND seq <= (SELECT MAX(seq) FROM (SELECT seq FROM audit_changes "
                           "WHERE seq > :a2 ORDER BY seq LIMIT 2000) p) ORDER BY seq, field_no";
  long long after = 0;
  for (;;) {
    CachedStatement st(reg_, page);
    st.bindInteger(after);
    st.bindInteger(after);
    const std::vector<AuditEntry> entries = fetchEntries(st);
    if (entries.empty()) return;
    for (const AuditEntry& e : entries) visit(e);
    after = entries.back().seq;
  }
}

std::vector<AuditEntry> AuditStore::newest(const std::string& until, std::size_t limit) {
  CachedStatement st(reg_, kEntryColumns + auditSource(reg_) +
                               " WHERE seq IN (SELECT seq FROM audit_changes WHERE at <= :u ORDER BY seq DESC LIMIT " +
                               std::to_string(limit) + ") ORDER BY seq DESC, field_no");
  st.bindText(until);
  return fetchEntries(st);
}

std::size_t AuditStore::countUntil(const std::string& until) {
  long long n = 0;
  sessionOf(reg_) << "SELECT COUNT(*) FROM audit_changes WHERE at <= :u", soci::use(until), soci::into(n);
  return static_cast<std::size_t>(n);
}

}  // namespace s113
