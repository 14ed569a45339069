// Every entity's description (domain/Catalog: its fields, their types and the
// spellings of its closed lists) agrees with the schema the migrations build,
// on the backend under test. The description is the program's one list of
// fields; the schema has to repeat the columns and the CHECK lists, and this
// test is what keeps the two together.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "domain/Catalog.h"
#include "storage/DecisionStore.h"
#include "support/TestRegister.h"
#include "storage/Session.h"

using namespace s113;

namespace {

using Columns = std::map<std::string, std::string>;  // column -> declared type, lower case

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

Columns columnsOf(Register& reg, const std::string& table) {
  Columns columns;
  std::string sql = reg.backend() == Backend::SQLite
                        ? "SELECT name, type FROM pragma_table_info(:t)"
                        : "SELECT column_name, data_type FROM information_schema.columns "
                          "WHERE table_name = :t AND table_schema = current_schema()";
  soci::rowset<soci::row> rows = (sessionOf(reg).prepare << sql, soci::use(table));
  for (const auto& row : rows) columns[row.get<std::string>(0)] = lower(row.get<std::string>(1));
  return columns;
}

// The text of every CHECK on `table`: SQLite keeps them in the CREATE TABLE
// statement; PostgreSQL gives each constraint's definition.
std::string checksOf(Register& reg, const std::string& table) {
  std::string text;
  if (reg.backend() == Backend::SQLite) {
    sessionOf(reg) << "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t", soci::use(table),
        soci::into(text);
    return text;
  }
  soci::rowset<std::string> defs =
      (sessionOf(reg).prepare << "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c "
                            "JOIN pg_class t ON c.conrelid = t.oid "
                            "WHERE t.relname = :t AND c.contype = 'c' AND pg_table_is_visible(t.oid)",
       soci::use(table));
  for (const auto& def : defs) text += def + "\n";
  return text;
}

// The quoted spellings the CHECK of `column` allows: "kind IN ('a', 'b')" on
// SQLite, "kind = ANY (ARRAY['a'::text, 'b'::text])" on PostgreSQL. Empty
// when there is no such CHECK.
std::set<std::string> checkedSpellings(const std::string& checks, const std::string& column) {
  const std::regex list("\\b" + column + "\\)?\\s+(?:IN\\s*\\(([^)]*)\\)|= ANY \\(+ARRAY\\[([^\\]]*)\\])");
  std::set<std::string> spellings;
  std::smatch found;
  if (!std::regex_search(checks, found, list)) return spellings;
  const std::string items = found[1].matched ? found[1].str() : found[2].str();
  const std::regex quoted("'([^']*)'");
  for (auto it = std::sregex_iterator(items.begin(), items.end(), quoted); it != std::sregex_iterator(); ++it)
    spellings.insert((*it)[1].str());
  return spellings;
}

bool isIntegerColumn(const std::string& type) {
  return type == "integer" || type == "bigint" || type == "smallint";
}

bool storedAsInteger(FieldType type) {
  switch (type) {
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Percent:
    case FieldType::Fte:
    case FieldType::Bool:
      return true;
    default:
      return false;
  }
}

}  // namespace

TEST_CASE("every entity's versions table has exactly the columns its description names", "[storage][schema]") {
  test::TestRegister t;
  const std::set<std::string> versionColumns{"version", "valid_from", "recorded_at", "recorded_by", "deleted"};
  for (const EntityDef* def : allEntities()) {
    INFO(def->name << " (" << def->versionsTable() << ")");
    Columns columns = columnsOf(t.reg(), def->versionsTable());
    REQUIRE(!columns.empty());
    std::set<std::string> expected = versionColumns;
    expected.insert(def->keyField);
    for (const FieldDef& field : def->fields) {
      INFO("field " << field.name);
      expected.insert(field.name);
      REQUIRE(columns.count(field.name) == 1);
      CHECK(isIntegerColumn(columns[field.name]) == storedAsInteger(field.type));
    }
    std::set<std::string> actual;
    for (const auto& [name, type] : columns) actual.insert(name);
    CHECK(actual == expected);
  }
}

TEST_CASE("the decisions table has exactly the columns the store and decisions.csv list", "[storage][schema]") {
  test::TestRegister t;
  std::set<std::string> actual;
  for (const auto& [name, type] : columnsOf(t.reg(), "decisions")) actual.insert(name);
  const auto& listed = decisionColumns();
  CHECK(actual == std::set<std::string>(listed.begin(), listed.end()));
  CHECK(actual.size() == listed.size());  // each listed once
}

TEST_CASE("every closed list's CHECK in the schema allows exactly the description's spellings", "[storage][schema]") {
  test::TestRegister t;
  int listsCompared = 0;
  for (const EntityDef* def : allEntities()) {
    const std::string checks = checksOf(t.reg(), def->versionsTable());
    for (const FieldDef& field : def->fields) {
      if (field.type != FieldType::Enum) continue;
      INFO(def->versionsTable() << "." << field.name);
      std::set<std::string> described(field.allowed.begin(), field.allowed.end());
      CHECK(checkedSpellings(checks, field.name) == described);
      ++listsCompared;
    }
  }
  CHECK(listsCompared > 10);
}

TEST_CASE("the spelling reader finds a column's list in both dialects", "[storage][schema]") {
  CHECK(checkedSpellings("kind TEXT NOT NULL CHECK (kind IN ('council', 'nhs')),", "kind") ==
        std::set<std::string>{"council", "nhs"});
  CHECK(checkedSpellings("CHECK ((kind = ANY (ARRAY['council'::text, 'nhs'::text])))", "kind") ==
        std::set<std::string>{"council", "nhs"});
  CHECK(checkedSpellings("CHECK (subkind IN ('x'))", "kind").empty());
  CHECK(checkedSpellings("name TEXT NOT NULL", "kind").empty());
}
