// The navigator's "Needs attention": every warning about the register as at
// the list's date (services/Attention.h: reviews overdue, placements past
// their planned end, more FTE placed or contracted than a contract or post
// has), one row each, naming the record and the field. Opening a row shows
// the record in its own list. No wx here.
#pragma once
#include "domain/Dates.h"
#include "domain/EntityDef.h"
#include "storage/Register.h"
#include "services/RecordReads.h"
#include "ui/models/RecordTableModel.h"

namespace s113::ui {

const EntityDef& attentionView();

// Its rows: key "1", "2", ... in the order the warnings come; cells the
// record's kind, its key, the label of the field and the warning.
std::vector<TextRow> attentionRows(Register& reg, const Date& asAt);

}  // namespace s113::ui
