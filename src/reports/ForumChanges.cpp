#include "reports/ForumChanges.h"

#include <algorithm>
#include <cctype>

#include "domain/Catalog.h"
#include "domain/ExchangeForm.h"
#include "reports/ReportData.h"
#include "reports/ReportRows.h"
#include "services/RecordReads.h"

namespace s113::reports {

using namespace detail;

namespace {

const long long kListedChanges = 500;      // lines of the changes table at most
const long long kListedCreations = 5;      // more creations of one kind are counted
const long long kAppendixRows = 1000;      // per kind of record

std::string clip(const std::string& text, std::size_t n = 80) {
  return text.size() <= n ? text : text.substr(0, n - 3) + "...";
}

std::string count(long long n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// "functional split", "FTE": a label inside a sentence, without its hint
// ("Management side (names, ';' between)" -> "management side").
std::string inSentence(std::string label) {
  if (auto hint = label.find(" ("); hint != std::string::npos) label.erase(hint);
  if (label.size() > 1 && std::isupper(static_cast<unsigned char>(label[0])) &&
      std::islower(static_cast<unsigned char>(label[1])))
    return static_cast<char>(std::tolower(static_cast<unsigned char>(label[0]))) + label.substr(1);
  return label;
}

// "posts", "people", "placements and secondments".
std::string plural(const EntityDef& def, long long n) {
  if (n == 1) return inSentence(def.label);
  static const std::map<std::string, std::string> irregular = {
      {"person", "people"},
      {"placement", "S113 placements and secondments"},
      {"conflict_of_interest", "conflicts of interest"},
      {"structure_consultation", "consultations on management-structure changes"},
      {"payroll_pay", "imported pay rows"}};
  auto it = irregular.find(def.name);
  return it != irregular.end() ? it->second : inSentence(def.label) + "s";
}

std::string valueWords(const FieldDef& field, const FieldValue& value) {
  if (isBlank(value)) return "(none)";
  if (const auto* date = std::get_if<Date>(&value)) return formatUk(*date);
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "yes" : "no";
  if (const auto* share = std::get_if<BasisPoints>(&value)) return formatPercent(*share) + "%";
  if (const auto* split = std::get_if<FunctionalSplit>(&value)) return splitWords(*split);
  if (const auto* pence = std::get_if<Pence>(&value)) return formatMoneyDisplay(*pence);
  return clip(exchangeText(field, value));
}

// The column that describes a record in the appendix: its title, name or subject.
std::string labelColumn(const EntityDef& def) {
  for (const char* f : {"title", "name", "subject"})
    if (def.field(f)) return std::string("v.") + f;
  return "''";
}

struct Window {
  std::map<std::string, std::string> params;
  std::map<std::string, std::string> names(const EntityDef& def, long long limit) const {
    return {{"versions", def.versionsTable()}, {"key", def.keyField}, {"label", labelColumn(def)},
            {"limit", std::to_string(limit)}};
  }
};

// One line of the changes table before it is put into words.
struct Line {
  std::string at, by, entity, key, words;
  int version = 0;  // 0: a creation, already in words
};

struct KindCounts {
  const EntityDef* def;
  long long created = 0, changed = 0, deleted = 0;
};

// The one row of query "versions_recorded" (the sums are NULL when nothing
// was recorded).
struct RecordedRow {
  boost::optional<long long> recorded, created, deleted;
};
template <class Columns>
void columns(Columns& c, RecordedRow& r) {
  c("recorded", r.recorded);
  c("created", r.created);
  c("deleted", r.deleted);
}

KindCounts countKind(Register& reg, const Window& w, const EntityDef& def) {
  KindCounts k{&def};
  forEachRowAs<RecordedRow>(reg, "forum-pack", "versions_recorded", w.params, w.names(def, 0),
                            [&](const RecordedRow& row) {
                              k.created = row.created.value_or(0);
                              k.deleted = row.deleted.value_or(0);
                              k.changed = row.recorded.value_or(0) - k.created;
                            });
  return k;
}

// A row of query "created_records".
struct CreatedRow {
  std::string key, recordedAt, recordedBy, label;
};
// A row of query "changed_versions".
struct ChangedRow {
  std::string key, recordedAt, recordedBy;
  long long version = 0;
};
template <class Columns>
void columns(Columns& c, CreatedRow& r) {
  c("record_key", r.key);
  c("recorded_at", r.recordedAt);
  c("recorded_by", r.recordedBy);
  c("label", r.label);
}
template <class Columns>
void columns(Columns& c, ChangedRow& r) {
  c("record_key", r.key);
  c("version", r.version);
  c("recorded_at", r.recordedAt);
  c("recorded_by", r.recordedBy);
}

// The words of version `version` of a record against the version before it.
std::string versionWords(Register& reg, const EntityDef& def, const std::string& key, int version,
                         std::string& validFrom) {
  const StoredVersion* before = nullptr;
  const StoredVersion* after = nullptr;
  const auto history = versionHistory(reg, def, key);
  for (const auto& v : history) {
    if (v.version < version) before = &v;
    if (v.version == version) after = &v;
  }
  if (!after) return "";
  validFrom = formatIso(after->validFrom);
  if (after->deleted) return "deleted";
  std::string words = before ? changeWords(def, before->fields, after->fields) : "";
  if (before && before->deleted) words = "restored" + (words.empty() ? "" : ": " + words);
  if (words.empty() && before && before->validFrom != after->validFrom)
    words = "takes effect from " + formatUk(after->validFrom) + " instead of " + formatUk(before->validFrom);
  return words.empty() ? "recorded again, unchanged" : words;
}

Table changesTable() {
  Table t;
  t.id = "changes";
  t.caption = "Changes, in the order recorded";
  t.columns = {{"Recorded", ColumnType::Date},
               {"Record", ColumnType::Text},
               {"Change", ColumnType::Text},
               {"By", ColumnType::Text},
               {"In effect from", ColumnType::Date}};
  return t;
}

Table appendixTable(const EntityDef& def) {
  Table t;
  t.id = "created-" + def.name;
  t.columns = {{"Record", ColumnType::Text},
               {"Description", ColumnType::Text},
               {"By", ColumnType::Text},
               {"Recorded", ColumnType::Date}};
  return t;
}

}  // namespace

std::string changeWords(const EntityDef& def, const FieldValues& before, const FieldValues& after) {
  std::string words;
  const FieldValue blank;
  for (std::size_t i = 0; i < def.fields.size(); ++i) {
    const FieldDef& field = def.fields[i];
    const FieldValue& was = before.empty() ? blank : before[i];
    const FieldValue& now = after.empty() ? blank : after[i];
    if (was == now) continue;
    words += (words.empty() ? "" : "; ") + inSentence(field.label) + " " + valueWords(field, was) + " \u2192 " +
             valueWords(field, now);
  }
  return words;
}

ForumChanges forumChanges(Register& reg, const std::string& after, const std::string& upTo) {
  Window w;
  w.params = {{"after", after}, {"up_to", upTo}};
  ForumChanges out;
  out.changes.id = "changes";
  out.changes.heading = "Changes since the last meeting";
  out.appendix.id = "created";
  out.appendix.heading = "Appendix A: records created since the last meeting";

  std::vector<Line> lines;
  long long created = 0, changed = 0, deleted = 0;
  std::vector<std::string> counted;
  for (const EntityDef* def : allEntities()) {
    const KindCounts k = countKind(reg, w, *def);
    created += k.created, changed += k.changed, deleted += k.deleted;
    if (k.created > kListedCreations) {
      counted.push_back(count(k.created) + " " + plural(*def, k.created) + " created");
      Table t = appendixTable(*def);
      t.caption = counted.back();
      forEachRowAs<CreatedRow>(reg, "forum-pack", "created_records", w.params, w.names(*def, kAppendixRows),
                               [&](const CreatedRow& r) {
                                 t.rows.push_back({def->label + " " + r.key, clip(r.label), r.recordedBy,
                                                   r.recordedAt.substr(0, 10)});
                               });
      if (k.created > kAppendixRows)
        out.appendix.paragraphs.push_back(t.caption + ": the first " + count(kAppendixRows) + " by key are listed.");
      out.appendix.tables.push_back(std::move(t));
    } else if (k.created > 0) {
      forEachRowAs<CreatedRow>(reg, "forum-pack", "created_records", w.params, w.names(*def, kListedCreations),
                               [&](const CreatedRow& r) {
                                 lines.push_back({r.recordedAt, r.recordedBy, def->name, r.key,
                                                  "created" + (r.label.empty() ? "" : ": " + clip(r.label)), 0});
                               });
    }
    if (k.changed > 0)
      forEachRowAs<ChangedRow>(reg, "forum-pack", "changed_versions", w.params, w.names(*def, kListedChanges + 1),
                               [&](const ChangedRow& r) {
                                 lines.push_back({r.recordedAt, r.recordedBy, def->name, r.key, "",
                                                  static_cast<int>(r.version)});
                               });
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.at < b.at; });
  const long long listed = std::min<long long>(kListedChanges, static_cast<long long>(lines.size()));

  Table t = changesTable();
  for (long long i = 0; i < listed; ++i) {
    Line& line = lines[static_cast<std::size_t>(i)];
    const EntityDef* def = findEntity(line.entity);
    std::string validFrom;
    if (line.version > 0) line.words = versionWords(reg, *def, line.key, line.version, validFrom);
    t.rows.push_back({line.at.substr(0, 10), def->label + " " + line.key, line.words, line.by, validFrom});
  }
  out.changes.paragraphs.push_back(
      count(changed) + (changed == 1 ? " change" : " changes") + " to records" +
      (deleted > 0 ? " (" + count(deleted) + " of them deletions)" : "") + " and " + count(created) +
      (created == 1 ? " record" : " records") + " created.");
  for (const auto& line : counted) out.changes.paragraphs.push_back(line + " (listed in Appendix A).");
  if (static_cast<long long>(lines.size()) > listed)
    out.changes.paragraphs.push_back("The first " + count(listed) +
                                     " changes are listed; the audit log holds every one.");
  out.changes.tables.push_back(std::move(t));
  return out;
}

}  // namespace s113::reports
