#include "recharge/NiRateTable.h"

#include <algorithm>
#include <stdexcept>

namespace s113 {

NiRateTable::NiRateTable(std::vector<NiRate> rows) : rows_(std::move(rows)) {
  for (const auto& r : rows_) {
    if (r.validFrom.is_special()) throw std::invalid_argument("NI rate row without a valid date");
    if (r.rateBp < BasisPoints(0) || r.secondaryThresholdAnnual < Pence(0))
      throw std::invalid_argument("NI rate row from " + formatIso(r.validFrom) +
                                  " has a negative rate or threshold");
  }
  std::sort(rows_.begin(), rows_.end(),
            [](const NiRate& a, const NiRate& b) { return a.validFrom < b.validFrom; });
  for (std::size_t i = 1; i < rows_.size(); ++i)
    if (rows_[i].validFrom == rows_[i - 1].validFrom)
      throw std::invalid_argument("two NI rate rows from " + formatIso(rows_[i].validFrom));
}

const NiRate* NiRateTable::at(const Date& date) const {
  const NiRate* found = nullptr;
  for (const auto& r : rows_) {
    if (r.validFrom > date) break;
    found = &r;
  }
  return found;
}

std::vector<Date> NiRateTable::changesWithin(const Period& period) const {
  std::vector<Date> dates;
  for (const auto& r : rows_)
    if (r.validFrom > period.first && r.validFrom <= period.last) dates.push_back(r.validFrom);
  return dates;
}

NiRateTable defaultNiRates() {
  return NiRateTable({{Date(2013, 4, 6), BasisPoints(1380), Pence(769600)},
                      {Date(2024, 4, 6), BasisPoints(1380), Pence(910000)},
                      {Date(2025, 4, 6), BasisPoints(1500), Pence(500000)}});
}

}  // namespace s113
