#include "storage/PostgresUri.h"

#include <stdexcept>

namespace s113 {
namespace {

std::string percentDecode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
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
    host = rest.substr(1, close - 1);
    if (close + 1 < rest.size() && rest[close + 1] == ':') port = rest.substr(close + 2);
  } else if (std::size_t colon = rest.rfind(':'); colon != std::string::npos) {
    host = rest.substr(0, colon);
    port = rest.substr(colon + 1);
  }
  if (!host.empty()) out += keyword("host", percentDecode(host));
  if (!port.empty()) out += keyword("port", port);
  if (!database.empty()) out += keyword("dbname", database);
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string pair = query.substr(start, end - start);
    std::size_t eq = pair.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("'" + pair + "' in the address is not key=value");
    out += keyword(percentDecode(pair.substr(0, eq)), percentDecode(pair.substr(eq + 1)));
    start = end + 1;
  }
  if (!out.empty()) out.pop_back();
  return out;
}

}  // namespace s113
