#include "domain/KeyedList.h"

#include <stdexcept>

namespace s113 {

std::string trimmedOfBlanks(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

void forEachKeyedRow(const std::string& list, const std::string& what, const std::string& expected,
                     const KeyedRow& row) {
  std::size_t begin = 0;
  for (int number = 1; begin <= list.size(); ++number) {
    std::size_t end = list.find(';', begin);
    if (end == std::string::npos) end = list.size();
    const std::string text = trimmedOfBlanks(list.substr(begin, end - begin));
    const std::string place = what + " " + std::to_string(number);
    if (text.empty()) throw std::invalid_argument(place + " is empty (expected " + expected + ")");
    const auto colon = text.find(':');
    if (colon == std::string::npos)
      throw std::invalid_argument(place + " '" + text + "' has no ':' (expected " + expected + ")");
    row(place, text, trimmedOfBlanks(text.substr(0, colon)), trimmedOfBlanks(text.substr(colon + 1)));
    begin = end + 1;
  }
}

}  // namespace s113
