#include "domain/Text.h"

#include <cstdio>

namespace s113 {
namespace {

// Length of the well-formed UTF-8 sequence starting at text[i] (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or 0.
std::size_t sequenceLength(const std::string& text, std::size_t i, unsigned& codePoint) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned lead = byte(i);
  if (lead < 0x80) {
    codePoint = lead;
    return 1;
  }
  std::size_t length;
  unsigned min;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2, min = 0x80, codePoint = lead & 0x1F;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, min = 0x800, codePoint = lead & 0x0F;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, min = 0x10000, codePoint = lead & 0x07;
  else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    codePoint = (codePoint << 6) | (byte(i + k) & 0x3F);
  }
  if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) return 0;
  return length;
}

bool isControl(unsigned codePoint) {
  return codePoint < 0x20 || codePoint == 0x7F || (codePoint >= 0x80 && codePoint <= 0x9F);
}

std::string hex(unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", value);
  return buffer;
}

}  // namespace

std::string textProblem(const std::string& text, bool allowLineBreaks) {
  std::size_t character = 1;
  for (std::size_t i = 0; i < text.size(); ++character) {
    unsigned codePoint = 0;
    const std::size_t length = sequenceLength(text, i, codePoint);
    if (length == 0)
      return "is not valid UTF-8 (byte " + std::to_string(i + 1) + "): save the file as UTF-8";
    const bool lineBreak = codePoint == '\n' || codePoint == '\r';
    if (isControl(codePoint) && codePoint != '\t' && !(allowLineBreaks && lineBreak))
      return "contains the control character " + hex(codePoint) + " at character " + std::to_string(character);
    i += length;
  }
  return "";
}

std::string sanitisedText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned codePoint = 0;
    const std::size_t length = sequenceLength(text, i, codePoint);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (!isControl(codePoint) || codePoint == '\t' || codePoint == '\n' || codePoint == '\r')
      out.append(text, i, length);
    i += length;
  }
  return out;
}

std::string spreadsheetSafe(const std::string& text) {
  if (text.empty() || std::string("=+-@\t\r").find(text[0]) == std::string::npos) return text;
  // A plain decimal number: an optional sign, digits, at most one point.
  std::size_t digits = 0, points = 0, i = text[0] == '-' || text[0] == '+' ? 1 : 0;
  for (; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') ++digits;
    else if (text[i] == '.' && ++points == 1) continue;
    else break;
  }
  if (i == text.size() && digits > 0) return text;
  return "'" + text;
}

}  // namespace s113
