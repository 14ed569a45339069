// The words a screen shows for a stored enum spelling ("s113" -> "Section
// 113", "NHS_ACCOUNTABLE_OFFICER" -> "NHS accountable officer", "AfC" ->
// "Agenda for Change"). Files, the database and the command line keep the
// spellings; only the screen uses words. Translatable (wxGetTranslation).
#pragma once
#include <string>

namespace s113::ui {

// A list cell: the words, blank for "none" and "not_applicable".
std::string enumWords(const std::string& spelling);
// A form's choice: the words, "None" / "Not applicable" spelled out.
std::string enumChoiceWords(const std::string& spelling);

}  // namespace s113::ui
