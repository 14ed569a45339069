// One row of the effective-dated employer (secondary Class 1) NI table
// (domain/RechargeCatalog.h), keyed by the date it takes effect; declared
// once, here.
#pragma once
#include <string>

#include "domain/Describe.h"

namespace s113 {

struct NiRateRow {
  std::string fromDate;  // the key: "2013-04-06", parsed where the table is built
  BasisPoints rate{0};
  Pence secondaryThreshold{0};  // a year
  std::string source;
};

template <class Visitor>
void describe(Visitor& v, NiRateRow& r) {
  v.key("from_date", r.fromDate);
  v.percent("rate", "Employer rate", r.rate);
  v.money("secondary_threshold", "Secondary threshold (a year)", r.secondaryThreshold);
  v.text("source", "Source", r.source, Required::No);
}

}  // namespace s113
