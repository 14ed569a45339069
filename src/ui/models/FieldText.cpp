#include "ui/models/FieldText.h"

#include <cctype>

#include "domain/Dates.h"
#include "domain/Money.h"
#include "ui/models/SplitText.h"

namespace s113::ui {

std::string trim(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string editText(const FieldDef& field, const std::string& stored) {
  if (stored.empty()) return stored;
  try {
    if (field.type == FieldType::Money) return formatMoneyDisplay(parseMoney(stored));
    if (field.type == FieldType::Date) return formatUk(parseIsoDate(stored));
  } catch (const std::exception&) {
  }
  return stored;
}

bool ukDateToIso(const std::string& text, std::string& iso) {
  std::string t = trim(text);
  try {
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
      iso = formatIso(parseIsoDate(t));
      return true;
    }
    std::size_t a = t.find('/'), b = a == std::string::npos ? a : t.find('/', a + 1);
    if (b == std::string::npos || t.find('/', b + 1) != std::string::npos) return false;
    std::string d = t.substr(0, a), m = t.substr(a + 1, b - a - 1), y = t.substr(b + 1);
    auto digits = [](const std::string& s, std::size_t min, std::size_t max) {
      if (s.size() < min || s.size() > max) return false;
      for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      return true;
    };
    if (!digits(d, 1, 2) || !digits(m, 1, 2) || !digits(y, 4, 4)) return false;
    Date date(std::stoi(y), std::stoi(m), std::stoi(d));
    iso = formatIso(date);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

bool storedValue(const FieldDef& field, const std::string& typed, std::string& stored,
                 std::string& problem) {
  std::string text = trim(typed);
  stored = text;
  if (text.empty()) return true;
  switch (field.type) {
    case FieldType::Money: {
      std::string plain;
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA3") == 0) {  // "£"
          ++i;
          continue;
        }
        if (text[i] == ',' || text[i] == ' ') continue;
        plain += text[i];
      }
      stored = plain;
      return true;
    }
    case FieldType::Percent:
      if (text.back() == '%') stored = trim(text.substr(0, text.size() - 1));
      return true;
    case FieldType::Date:
      if (!ukDateToIso(text, stored)) {
        problem = "enter a date as dd/mm/yyyy";
        return false;
      }
      return true;
    case FieldType::Split: {
      std::vector<SplitRow> rows;
      if (splitRows(text, rows)) stored = storedSplit(rows);
      return true;
    }
    default:
      return true;
  }
}

}  // namespace s113::ui
