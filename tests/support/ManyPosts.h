// `count` posts as stored versions, for the list at full size (the GUI's
// model tests and the list benchmark): every 7th a "Social Worker", the
// others "Commissioning Officer"; every 5th employed by BCCG, the rest by
// BNES; keys P-0000000, P-0000001, ...
#pragma once
#include <cstdio>
#include <string>
#include <vector>

#include "storage/VersionStore.h"

namespace s113::test {

inline std::vector<StoredVersion> manyPosts(std::size_t count) {
  std::vector<StoredVersion> rows(count);
  char key[32];
  for (std::size_t i = 0; i < count; ++i) {
    std::snprintf(key, sizeof key, "P-%07zu", i);
    rows[i].key = key;
    rows[i].version = 1;
    rows[i].fields = {{"title", i % 7 == 0 ? "Social Worker" : "Commissioning Officer"},
                      {"grade", "NJC SO" + std::to_string(i % 3)},
                      {"fte", i % 2 ? "0.6" : "1"},
                      {"employer", i % 5 ? "BNES" : "BCCG"},
                      {"host", "BNES"},
                      {"kind", "s113"},
                      {"statutory_role", "none"},
                      {"registration", "none"},
                      {"status", "filled"},
                      {"functional_split", "BNES:60;BCCG:40"}};
  }
  return rows;
}

}  // namespace s113::test
