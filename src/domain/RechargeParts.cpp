#include "domain/RechargeParts.h"

#include <stdexcept>

#include "domain/KeyedList.h"

namespace s113 {
namespace {

// "512", "33.3333", "12.5" in ten-thousandths; no sign, at most 4 decimals.
std::int64_t parseWeight(const std::string& text) {
  std::int64_t value = 0;
  int decimals = -1, digits = 0;
  for (char c : text) {
    if (c == '.' && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') throw std::invalid_argument("'" + text + "' is not a number over 0");
    if (decimals >= 0 && ++decimals > 4)
      throw std::invalid_argument("'" + text + "' has more than four decimal places");
    if (++digits > 14) throw std::invalid_argument("'" + text + "' is too large");
    value = value * 10 + (c - '0');
  }
  if (digits == 0) throw std::invalid_argument("'" + text + "' is not a number");
  for (int d = std::max(decimals, 0); d < 4; ++d) value *= 10;
  return value;
}

}  // namespace

std::vector<PartRow> parseParts(const std::string& text) {
  std::vector<PartRow> rows;
  forEachKeyedRow(text, "part", "CODE:number",
                  [&](const std::string& place, const std::string& row, const std::string& partner,
                      const std::string& weight) {
                    if (partner.empty())
                      throw std::invalid_argument(place + " '" + row + "' names no partner");
                    try {
                      rows.push_back({partner, parseWeight(weight)});
                    } catch (const std::exception& e) {
                      throw std::invalid_argument(place + " '" + row + "': " + e.what());
                    }
                  });
  return rows;
}

std::string formatPartWeight(std::int64_t weight) {
  std::string text = std::to_string(weight / 10000);
  std::string fraction = std::to_string(weight % 10000);
  fraction.insert(0, 4 - fraction.size(), '0');
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fraction.empty() ? text : text + "." + fraction;
}

std::string formatParts(const std::vector<PartRow>& rows) {
  std::string text;
  for (const auto& row : rows)
    text += (text.empty() ? "" : ";") + row.partner + ":" + formatPartWeight(row.weight);
  return text;
}

}  // namespace s113
