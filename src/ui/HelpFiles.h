// Where the user guide (docs/user-guide) and the translations (po/) are on
// this machine: installed next to the program (<prefix>/share/s113reg/
// user-guide, <prefix>/share/locale, found from the program's own path, so
// an unpacked package works too) or, in a build tree, where it was built.
#pragma once
#include <string>
#include <vector>

namespace s113::ui {

// The guide's folder; "" when it is nowhere to be found.
std::string userGuideFolder();
// The guide's first page (index.html); "" when the guide is missing.
std::string userGuideIndex();

// The folders holding <lang>/LC_MESSAGES/s113reg.mo, most likely first.
std::vector<std::string> localeFolders();

}  // namespace s113::ui
