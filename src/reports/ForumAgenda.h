// The forum pack's view of the forum's own records (domain/ForumCatalog.cpp):
// the items on the agenda of this meeting and the actions earlier meetings
// gave that are not done yet.
#pragma once
#include "domain/Dates.h"
#include "reports/ReportDocument.h"
#include "services/RecordReads.h"
#include "storage/Register.h"

namespace s113::reports {

// A section "agenda" with two tables: items of the meetings held on
// `meetingDay`, and open actions from meetings before it (the register read
// as `when`).
Section forumAgendaSection(Register& reg, const AsAt& when, const Date& meetingDay);

}  // namespace s113::reports
