// postgresql://[user[:password]@][host][:port][/dbname][?key=value&...] ->
// libpq "key='value' ..." form. SOCI 4.0.3 mangles URIs it is handed, so the
// register turns them into keyword form itself.
#pragma once
#include <string>

namespace s113 {

// Throws std::invalid_argument for a string that is not such a URI.
std::string postgresUriToKeywords(const std::string& uri);

}  // namespace s113
