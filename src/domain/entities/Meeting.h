// A meeting of the Joint Staff Forum, with who attended from each side
// (docs/domain.md, the forum). Its fields are declared once, here; meetingDef
// (ForumCatalog.cpp) is built from this description.
#pragma once
#include <string>

#include "domain/Describe.h"
#include "domain/ForumEnums.h"

namespace s113 {

struct Meeting {
  std::string ref;  // the key: "JSF-2013-04"
  Date meetingDate;
  std::string title;
  MeetingStatus status = MeetingStatus::Planned;
  std::string chair;
  std::string managementMembers;  // names, ';' between
  std::string unionMembers;       // names, ';' between
  std::string notes;
};

template <class Visitor>
void describe(Visitor& v, Meeting& m) {
  v.key("ref", m.ref);
  v.date("meeting_date", "Meeting date", m.meetingDate);
  v.text("title", "Title", m.title, Required::Yes);
  v.choice("status", "Status", m.status);
  v.text("chair", "Chair", m.chair, Required::No);
  v.text("management_members", "Management side (names, ';' between)", m.managementMembers, Required::No);
  v.text("union_members", "Trade union side (names, ';' between)", m.unionMembers, Required::No);
  v.text("notes", "Notes", m.notes, Required::No);
}

}  // namespace s113
