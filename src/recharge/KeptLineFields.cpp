#include "recharge/KeptLineFields.h"

namespace s113 {
namespace {

// Collects describeKeptLine's column names, in its order.
struct ColumnNames {
  std::vector<std::string> names;
  template <typename T> void text(const char* name, T&) { names.push_back(name); }
  template <typename T> void date(const char* name, T&) { names.push_back(name); }
  template <typename T> void whole(const char* name, T&) { names.push_back(name); }
  template <typename T> void money(const char* name, T&) { names.push_back(name); }
  template <typename T> void flag(const char* name, T&) { names.push_back(name); }
  template <typename T> void choice(const char* name, T&) { names.push_back(name); }
  template <typename T> void period(const char* start, const char* end, T&) {
    names.push_back(start);
    names.push_back(end);
  }
};

}  // namespace

const std::vector<std::string>& keptLineColumns() {
  static const std::vector<std::string> columns = [] {
    ColumnNames collect;
    const ScheduleLine line;
    describeKeptLine(collect, line);
    return collect.names;
  }();
  return columns;
}

}  // namespace s113
