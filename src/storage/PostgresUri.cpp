#include "storage/PostgresUri.h"

#include <stdexcept>

namespace s113 {
namespace {

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// %XX escapes to bytes. A NUL would end the string libpq is handed, so it is
// refused like a malformed escape.
std::string percentDecode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    const int high = i + 2 < text.size() ? hexDigit(text[i + 1]) : -1;
    const int low = i + 2 < text.size() ? hexDigit(text[i + 2]) : -1;
    if (high < 0 || low < 0 || (high == 0 && low == 0))
      // Not echoed: it may be part of a password.
      throw std::invalid_argument("a '%' in the address is not a percent-escape of a character (two hexadecimal digits)");
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

// A connection parameter's name, as libpq spells them (sslmode, connect_timeout).
void requireParameterName(const std::string& name) {
  if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
    throw std::invalid_argument("'" + name + "' in the address is not a connection parameter");
}

std::string keyword(const std::string& key, const std::string& value) {
  std::string quoted;
  for (char c : value) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return key + "='" + quoted + "' ";
}

}  // namespace

std::string postgresUriToKeywords(const std::string& uri) {
  std::size_t scheme = uri.find("://");
  if (scheme == std::string::npos) throw std::invalid_argument("'" + uri + "' is not a postgresql:// address");
  for (unsigned char c : uri)
    if (c < 0x20 || c == 0x7F) throw std::invalid_argument("the address holds a control character");
  std::string rest = uri.substr(scheme + 3), query;
  if (std::size_t q = rest.find('?'); q != std::string::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  std::string database;
  if (std::size_t slash = rest.find('/'); slash != std::string::npos) {
    database = percentDecode(rest.substr(slash + 1));
    rest = rest.substr(0, slash);
  }
  std::string out;
  if (std::size_t at = rest.rfind('@'); at != std::string::npos) {
    std::string credentials = rest.substr(0, at);
    rest = rest.substr(at + 1);
    std::size_t colon = credentials.find(':');
    out += keyword("user", percentDecode(credentials.substr(0, colon)));
    if (colon != std::string::npos) out += keyword("password", percentDecode(credentials.substr(colon + 1)));
  }
  std::string host = rest, port;
  if (!rest.empty() && rest[0] == '[') {  // [::1]:5432
    std::size_t close = rest.find(']');
    if (close == std::string::npos) throw std::invalid_argument("'" + rest + "' in the address has no closing ']'");
    host = rest.substr(1, close - 1);
    if (close + 1 < rest.size() && rest[close + 1] == ':') port = rest.substr(close + 2);
  } else if (std::size_t colon = rest.rfind(':'); colon != std::string::npos) {
    host = rest.substr(0, colon);
    port = rest.substr(colon + 1);
  }
  if (!host.empty()) out += keyword("host", percentDecode(host));
  if (!port.empty() && port.find_first_not_of("0123456789") != std::string::npos)
    throw std::invalid_argument("'" + port + "' in the address is not a port number");
  if (!port.empty()) out += keyword("port", port);
  if (!database.empty()) out += keyword("dbname", database);
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string pair = query.substr(start, end - start);
    std::size_t eq = pair.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("'" + pair + "' in the address is not key=value");
    const std::string name = percentDecode(pair.substr(0, eq));
    requireParameterName(name);
    out += keyword(name, percentDecode(pair.substr(eq + 1)));
    start = end + 1;
  }
  if (!out.empty()) out.pop_back();
  return out;
}

}  // namespace s113
