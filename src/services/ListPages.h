// The records of an entity in force on a date, read a page at a time in key
// order (VersionStore::asAtPage): the desktop list shows its first screen of
// a national register's 250,000 posts from the first page, and reads the
// rest while the window waits for input.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "storage/VersionStore.h"

namespace s113 {

class ListPages {
 public:
  ListPages(Register& reg, const EntityDef& def, const AsAt& when);
  // The next `rows` records, in key order; fewer (or none) at the end.
  std::vector<StoredVersion> next(std::size_t rows);
  // True once a page came back short: every record has been read.
  bool done() const { return done_; }
  std::size_t readSoFar() const { return read_; }

 private:
  VersionStore store_;
  AsAt when_;
  std::string afterKey_;  // the last key read; "" before the first page
  std::size_t read_ = 0;
  bool done_ = false;
};

}  // namespace s113
