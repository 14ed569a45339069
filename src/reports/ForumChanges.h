// "Changes since the last meeting" of the forum pack, for people: one line
// per record change in words (what changed from what to what, by whom, when),
// creations counted per kind of record ("41 posts created") and listed in an
// appendix. Read from the records' versions recorded in the window (each
// version holds who recorded it and when, and every field, so a change is the
// difference from the version before), counted in SQL and capped, so a bulk
// import of a quarter of a million records costs one count.
#pragma once
#include <string>

#include "domain/EntityDef.h"
#include "domain/FieldValues.h"
#include "reports/ReportDocument.h"
#include "storage/Register.h"

namespace s113::reports {

struct ForumChanges {
  Section changes;   // id "changes": its first table lists the changes
  Section appendix;  // id "created": the records created, when any were counted
};

// The changes recorded after `after` (an ISO timestamp; "" = from the start)
// and up to `upTo`.
ForumChanges forumChanges(Register& reg, const std::string& after, const std::string& upTo);

// "Post BN-007" -> the words of one change between two versions' fields:
// "functional split BNES 60%, BCCG 40% → BNES 50%, BCCG 50%".
std::string changeWords(const EntityDef& def, const FieldValues& before, const FieldValues& after);

}  // namespace s113::reports
