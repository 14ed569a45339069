#include "storage/RowReader.h"

#include <stdexcept>

namespace s113 {

// Whatever integer type the backend reports; a text cell (SQLite keeps what
// it cannot convert as text, even in an INTEGER column) must be all digits.
long long RowReader::wholeNumber(const soci::row& row, std::size_t index) {
  switch (row.get_properties(index).get_data_type()) {
    case soci::dt_integer: return row.get<int>(index);
    case soci::dt_long_long: return row.get<long long>(index);
    case soci::dt_unsigned_long_long: return static_cast<long long>(row.get<unsigned long long>(index));
    default: break;
  }
  const std::string text = cellText(row, index);
  try {
    return parseWholeNumber(text);
  } catch (const std::exception&) {
    throw std::invalid_argument("'" + text + "' is not a whole number");
  }
}

bool RowReader::zeroOrOne(const soci::row& row, std::size_t index) {
  const long long value = wholeNumber(row, index);
  if (value != 0 && value != 1) throw std::invalid_argument("'" + std::to_string(value) + "' is not 0 or 1");
  return value == 1;
}

}  // namespace s113
