#include "services/DemoHistory.h"

#include <algorithm>
#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <stdexcept>

#include "domain/Timestamp.h"
#include "domain/Validation.h"
#include "storage/VersionStore.h"

namespace s113 {

const char* const kCouncilHr = "J Smith";
const char* const kCcgHr = "R Patel";
const char* const kForumSecretary = "K Ellis";

Date demoRecordedOn(const Date& validFrom) {
  const Date setUp(2013, 3, 28), agreementInForce(2013, 4, 1);
  return validFrom <= agreementInForce ? setUp : validFrom;
}

void DemoHistory::queue(const Date& day, const std::string& by, std::function<void()> write) {
  writes_.push_back({day, by, std::move(write)});
}

void DemoHistory::queueCreate(const EntityDef& def, const std::string& key, FieldValues values,
                              const Date& validFrom, const std::string& by) {
  queue(demoRecordedOn(validFrom), by, [this, &def, key, values = std::move(values), validFrom] {
    service_.saveInTransaction({&def, key, values, 0, validFrom});
  });
}

void DemoHistory::queueChange(const EntityDef& def, const std::string& key, Revision revise,
                              const Date& validFrom, const std::string& by) {
  queue(demoRecordedOn(validFrom), by, [this, &def, key, revise = std::move(revise), validFrom] {
    auto latest = VersionStore(service_.reg(), def).latest(key);
    if (!latest) throw std::logic_error("the sample changes " + recordLabel(def, key) + " before creating it");
    const FieldValues values = revise(latest->fields, recordLabel(def, key));
    service_.saveInTransaction({&def, key, values, latest->version, validFrom});
  });
}

void DemoHistory::replay() {
  // Stable: the writes of one day keep the order they were queued in (a
  // record before the records that refer to it).
  std::stable_sort(writes_.begin(), writes_.end(),
                   [](const Write& a, const Write& b) { return a.day < b.day; });
  Date day(boost::gregorian::not_a_date_time);
  int ofTheDay = 0;
  for (const auto& w : writes_) {
    ofTheDay = w.day == day ? ofTheDay + 1 : 0;
    day = w.day;
    const Timestamp at(boost::posix_time::ptime(day, boost::posix_time::seconds(9 * 3600 + 20 * ofTheDay)));
    RecordedAs stamp(service_.reg(), at, w.by);
    w.write();
  }
  writes_.clear();
}

}  // namespace s113
