#include "services/ForumRecords.h"

#include "services/Roles.h"

namespace s113 {

std::vector<ForumMeeting> forumMeetings(Register& reg) { return ForumStore(reg).meetings(); }

boost::optional<ForumMeeting> forumMeeting(Register& reg, const std::string& date) {
  return ForumStore(reg).meeting(date);
}

boost::optional<std::string> frozenPack(Register& reg, const std::string& date) {
  return ForumStore(reg).frozenPack(date);
}

void recordForumMeeting(Register& reg, const ForumMeeting& meeting) {
  require(reg, Action::IssuePacks);
  ForumStore(reg).insertMeeting(meeting);
}

void recordFrozenPack(Register& reg, const std::string& date, const std::string& issuedAt,
                      const std::string& issuedBy, const std::string& documentJson) {
  require(reg, Action::IssuePacks);
  ForumStore(reg).insertPack(date, issuedAt, issuedBy, documentJson);
}

}  // namespace s113
