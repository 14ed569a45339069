// Per-user UI state (last register, window placement, column widths, recent
// registers) behind one typed facade over wxConfig. The store is the one
// wxConfigBase::Get() returns, named after wxApp::GetAppName(): tests set
// another application name (or install their own wxConfig) so they never
// touch a user's settings. Organisation parameters never live here.
#pragma once
#include <wx/gdicmn.h>

#include <string>
#include <vector>

class wxConfigBase;
class wxFileHistory;

namespace s113::ui {

class Settings {
 public:
  // The register opened last ("" when none).
  static std::string lastRegister();
  static void setLastRegister(const std::string& target);

  // The main window's placement; wxDefaultPosition/wxDefaultSize when never saved.
  static wxRect frameRect();
  static void setFrameRect(const wxRect& rect);
  static bool frameMaximised();
  static void setFrameMaximised(bool maximised);

  // Column widths of an entity's list, in column order; empty when never saved.
  static std::vector<int> columnWidths(const std::string& entity);
  static void setColumnWidths(const std::string& entity, const std::vector<int>& widths);

  static void loadRecent(wxFileHistory& history);
  static void saveRecent(wxFileHistory& history);

  static void flush();

 private:
  static wxConfigBase& config();
};

}  // namespace s113::ui
