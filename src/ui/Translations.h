// The translations of what the screens say (po/*.po, compiled to
// <prefix>/share/locale/<lang>/LC_MESSAGES/s113reg.mo, or locale/ in the
// build tree): the user's language when there is a catalogue for it, else
// British English, the language the program is written in (po/en_GB.po).
#pragma once

namespace s113::ui {

inline constexpr const char* kCatalogue = "s113reg";

// Installs wxTranslations with the program's catalogue and wx's own.
void loadTranslations();

}  // namespace s113::ui
