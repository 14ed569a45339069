#include "ui/Settings.h"

#include <wx/config.h>
#include <wx/filehistory.h>
#include <wx/tokenzr.h>

#include "ui/WxText.h"

namespace s113::ui {

wxConfigBase& Settings::config() {
  wxConfigBase* config = wxConfigBase::Get();
  if (!config) throw std::runtime_error("no settings store is available");
  return *config;
}

std::string Settings::lastRegister() { return fromWx(config().Read("/Register/Last", wxString())); }

void Settings::setLastRegister(const std::string& target) {
  config().Write("/Register/Last", toWx(target));
}

wxRect Settings::frameRect() {
  wxConfigBase& c = config();
  long x = 0, y = 0, w = 0, h = 0;
  if (!c.Read("/Frame/X", &x) || !c.Read("/Frame/Y", &y) || !c.Read("/Frame/Width", &w) ||
      !c.Read("/Frame/Height", &h) || w < 200 || h < 150)
    return wxRect(wxDefaultPosition, wxDefaultSize);
  return wxRect(static_cast<int>(x), static_cast<int>(y), static_cast<int>(w), static_cast<int>(h));
}

void Settings::setFrameRect(const wxRect& rect) {
  wxConfigBase& c = config();
  c.Write("/Frame/X", static_cast<long>(rect.x));
  c.Write("/Frame/Y", static_cast<long>(rect.y));
  c.Write("/Frame/Width", static_cast<long>(rect.width));
  c.Write("/Frame/Height", static_cast<long>(rect.height));
}

bool Settings::frameMaximised() { return config().ReadBool("/Frame/Maximised", false); }

void Settings::setFrameMaximised(bool maximised) { config().Write("/Frame/Maximised", maximised); }

std::vector<int> Settings::columnWidths(const std::string& entity) {
  std::vector<int> widths;
  wxString text = config().Read("/Columns/" + toWx(entity), wxString());
  wxStringTokenizer tokens(text, ",");
  while (tokens.HasMoreTokens()) {
    long width = 0;
    if (!tokens.GetNextToken().ToLong(&width) || width < 0 || width > 5000) return {};
    widths.push_back(static_cast<int>(width));
  }
  return widths;
}

void Settings::setColumnWidths(const std::string& entity, const std::vector<int>& widths) {
  wxString text;
  for (int width : widths) text << (text.empty() ? "" : ",") << width;
  config().Write("/Columns/" + toWx(entity), text);
}

void Settings::loadRecent(wxFileHistory& history) {
  wxConfigBase& c = config();
  c.SetPath("/Recent");
  history.Load(c);
  c.SetPath("/");
}

void Settings::saveRecent(wxFileHistory& history) {
  wxConfigBase& c = config();
  c.DeleteGroup("/Recent");
  c.SetPath("/Recent");
  history.Save(c);
  c.SetPath("/");
}

void Settings::flush() { config().Flush(); }

}  // namespace s113::ui
