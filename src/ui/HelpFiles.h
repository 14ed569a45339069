// Where the user guide (docs/user-guide) is on this machine: installed next
// to the program (<prefix>/share/s113reg/user-guide, found from the
// program's own path, so an unpacked package works too) or, in a build
// tree, in the source folder it was built from.
#pragma once
#include <string>

namespace s113::ui {

// The guide's folder; "" when it is nowhere to be found.
std::string userGuideFolder();
// The guide's first page (index.html); "" when the guide is missing.
std::string userGuideIndex();

}  // namespace s113::ui
