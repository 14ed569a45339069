// The CSV reader with the exchange's text checks. Any input is read or
// refused with a message; what is read writes back and reads again the same.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "services/ExchangeFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<s113::ValidationError> errors;
  const s113::CsvTable table = s113::readExchangeText(text, "fuzz.csv", errors);
  if (table.rows.size() != table.lines.size()) std::abort();
  if (!errors.empty()) return 0;
  std::ostringstream out;
  for (const auto& row : table.rows) s113::writeCsvRow(out, row);
  std::vector<s113::ValidationError> again;
  if (s113::readExchangeText(out.str(), "fuzz.csv", again).rows != table.rows || !again.empty()) std::abort();
  return 0;
}
