#include "domain/Money.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <stdexcept>

namespace s113 {
namespace {

// Parses an optionally signed decimal with at most `maxDecimals` places into
// an integer scaled by 10^maxDecimals.
std::int64_t parseScaled(const std::string& text, int maxDecimals, const char* what) {
  if (text.empty()) throw std::invalid_argument(std::string("empty ") + what);
  std::size_t i = 0;
  bool negative = false;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  std::int64_t whole = 0;
  int digits = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] < '0' || text[i] > '9')
      throw std::invalid_argument("'" + text + "' is not a valid " + what);
    if (++digits > 15) throw std::invalid_argument("'" + text + "' is too large for " + what);
    whole = whole * 10 + (text[i] - '0');
  }
  std::int64_t fraction = 0;
  int places = 0;
  if (i < text.size()) {
    for (++i; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9')
        throw std::invalid_argument("'" + text + "' is not a valid " + what);
      if (++places > maxDecimals)
        throw std::invalid_argument("'" + text + "' has more than " + std::to_string(maxDecimals) +
                                    " decimal places");
      fraction = fraction * 10 + (text[i] - '0');
    }
  }
  if (digits == 0 && places == 0) throw std::invalid_argument("'" + text + "' is not a valid " + what);
  for (int p = places; p < maxDecimals; ++p) fraction *= 10;
  std::int64_t scale = 1;
  for (int p = 0; p < maxDecimals; ++p) scale *= 10;
  std::int64_t value = whole * scale + fraction;
  return negative ? -value : value;
}

std::string formatScaled(std::int64_t value, int decimals, bool trimZeros, bool groupThousands) {
  bool negative = value < 0;
  unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(value)
                                          : static_cast<unsigned long long>(value);
  unsigned long long scale = 1;
  for (int p = 0; p < decimals; ++p) scale *= 10;
  std::string whole = std::to_string(magnitude / scale);
  if (groupThousands)
    for (int pos = static_cast<int>(whole.size()) - 3; pos > 0; pos -= 3) whole.insert(pos, ",");
  std::string fraction = std::to_string(magnitude % scale);
  fraction.insert(0, decimals - fraction.size(), '0');
  if (trimZeros)
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string text = negative ? "-" : "";
  text += whole;
  if (!fraction.empty()) text += "." + fraction;
  return text;
}

}  // namespace

Pence parseMoney(const std::string& text) { return Pence(parseScaled(text, 2, "amount")); }

std::string formatMoney(Pence pence) { return formatScaled(pence.value(), 2, false, false); }

std::string formatMoneyDisplay(Pence pence) {
  std::string plain = formatScaled(pence.value(), 2, false, true);
  if (plain[0] == '-') return "-\xC2\xA3" + plain.substr(1);
  return "\xC2\xA3" + plain;
}

BasisPoints parsePercent(const std::string& text) {
  std::int64_t bp = parseScaled(text, 2, "percentage");
  if (bp > 1000000 || bp < -1000000) throw std::invalid_argument("'" + text + "' is out of range");
  return BasisPoints(static_cast<std::int32_t>(bp));
}

std::string formatPercent(BasisPoints bp) { return formatScaled(bp.value(), 2, true, false); }

std::int64_t mulDivRoundHalfUp(std::int64_t value, std::int64_t numerator, std::int64_t denominator) {
  if (denominator <= 0) throw std::invalid_argument("mulDivRoundHalfUp: denominator must be positive");
  // 128-bit intermediate (portable: Boost.Multiprecision, header-only) so
  // pence x basis points x days never overflows.
  using Wide = boost::multiprecision::int128_t;
  Wide product = Wide(value) * numerator;
  bool negative = product < 0;
  if (negative) product = -product;
  Wide quotient = product / denominator, remainder = product % denominator;
  if (remainder * 2 >= denominator) quotient += 1;  // half-up
  return static_cast<std::int64_t>(negative ? -quotient : quotient);
}

}  // namespace s113

namespace s113 {

FteUnits parseFte(const std::string& text) {
  std::int64_t value = parseScaled(text, 4, "FTE");
  if (value > 1000000 || value < -1000000) throw std::invalid_argument("'" + text + "' is out of range");
  return FteUnits(value);
}

std::string formatFte(FteUnits fte) { return formatScaled(fte.value(), 4, true, false); }

}  // namespace s113
