#include "ui/models/SplitText.h"

#include "domain/Money.h"
#include "ui/models/FieldText.h"

namespace s113::ui {
namespace {

std::vector<std::string> parts(const std::string& text) {
  std::vector<std::string> out;
  std::string part;
  for (char c : text) {
    if (c == ';' || c == ',') {
      out.push_back(trim(part));
      part.clear();
    } else {
      part += c;
    }
  }
  out.push_back(trim(part));
  return out;
}

// "BNES:60", "BNES 60%", "BNES: 60 %" -> BNES, 60.
bool readPart(const std::string& part, SplitRow& row) {
  std::size_t cut = part.find(':');
  if (cut == std::string::npos) cut = part.find_last_of(" \t");
  if (cut == std::string::npos || cut == 0) return false;
  row.partner = trim(part.substr(0, cut));
  std::string percent = trim(part.substr(cut + 1));
  if (!percent.empty() && percent.back() == '%') percent = trim(percent.substr(0, percent.size() - 1));
  row.percent = percent;
  return !row.partner.empty() && !row.percent.empty() &&
         row.partner.find_first_of(" \t") == std::string::npos;
}

}  // namespace

bool splitRows(const std::string& typed, std::vector<SplitRow>& rows) {
  rows.clear();
  if (trim(typed).empty()) return true;
  for (const auto& part : parts(typed)) {
    if (part.empty()) continue;
    SplitRow row;
    if (!readPart(part, row)) return false;
    rows.push_back(row);
  }
  return true;
}

std::string storedSplit(const std::vector<SplitRow>& rows) {
  std::string text;
  for (const auto& row : rows) {
    std::string partner = trim(row.partner), percent = trim(row.percent);
    if (!percent.empty() && percent.back() == '%') percent = trim(percent.substr(0, percent.size() - 1));
    if (partner.empty() && percent.empty()) continue;
    text += (text.empty() ? "" : ";") + partner + ":" + percent;
  }
  return text;
}

bool splitTotal(const std::vector<SplitRow>& rows, BasisPoints& total) {
  total = BasisPoints(0);
  for (const auto& row : rows) {
    std::string percent = trim(row.percent);
    if (!percent.empty() && percent.back() == '%') percent = trim(percent.substr(0, percent.size() - 1));
    if (percent.empty()) continue;
    try {
      total += parsePercent(percent);
    } catch (const std::exception&) {
      return false;
    }
  }
  return true;
}

}  // namespace s113::ui
