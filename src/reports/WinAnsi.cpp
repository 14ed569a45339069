#include "reports/WinAnsi.h"

namespace s113::reports {

std::string toWinAnsi(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    unsigned cp = c;
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    if (extra) cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    i += extra + 1;
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
      out += static_cast<char>(cp);
      continue;
    }
    switch (cp) {
      case 0x20AC:
        out += '\x80';
        break;
      case 0x2018:
        out += '\x91';
        break;
      case 0x2019:
        out += '\x92';
        break;
      case 0x201C:
        out += '\x93';
        break;
      case 0x201D:
        out += '\x94';
        break;
      case 0x2022:
        out += '\x95';
        break;
      case 0x2013:
        out += '\x96';
        break;
      case 0x2014:
        out += '\x97';
        break;
      case 0x2026:
        out += '\x85';
        break;
      case 0x2192:
        out += "->";
        break;
      default:
        out += '?';
    }
  }
  return out;
}

}  // namespace s113::reports
