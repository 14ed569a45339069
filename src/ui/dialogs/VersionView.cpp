#include "ui/dialogs/VersionView.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <map>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/RecordReads.h"
#include "ui/WxText.h"
#include "ui/models/ActivityViews.h"

namespace s113::ui {

VersionView::VersionView(wxWindow* parent, Register& reg, const AuditChange& change)
    : wxDialog(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  SetName("version_view");
  const EntityDef* def = findEntity(change.entity);
  if (!def) throw NotFound("there is no kind of record '" + change.entity + "'");
  boost::optional<StoredVersion> shown;
  for (auto& v : versionHistory(reg, *def, change.key))
    if (v.version == change.version) shown = std::move(v);
  if (!shown) throw NotFound(recordLabel(*def, change.key) + " has no version " +
                             std::to_string(change.version) + ".");
  SetTitle(wxString::Format(_("%s %s, version %d"), wxGetTranslation(toWx(def->label)),
                            toWx(change.key), change.version));

  std::map<std::string, std::string> before;
  for (const auto& e : change.entries) before[e.field] = e.oldValue;
  auto* summary = new wxStaticText(
      this, wxID_ANY,
      wxString::Format(_("%s by %s on %s. Valid from %s."), toWx(change.what()), toWx(change.actor),
                       toWx(displayTimestamp(change.at)), toWx(formatUk(shown->validFrom))));
  summary->SetName("summary");
  fields_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(720, 380),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
  fields_->SetName("version_fields");
  fields_->AppendColumn(_("Field"), wxLIST_FORMAT_LEFT, 220);
  fields_->AppendColumn(_("This version"), wxLIST_FORMAT_LEFT, 260);
  fields_->AppendColumn(_("Before this change"), wxLIST_FORMAT_LEFT, 220);
  long row = 0;
  for (std::size_t i = 0; i < def->fields.size(); ++i) {
    const FieldDef& field = def->fields[i];
    const std::string label = auditFieldLabel(def->name, field.name);
    fields_->InsertItem(row, wxGetTranslation(toWx(label)));
    fields_->SetItem(row, 1, toWx(auditValue(def->name, field.name,
                                             exchangeText(field, shown->fields.empty() ? FieldValue() : shown->fields[i]))));
    auto changed = before.find(field.name);
    if (changed != before.end()) {
      fields_->SetItem(row, 2, toWx(auditValue(def->name, field.name, changed->second)));
      wxFont bold = fields_->GetFont();
      bold.SetWeight(wxFONTWEIGHT_BOLD);
      fields_->SetItemFont(row, bold);
    }
    ++row;
  }

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto* show = new wxButton(this, wxID_FIND, _("&Show in list"));
  buttons->Add(show, 0, wxRIGHT, 8);
  buttons->Add(new wxButton(this, wxID_CLOSE, _("&Close")));
  show->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_FIND); });
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
  SetEscapeId(wxID_CLOSE);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(summary, 0, wxALL, 12);
  sizer->Add(fields_, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
  sizer->Add(buttons, 0, wxALIGN_RIGHT | wxALL, 12);
  SetSizerAndFit(sizer);
  CentreOnParent();
}

wxString VersionView::valueOf(const std::string& fieldLabel) const {
  for (long row = 0; row < fields_->GetItemCount(); ++row)
    if (fields_->GetItemText(row, 0) == toWx(fieldLabel)) return fields_->GetItemText(row, 1);
  return wxString();
}

}  // namespace s113::ui
