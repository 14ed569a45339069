// s113reg: the desktop application (see App.h). `s113reg --version` answers
// before wxWidgets starts, so it needs no display.
#include <cstring>
#include <iostream>

#include "s113/Version.h"
#include "ui/App.h"

wxIMPLEMENT_APP_NO_MAIN(s113::ui::App);

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
    std::cout << "s113reg " << s113::kVersion << "\n";
    return 0;
  }
  return wxEntry(argc, argv);
}
