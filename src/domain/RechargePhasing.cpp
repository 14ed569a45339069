#include "domain/RechargePhasing.h"

#include <stdexcept>

#include "domain/KeyedList.h"

namespace s113 {

std::vector<PhasingRow> parsePhasing(const std::string& text) {
  std::vector<PhasingRow> rows;
  forEachKeyedRow(text, "phasing row", "YYYY/YY:amount",
                  [&](const std::string& place, const std::string& row, const std::string& year,
                      const std::string& amount) {
                    try {
                      rows.push_back({FinancialYear::parse(year), parseMoney(amount)});
                    } catch (const std::exception& e) {
                      throw std::invalid_argument(place + " '" + row + "': " + e.what());
                    }
                  });
  return rows;
}

std::string formatPhasing(const std::vector<PhasingRow>& rows) {
  std::string text;
  for (const auto& row : rows)
    text += (text.empty() ? "" : ";") + row.year.label() + ":" + formatMoney(row.amount);
  return text;
}

}  // namespace s113
