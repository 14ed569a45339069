// schema/0002_protocol.sql seeds exactly defaultProtocol(): every rule with its
// encoded params, title and source.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "protocol/DefaultProtocol.h"
#include "protocol/RuleParams.h"

using namespace s113;

namespace {

std::string schemaPath() {
  return std::string(S113_SOURCE_DIR) + "/schema/0002_protocol.sql";
}

std::string readSchema() {
  std::ifstream in(schemaPath());
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string sqlQuote(const std::string& value) {
  std::string out = "'";
  for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::size_t countOf(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the schema seeds every rule of the default protocol with its encoded params",
          "[protocol][schema]") {
  const std::string sql = readSchema();
  const Protocol p = defaultProtocol();
  CHECK_THAT(sql, Catch::Contains("CREATE TABLE protocol_versions ("));
  CHECK_THAT(sql, Catch::Contains("CREATE TABLE protocol_rules ("));
  CHECK_THAT(sql, Catch::Contains("VALUES (1, " + sqlQuote(p.name) + ", '2013-04-01', 'schema', "));
  CHECK(countOf(sql, "INSERT INTO protocol_rules") == p.rules.size());
  for (const Rule& rule : p.rules) {
    const std::string row = "VALUES (1, " + std::to_string(rule.position) + ", " +
                            sqlQuote(toString(rule.kind)) + ", " + (rule.enabled ? "1" : "0") +
                            ", " + sqlQuote(encodeParams(rule.params)) + ", " +
                            sqlQuote(rule.title) + ", " + sqlQuote(rule.source) + ");\n";
    INFO(row);
    CHECK(countOf(sql, row) == 1);
  }
}

TEST_CASE("the schema keeps to the portable subset", "[protocol][schema]") {
  // Statements end with ';' at a line end, and only there; comments hold no ';'.
  std::istringstream lines(readSchema());
  std::string line, statements;
  while (std::getline(lines, line)) {
    if (line.rfind("--", 0) == 0) {
      CHECK(line.find(';') == std::string::npos);
      continue;
    }
    if (line.empty()) continue;
    INFO(line);
    CHECK(line.back() == ';');
    statements += line + "\n";
  }
  CHECK_THAT(statements, !Catch::Contains("AUTOINCREMENT", Catch::CaseSensitive::No));
  CHECK_THAT(statements, !Catch::Contains("SERIAL", Catch::CaseSensitive::No));
  CHECK_THAT(statements, !Catch::Contains("CREATE TRIGGER", Catch::CaseSensitive::No));
  CHECK_THAT(statements, !Catch::Contains("\""));
  CHECK(countOf(statements, "CREATE TABLE") == 2);
}
