// s113reg: the desktop application (see App.h).
#include "ui/App.h"

wxIMPLEMENT_APP(s113::ui::App);
