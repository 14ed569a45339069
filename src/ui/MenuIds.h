// The main window's command ids: its menus (MainFrameMenus.cpp), the list's
// context menu and the keyboard shortcuts (MainFrame.cpp) send the same ids.
#pragma once
#include <wx/defs.h>

namespace s113::ui {

enum MenuId {
  ID_NEW_REGISTER = wxID_HIGHEST + 1,
  ID_CONNECT,
  ID_IMPORT,
  ID_EXPORT,
  ID_BACKUP,
  ID_PRINT_LIST,
  ID_SAVE_LIST,
  ID_FIND,
  ID_NEW_RECORD,
  ID_EDIT_RECORD,
  ID_DELETE_RECORD,
  ID_RELOAD,
  ID_DECIDE,
  ID_RECHARGES,
  ID_PAYROLL_IMPORT,
  ID_ADMIN,
  ID_OPEN_ACTIVITY,
  ID_REPORT_FIRST,
  ID_REPORT_LAST = ID_REPORT_FIRST + 31,
};

}  // namespace s113::ui
