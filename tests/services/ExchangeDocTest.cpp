#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "domain/Catalog.h"
#include "services/Exchange.h"
#include "services/HistoryExchange.h"
#include "services/KeptExchange.h"

// docs/exchange-format.md is the users' reference: every file and every
// column the program reads and writes must be documented there.
TEST_CASE("the exchange format document covers every file and column", "[exchange]") {
  std::ifstream in(std::string(S113_SOURCE_DIR) + "/docs/exchange-format.md");
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  auto covers = [&](const std::string& file, const std::vector<std::string>& columns) {
    INFO(file);
    auto section = doc.find("### " + file);
    REQUIRE(section != std::string::npos);
    auto end = doc.find("\n### ", section + 4);
    std::string part = doc.substr(section, end == std::string::npos ? std::string::npos : end - section);
    for (const auto& column : columns) {
      INFO(column);
      CHECK(part.find("| `" + column + "` |") != std::string::npos);
    }
  };
  for (const s113::EntityDef* def : s113::allEntities()) covers(def->csvFile, s113::exchangeColumns(*def));
  for (const auto& file : s113::historyFiles()) covers(file, s113::historyColumns(file));
  for (const auto& file : s113::keptFiles()) covers(file, s113::keptColumns(file));
}
