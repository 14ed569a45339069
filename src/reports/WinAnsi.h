// UTF-8 to Windows-1252 (WinAnsiEncoding), the encoding of the PDF writer's
// base14 Helvetica: "£" becomes 0xA3, "–" 0x96, "→" "->"; characters the
// encoding lacks become '?'.
//
//   fromWinAnsi(toWinAnsi("£1,200 – due")) == "£1,200 – due"
#pragma once
#include <string>

namespace s113::reports {

std::string toWinAnsi(const std::string& utf8);
// Back to UTF-8 (for the screen and printer painters, which draw Unicode).
std::string fromWinAnsi(const std::string& ansi);

}  // namespace s113::reports
