// The core speaks UTF-8 std::string; wx speaks wxString. Convert only here.
#pragma once
#include <wx/string.h>

#include <string>

namespace s113::ui {

inline wxString toWx(const std::string& text) {
  return wxString::FromUTF8(text.data(), text.size());
}
inline std::string fromWx(const wxString& text) {
  const wxScopedCharBuffer utf8 = text.utf8_str();
  return std::string(utf8.data(), utf8.length());
}

}  // namespace s113::ui
