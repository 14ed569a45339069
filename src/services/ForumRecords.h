// The Joint Staff Forum's meetings and frozen packs as recorded when a pack
// is issued (schema: forum_meetings, forum_packs). The reports build a pack
// and the UI lists the meetings; they read and record them here. Recording
// is for those who may issue packs: each write asks `require` itself, so no
// caller can freeze a pack without that right.
#pragma once
#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "storage/ForumStore.h"
#include "storage/Register.h"

namespace s113 {

// Every meeting a pack was issued to, oldest first.
std::vector<ForumMeeting> forumMeetings(Register& reg);
// The meeting on `date` (ISO), when one was recorded.
boost::optional<ForumMeeting> forumMeeting(Register& reg, const std::string& date);
// The frozen pack (its JSON document) of the meeting on `date`, when issued.
boost::optional<std::string> frozenPack(Register& reg, const std::string& date);

// Inside the caller's WriteTransaction; NotPermitted without IssuePacks.
void recordForumMeeting(Register& reg, const ForumMeeting& meeting);
void recordFrozenPack(Register& reg, const std::string& date, const std::string& issuedAt,
                      const std::string& issuedBy, const std::string& documentJson);

}  // namespace s113
