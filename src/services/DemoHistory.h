// The sample register as it would have been recorded over the years: every
// write of `demo` is queued with the day it was recorded and who recorded
// it, then replayed in the order recorded, each stamped with its moment
// (storage/Register.h RecordedAs). So the audit log, the versions and the
// decisions carry times in the past, and the forum meetings fall between
// them: the pack for each held meeting shows what changed since the one
// before.
//
//   DemoHistory history(service);
//   history.create(postDef(), "BN-001", fields, Date(2013, 4, 1));  // recorded 28/03/2013
//   history.change(placementDef(), "PL-005", {{"status", "agreed"}}, Date(2014, 2, 20));
//   history.replay();
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/ExchangeForm.h"
#include "services/RecordService.h"

namespace s113 {

// Who records the sample: the council's HR officer unless said otherwise,
// the CCG's HR officer, the forum's secretary.
extern const char* const kCouncilHr;
extern const char* const kCcgHr;
extern const char* const kForumSecretary;

// The day the sample records a write that takes effect on `validFrom`:
// the register was set up on 28/03/2013, ahead of the S113 agreement coming
// into force on 01/04/2013, with everything already in force by then; any
// later write is recorded on the day it takes effect.
Date demoRecordedOn(const Date& validFrom);

class DemoHistory {
 public:
  explicit DemoHistory(RecordService& service) : service_(service) {}

  // Queues `write`, recorded on `day` by `by`, after the writes already
  // queued for that day.
  void queue(const Date& day, const std::string& by, std::function<void()> write);
  // The sample's records are written as its files would hold them
  // (domain/ExchangeForm.h) and parsed once, here.
  // Queues a new record taking effect on `validFrom`.
  void create(const EntityDef& def, const std::string& key, Record fields, const Date& validFrom,
              const std::string& by = kCouncilHr);
  // Queues a new version of a record with some fields changed.
  void change(const EntityDef& def, const std::string& key, Record changes, const Date& validFrom,
              const std::string& by = kCouncilHr);
  // Writes everything queued, day by day (09:00 UTC onwards, 20 seconds
  // apart), inside the caller's transaction.
  void replay();

  RecordService& service() { return service_; }

 private:
  struct Write {
    Date day;
    std::string by;
    std::function<void()> write;
  };
  RecordService& service_;
  std::vector<Write> writes_;
};

}  // namespace s113
