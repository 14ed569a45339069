// The value parsers (money, percentages, FTE, splits, dates, financial
// years), the text checks, the JSON bounds and the connection strings. The
// first byte picks the parser; a value that parses formats back to itself.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "domain/Split.h"
#include "domain/Text.h"
#include "protocol/DecisionJson.h"
#include "storage/PostgresUri.h"
#include "storage/SqliteConnect.h"

using namespace s113;

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

template <typename Parse, typename Format>
void roundTrip(const std::string& text, Parse parse, Format format) {
  try {
    const auto value = parse(text);
    require(parse(format(value)) == value);
  } catch (const std::invalid_argument&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 10) {
    case 0: roundTrip(text, parseMoney, formatMoney); break;
    case 1: roundTrip(text, parsePercent, formatPercent); break;
    case 2: roundTrip(text, parseFte, formatFte); break;
    case 3:
      try {
        const FunctionalSplit split = parseSplit(text);
        require(formatSplit(parseSplit(formatSplit(split))) == formatSplit(split));
      } catch (const std::invalid_argument&) {
      }
      break;
    case 4:
      try {
        require(formatIso(parseIsoDate(text)) == text);
      } catch (const std::invalid_argument&) {
      }
      break;
    case 5:
      try {
        const FinancialYear year = FinancialYear::parse(text);
        require(FinancialYear::parse(year.label()) == year);
        require(year.days() == 365 || year.days() == 366);
      } catch (const std::invalid_argument&) {
      }
      break;
    case 6:
      try {
        const std::string keywords = postgresUriToKeywords(text);
        require(keywords.find('\0') == std::string::npos);
      } catch (const std::invalid_argument&) {
      }
      break;
    case 7:
      try {
        require(!sqliteConnectString(text).empty() || text.empty());
      } catch (const std::invalid_argument&) {
      }
      break;
    case 8:
      if (jsonProblem(text).empty()) nlohmann::json::parse(text).dump(2);  // within bounds: safe to walk
      break;
    case 9: {
      const std::string clean = sanitisedText(text);
      require(textProblem(clean, true).empty());
      if (textProblem(text, true).empty()) require(clean == text);
      const std::string safe = spreadsheetSafe(text);
      require(safe == text || safe == "'" + text);
      break;
    }
  }
  return 0;
}
