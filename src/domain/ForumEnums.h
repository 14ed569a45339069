// The closed lists of the Joint Staff Forum's records (ForumCatalog.cpp),
// one spelling each (Enums.h). schema/0009_forum_records.sql repeats them in
// its CHECK lists; EntitySchemaTest proves the two agree on both backends.
#pragma once
#include <vector>

#include "domain/Enums.h"

namespace s113 {

enum class MeetingStatus { Planned, Held, Cancelled };
// What the forum made of an item.
enum class ItemOutcome { Noted, Agreed, AgreedWithChanges, NotAgreed, Deferred, Referred };

template <> const std::vector<EnumSpelling<MeetingStatus>>& spellings<MeetingStatus>();
template <> const std::vector<EnumSpelling<ItemOutcome>>& spellings<ItemOutcome>();

}  // namespace s113
