// The sample register as it would have been recorded over the years: every
// write of `demo` is queued with the day it was recorded and who recorded
// it, then replayed in the order recorded, each stamped with its moment
// (storage/Register.h RecordedAs). So the audit log, the versions and the
// decisions carry times in the past, and the forum meetings fall between
// them: the pack for each held meeting shows what changed since the one
// before.
//
// The records are typed entity structs (domain/entities/), written as their
// typed values (domain/FieldValues.h); the service validates each as it
// saves it, as it would any other write.
//
//   DemoHistory history(service);
//   history.create(postDef(), post, Date(2013, 4, 1));  // recorded 28/03/2013
//   history.change<Placement>(placementDef(), "PL-005",
//                             [](Placement& p) { p.status = PlacementStatus::Agreed; }, Date(2014, 2, 20));
//   history.replay();
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "domain/Describe.h"
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

// Reads the key an entity describes first (domain/Describe.h) and passes
// over its other fields.
class KeyReader {
 public:
  void key(const char*, std::string& member) { key_ = member; }
  template <typename... Any> void text(Any&&...) {}
  template <typename... Any> void choice(Any&&...) {}
  template <typename... Any> void ref(Any&&...) {}
  template <typename... Any> void money(Any&&...) {}
  template <typename... Any> void percent(Any&&...) {}
  template <typename... Any> void fte(Any&&...) {}
  template <typename... Any> void date(Any&&...) {}
  template <typename... Any> void integer(Any&&...) {}
  template <typename... Any> void flag(Any&&...) {}
  template <typename... Any> void split(Any&&...) {}
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

// The entity's key: "BN-001" of the post with ref "BN-001".
template <typename Entity>
std::string keyOf(Entity entity) {
  KeyReader reader;
  describe(reader, entity);
  return reader.key();
}

class DemoHistory {
 public:
  explicit DemoHistory(RecordService& service) : service_(service) {}

  // Queues `write`, recorded on `day` by `by`, after the writes already
  // queued for that day.
  void queue(const Date& day, const std::string& by, std::function<void()> write);
  // Queues a new record, `entity` under its own key, taking effect on
  // `validFrom`.
  template <typename Entity>
  void create(const EntityDef& def, const Entity& entity, const Date& validFrom,
              const std::string& by = kCouncilHr) {
    queueCreate(def, keyOf(entity), toValues(entity), validFrom, by);
  }
  // Queues a new version of a record: `edit` applied to the newest version
  // as it stands when the write is replayed (so after the writes queued
  // before it). Name the entity: change<Placement>(...).
  template <typename Entity>
  void change(const EntityDef& def, const std::string& key, std::function<void(Entity&)> edit,
              const Date& validFrom, const std::string& by = kCouncilHr) {
    queueChange(def, key,
                [key, edit = std::move(edit)](const FieldValues& latest, const std::string& recordName) {
                  Entity entity = fromValues<Entity>(key, latest, recordName);
                  edit(entity);
                  return toValues(entity);
                },
                validFrom, by);
  }
  // Writes everything queued, day by day (09:00 UTC onwards, 20 seconds
  // apart), inside the caller's transaction.
  void replay();

  RecordService& service() { return service_; }

 private:
  // The values of a record's next version, from those of its newest.
  using Revision = std::function<FieldValues(const FieldValues& latest, const std::string& recordName)>;
  void queueCreate(const EntityDef& def, const std::string& key, FieldValues values, const Date& validFrom,
                   const std::string& by);
  void queueChange(const EntityDef& def, const std::string& key, Revision revise, const Date& validFrom,
                   const std::string& by);

  struct Write {
    Date day;
    std::string by;
    std::function<void()> write;
  };
  RecordService& service_;
  std::vector<Write> writes_;
};

}  // namespace s113
