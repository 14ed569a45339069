// UTF-8 to Windows-1252 (WinAnsiEncoding), the encoding of the PDF writer's
// base14 Helvetica: "£" becomes 0xA3, "–" 0x96, "→" "->"; characters the
// encoding lacks become '?'.
#pragma once
#include <string>

namespace s113::reports {

std::string toWinAnsi(const std::string& utf8);

}  // namespace s113::reports
