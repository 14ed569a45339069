#include "domain/RechargePhasing.h"

#include <stdexcept>

namespace s113 {
namespace {

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

}  // namespace

std::vector<PhasingRow> parsePhasing(const std::string& text) {
  std::vector<PhasingRow> rows;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find(';', begin);
    if (end == std::string::npos) end = text.size();
    const std::string row = trimmed(text.substr(begin, end - begin));
    const std::string place = "phasing row " + std::to_string(rows.size() + 1);
    if (row.empty()) throw std::invalid_argument(place + " is empty (expected YYYY/YY:amount)");
    const auto colon = row.find(':');
    if (colon == std::string::npos)
      throw std::invalid_argument(place + " '" + row + "' has no ':' (expected YYYY/YY:amount)");
    try {
      rows.push_back({FinancialYear::parse(trimmed(row.substr(0, colon))),
                      parseMoney(trimmed(row.substr(colon + 1)))});
    } catch (const std::exception& e) {
      throw std::invalid_argument(place + " '" + row + "': " + e.what());
    }
    begin = end + 1;
  }
  return rows;
}

std::string formatPhasing(const std::vector<PhasingRow>& rows) {
  std::string text;
  for (const auto& row : rows)
    text += (text.empty() ? "" : ";") + row.year.label() + ":" + formatMoney(row.amount);
  return text;
}

}  // namespace s113
