#include "ui/dialogs/FormFields.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <map>
#include <vector>

#include "ui/WxText.h"
#include "ui/panels/RefPicker.h"
#include "ui/panels/SplitEditor.h"

namespace s113::ui {
namespace {

const wxColour kErrorColour(0xC0, 0x00, 0x00);

wxWindowID idOf(const std::string& name) { return wxXmlResource::GetXRCID(toWx(name)); }

std::vector<std::string> partnerCodes(RefNames& names) {
  std::vector<std::string> codes;
  for (const auto& item : names.items("partner")) codes.push_back(item.key);
  return codes;
}

}  // namespace

wxWindow* makeFieldEditor(wxWindow* parent, const FieldDef& field, RefNames& names) {
  const wxWindowID id = idOf(field.name);
  wxWindow* ctrl = nullptr;
  switch (field.type) {
    case FieldType::Enum:
      ctrl = new wxChoice(parent, id);
      break;
    case FieldType::Ref:
      ctrl = new RefPicker(parent, id, names.items(field.refEntity));
      break;
    case FieldType::Bool:
      ctrl = new wxCheckBox(parent, id, wxString());
      break;
    case FieldType::Split:
      return new SplitEditor(parent, field.name, partnerCodes(names));
    default: {
      auto* text = new wxTextCtrl(parent, id, wxString(), wxDefaultPosition, wxSize(kFieldWidth, -1));
      if (field.type == FieldType::Date) text->SetHint(_("dd/mm/yyyy"));
      if (field.type == FieldType::Money) text->SetHint(_("£"));
      ctrl = text;
    }
  }
  ctrl->SetName(toWx(field.name));
  return ctrl;
}

wxStaticText* makeErrorText(wxWindow* parent, const std::string& field) {
  auto* error = new wxStaticText(parent, idOf("error_" + field), wxString());
  error->SetName(toWx("error_" + field));
  error->SetForegroundColour(kErrorColour);
  error->Hide();
  return error;
}

void fillPlaceholder(wxWindow* place, const FieldDef& field, const wxString& labelText,
                     RefNames& names) {
  auto* label = new wxStaticText(place, idOf("label_" + field.name), labelText + ":");
  label->SetName(toWx("label_" + field.name));
  label->Wrap(kLabelWrap);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(makeFieldEditor(place, field, names), 0, wxEXPAND);
  column->Add(makeErrorText(place, field.name), 0, wxEXPAND);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(label, 0, wxTOP | wxRIGHT, 6);
  row->Add(column, 1, wxEXPAND);
  place->SetSizer(row);
}

void alignLabels(wxWindow* form) {
  std::map<wxSizer*, std::vector<wxWindow*>> bySection;
  std::vector<wxWindow*> pending{form};
  while (!pending.empty()) {
    wxWindow* w = pending.back();
    pending.pop_back();
    for (wxWindow* child : w->GetChildren()) pending.push_back(child);
    if (!w->GetName().StartsWith("label_") || !w->GetParent() ||
        !w->GetParent()->GetName().StartsWith("place_"))
      continue;
    if (wxSizer* section = w->GetParent()->GetContainingSizer()) bySection[section].push_back(w);
  }
  for (auto& [section, labels] : bySection) {
    int widest = 0;
    for (wxWindow* label : labels) widest = std::max(widest, label->GetBestSize().x);
    for (wxWindow* label : labels) label->SetMinSize(wxSize(widest, -1));
  }
}

}  // namespace s113::ui
