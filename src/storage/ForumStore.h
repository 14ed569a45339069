// Joint Staff Forum meetings and the review packs issued to them
// (schema/0007_reports.sql). A pack issued to a meeting is frozen: its whole
// document is stored as JSON and every later rendering of that meeting's pack
// reads it back, whatever was edited since. Rows are only inserted.
//
//   ForumStore store(reg);
//   if (auto json = store.frozenPack("2016-03-10")) ... fromJson(*json) ...
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "domain/Dates.h"
#include "storage/Register.h"

namespace s113 {

struct ForumMeeting {
  std::string date;  // ISO date of the meeting
  std::string title;
  std::string cutoff;  // ISO UTC timestamp: the pack reads what was recorded by then
  std::string recordedAt;
  std::string recordedBy;
};

struct ForumPackRow {
  std::string date;  // the meeting's ISO date
  std::string issuedAt;
  std::string issuedBy;
  std::string documentJson;
};

class ForumStore {
 public:
  explicit ForumStore(Register& reg) : reg_(reg) {}
  std::vector<ForumMeeting> meetings();  // oldest first
  boost::optional<ForumMeeting> meeting(const std::string& date);
  // The latest meeting held before `date` (the "last meeting" of a pack).
  boost::optional<ForumMeeting> previousMeeting(const std::string& date);
  boost::optional<std::string> frozenPack(const std::string& date);
  // Every issued pack, by meeting date (for the CSV exchange).
  std::vector<ForumPackRow> packs();
  // Inside the caller's WriteTransaction.
  void insertMeeting(const ForumMeeting& meeting);
  void insertPack(const std::string& date, const std::string& issuedAt, const std::string& issuedBy,
                  const std::string& documentJson);

 private:
  Register& reg_;
};

// The moment a pack for a meeting on `meeting` reads the register at: the end
// of the meeting day (UTC), or now when that is still to come.
std::string meetingCutoff(const Date& meeting);

}  // namespace s113
