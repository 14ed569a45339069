// What a text value may hold: well-formed UTF-8 without control characters
// (NUL, ^A, ESC, DEL, the C1 range...), which would make two keys look the
// same on screen, corrupt the XLSX export (XML cannot hold them) or cut a
// string short in a C library.
#pragma once
#include <string>

namespace s113 {

// The reason `text` is not acceptable, or "" when it is. Tab is always
// allowed; line breaks only when `allowLineBreaks` (free text, not keys).
std::string textProblem(const std::string& text, bool allowLineBreaks);

// `text` with every byte that is not part of well-formed UTF-8 replaced by
// U+FFFD and every control character but tab and line breaks dropped: for
// writers (XLSX) that must never emit what their format cannot hold.
std::string sanitisedText(const std::string& text);

// A cell for a spreadsheet (a report's CSV or XLSX): a spreadsheet runs a
// cell starting with '=', '+', '-', '@', tab or CR as a formula (OWASP "CSV
// injection"), so such text gets a leading apostrophe; a plain number
// ("-1234.56", "+5") is left as it is and stays a number.
std::string spreadsheetSafe(const std::string& text);

}  // namespace s113
