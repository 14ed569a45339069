// The navigator's registers that are not versioned records: what needs
// attention (AttentionView.h), recorded
// employer decisions, the Joint Staff Forum's meetings as recorded when a
// review pack was issued or frozen ("Forum packs"), and the audit log. They are
// append-only and read-only on screen. Each is described by an EntityDef
// (columns only: it is never stored through VersionStore) and its rows are
// given as text (TextRow), so the same virtual list, filter and sort show
// them. No wx here.
#pragma once
#include <cstddef>
#include <vector>

#include "domain/Dates.h"
#include "domain/EntityDef.h"
#include "storage/Register.h"
#include "services/RecordReads.h"
#include "ui/models/RecordTableModel.h"

namespace s113::ui {

const EntityDef& decisionsView();
const EntityDef& forumView();
const EntityDef& auditView();
// In navigator order.
const std::vector<const EntityDef*>& activityViews();
bool isActivityView(const EntityDef& def);

// The audit view shows at most this many changes (the newest), one row each.
constexpr std::size_t kAuditRowLimit = 20000;

struct ActivityRows {
  std::vector<TextRow> rows;
  std::size_t total = 0;  // more than rows.size() when the view was cut at its limit
};

// The rows of a view as the register stood at the end of `asAt`: decisions
// taken on or before it, meetings and audit entries recorded by then.
ActivityRows activityRows(Register& reg, const EntityDef& view, const Date& asAt);

// "2026-11-30T20:31:07Z" -> "30/11/2026 20:31:07" (other text unchanged).
std::string displayTimestamp(const std::string& iso);

}  // namespace s113::ui
