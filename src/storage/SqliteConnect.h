// A SQLite register's path as the connection string SOCI's SQLite backend
// reads. That backend splits "key=value" pairs at spaces and takes a value in
// double quotes with no way to escape a quote, so the path is never simply
// spliced in: a path containing '"' was cut at the quote and opened another
// file.
#pragma once
#include <string>

namespace s113 {

// The connection string that opens exactly `path`. Throws
// std::invalid_argument for the one kind of path the backend cannot be told
// about (one holding '=', a space and '"' all together).
std::string sqliteConnectString(const std::string& path);

}  // namespace s113
