#include "domain/Describe.h"

#include <stdexcept>

#include "domain/WholeNumbers.h"

namespace s113 {

long long parseWholeNumber(const std::string& text) {
  const std::size_t digitsFrom = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  if (digitsFrom == text.size() || text.find_first_not_of("0123456789", digitsFrom) != std::string::npos)
    throw std::invalid_argument("'" + text + "' is not a whole number");
  try {
    return std::stoll(text);
  } catch (const std::out_of_range&) {
    throw std::invalid_argument("'" + text + "' is out of range: a whole number here is between " +
                                std::to_string(kMinWholeNumber) + " and " + std::to_string(kMaxWholeNumber));
  }
}

bool parseFlag(const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  throw std::invalid_argument("'" + text + "' is not true or false");
}

}  // namespace s113
