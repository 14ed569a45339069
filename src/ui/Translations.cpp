#include "ui/Translations.h"

#include <wx/arrstr.h>
#include <wx/intl.h>
#include <wx/translation.h>

#include "ui/HelpFiles.h"
#include "ui/WxText.h"

namespace s113::ui {

void loadTranslations() {
  for (const std::string& folder : localeFolders())
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(toWx(folder));
  auto* translations = new wxTranslations;
  wxTranslations::Set(translations);
  // GetBestTranslation also offers the language the strings are written in
  // (en_US for wx): only a language with a catalogue counts.
  const wxString best = translations->GetBestTranslation(kCatalogue);
  const wxArrayString available = translations->GetAvailableTranslations(kCatalogue);
  translations->SetLanguage(available.Index(best) != wxNOT_FOUND ? best : wxString("en_GB"));
  translations->AddStdCatalog();
  translations->AddCatalog(kCatalogue);
}

}  // namespace s113::ui
