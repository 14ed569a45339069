// `count` posts as stored versions, for the list at full size (the GUI's
// model tests and the list benchmark): every 7th a "Social Worker", the
// others "Commissioning Officer"; every 5th employed by BCCG, the rest by
// BNES; keys P-0000000, P-0000001, ...
#pragma once
#include <cstdio>
#include <string>
#include <vector>

#include "support/FieldsByName.h"
#include "domain/Catalog.h"
#include "domain/ExchangeForm.h"
#include "storage/VersionStore.h"

namespace s113::test {

inline std::vector<StoredVersion> manyPosts(std::size_t count) {
  const EntityDef& def = postDef();
  // What every post shares, parsed once; each post then sets its own values.
  const FieldValues shared = parseFields(def,
                                         {{"host", "BNES"},
                                          {"kind", "s113"},
                                          {"statutory_role", "none"},
                                          {"registration", "none"},
                                          {"status", "filled"},
                                          {"functional_split", "BNES:60;BCCG:40"}},
                                         "test post");
  const std::size_t fte = fieldIndex(def, "fte");
  const FieldValue fullTime = parseFieldText(def.fields[fte], "1");
  const FieldValue partTime = parseFieldText(def.fields[fte], "0.6");
  std::vector<StoredVersion> rows(count);
  char key[32];
  for (std::size_t i = 0; i < count; ++i) {
    std::snprintf(key, sizeof key, "P-%07zu", i);
    rows[i].key = key;
    rows[i].version = 1;
    FieldValues& fields = rows[i].fields = shared;
    setText(def, fields, "title", i % 7 == 0 ? "Social Worker" : "Commissioning Officer");
    setText(def, fields, "grade", "NJC SO" + std::to_string(i % 3));
    fields[fte] = i % 2 ? partTime : fullTime;
    setText(def, fields, "employer", i % 5 ? "BNES" : "BCCG");
  }
  return rows;
}

}  // namespace s113::test
