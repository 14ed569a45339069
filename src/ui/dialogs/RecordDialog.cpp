#include "ui/dialogs/RecordDialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/intl.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

#include "domain/Catalog.h"
#include "domain/Errors.h"
#include "domain/Validation.h"
#include "services/Attention.h"
#include "services/RecordReads.h"
#include "services/RecordService.h"
#include "ui/ErrorDisplay.h"
#include "ui/Resources.h"
#include "ui/WxText.h"
#include "ui/dialogs/FormFields.h"
#include "ui/models/FormFollows.h"
#include "ui/panels/RefPicker.h"
#include "ui/panels/SplitEditor.h"
#include "ui/models/EnumWords.h"
#include "ui/models/FieldText.h"
#include "ui/models/RecordTableModel.h"

namespace s113::ui {
namespace {

constexpr int kErrorWrap = 300;
const wxColour kErrorColour(0xC0, 0x00, 0x00);
const wxColour kWarningColour(0x99, 0x55, 0x00);

wxString keyLabel(const EntityDef& def) {
  if (def.keyField == "ref") return _("Reference");
  if (def.keyField == "code") return _("Code");
  return toWx(def.keyField);
}

std::string refKey(const wxString& text) { return refKeyOf(fromWx(text)); }

}  // namespace

RecordDialog::RecordDialog(wxWindow* parent, Register& reg, const EntityDef& def,
                           const std::string& key)
    : reg_(reg), def_(def), names_(reg) {
  loadResources();
  formFields_.push_back(
      FieldDef{def.keyField, FieldType::Text, true, fromWx(keyLabel(def)), {}, ""});
  formFields_.insert(formFields_.end(), def.fields.begin(), def.fields.end());
  formFields_.push_back(
      FieldDef{kValidFrom, FieldType::Date, true, fromWx(_("Valid from")), {}, ""});

  formName_ = def.name + "_dialog";
  const bool ownForm = wxXmlResource::Get()->GetResourceNode(toWx(formName_)) != nullptr;
  const wxString loaded = ownForm ? toWx(formName_) : wxString("record_dialog");
  loadDialog(this, parent, loaded);
  if (ownForm)
    placeFields();
  else
    buildGenericFields();
  alignLabels(this);
  bindFields();
  fillChoices();
  bindFollows();
  Bind(wxEVT_BUTTON, &RecordDialog::onSave, this, wxID_OK);

  const wxString entityLabel = wxGetTranslation(toWx(def.label));
  wxTextCtrl* keyCtrl = static_cast<wxTextCtrl*>(control(def.keyField));
  if (key.empty()) {
    SetTitle(wxString::Format(_("New %s"), entityLabel.Lower()));
  } else {
    auto latest = latestVersion(reg_, def_, key);
    if (!latest || latest->deleted) throw NotFound(recordLabel(def_, key) + " does not exist.");
    baseVersion_ = latest->version;
    baseValidFrom_ = latest->validFrom;
    before_ = latest->fields;
    showValues(before_);
    keyCtrl->ChangeValue(toWx(key));
    keyCtrl->SetEditable(false);
    SetTitle(wxString::Format(_("%s %s (version %d)"), entityLabel, toWx(key), baseVersion_));
  }
  static_cast<wxTextCtrl*>(control(kValidFrom))->ChangeValue(toWx(formatUk(today())));
  relayout();
  CentreOnParent();
  (key.empty() ? keyCtrl : control(formFields_[1].name))->SetFocus();
}

wxString RecordDialog::labelOf(const FieldDef& field) const {
  return wxGetTranslation(toWx(field.label));
}

void RecordDialog::placeFields() {
  for (const auto& field : formFields_)
    if (wxWindow* place = FindWindow(wxXmlResource::GetXRCID(toWx("place_" + field.name))))
      fillPlaceholder(place, field, labelOf(field), names_);
}

void RecordDialog::buildGenericFields() {
  auto* panel = requireControl<wxScrolledWindow>(this, "fields_panel");
  auto* column = new wxBoxSizer(wxVERTICAL);
  for (const auto& field : formFields_) {
    auto* place = new wxPanel(panel, wxID_ANY);
    place->SetName(toWx("place_" + field.name));
    fillPlaceholder(place, field, labelOf(field), names_);
    column->Add(place, 0, wxEXPAND | wxALL, 3);
  }
  auto* outer = new wxBoxSizer(wxVERTICAL);
  outer->Add(column, 1, wxEXPAND | wxRIGHT, 16);
  panel->SetSizer(outer);
  panel->SetScrollRate(0, 12);
  alignLabels(panel);
  const wxSize needed = outer->GetMinSize();
  panel->SetMinSize(wxSize(std::max(needed.x + 20, 520), std::min(needed.y + 8, 620)));
  panel->FitInside();
}

void RecordDialog::bindFields() {
  for (const auto& field : formFields_) {
    FieldControl fc{field, nullptr, nullptr};
    switch (field.type) {
      case FieldType::Enum:
        fc.control = requireControl<wxChoice>(this, field.name);
        break;
      case FieldType::Ref:
        fc.control = requireControl<wxComboBox>(this, field.name);
        break;
      case FieldType::Bool:
        fc.control = requireControl<wxCheckBox>(this, field.name);
        break;
      default:
        fc.control = requireControl<wxTextCtrl>(this, field.name);
    }
    fc.error = requireControl<wxStaticText>(this, "error_" + field.name);
    if (field.type == FieldType::Split)
      fc.split = dynamic_cast<SplitEditor*>(fc.control->GetParent());
    fields_[field.name] = fc;
  }
  generalError_ = requireControl<wxStaticText>(this, "error_general");
  requireControl<wxButton>(this, "wxID_OK");
  requireControl<wxButton>(this, "wxID_CANCEL");
}

void RecordDialog::fillChoices() {
  for (auto& [name, fc] : fields_) {
    const FieldDef& field = fc.def;
    if (field.type == FieldType::Enum) {
      auto* choice = static_cast<wxChoice*>(fc.control);
      choice->Clear();
      if (!field.required) choice->Append(wxString());
      for (const auto& spelling : field.allowed) choice->Append(toWx(enumChoiceWords(spelling)));
      choice->SetSelection(0);
    } else if (field.type == FieldType::Ref && !dynamic_cast<RefPicker*>(fc.control)) {
      auto* combo = static_cast<wxComboBox*>(fc.control);
      combo->Clear();
      for (const auto& item : names_.items(field.refEntity)) combo->Append(toWx(item.text));
    }
  }
}

void RecordDialog::bindFollows() {
  for (const auto& follow : followsOf(def_.name)) {
    auto* picker = dynamic_cast<RefPicker*>(control(follow.refField));
    if (!picker) continue;
    picker->onPicked([this, field = follow.refField] { fillFollowing(field); });
  }
}

void RecordDialog::fillFollowing(const std::string& refField) {
  const FieldDef* ref = def_.field(refField);
  auto* picker = dynamic_cast<RefPicker*>(control(refField));
  if (!ref || !picker) return;
  const EntityDef* sourceDef = findEntity(ref->refEntity);
  const FieldValues source = names_.fieldsOf(ref->refEntity, picker->key());
  if (!sourceDef || source.empty()) return;
  for (const auto& follow : followsOf(def_.name)) {
    if (follow.refField != refField) continue;
    const std::size_t from = fieldIndex(*sourceDef, follow.sourceField);
    const std::string value = exchangeText(sourceDef->fields[from], source[from]);
    if (value.empty()) continue;
    const std::string now = currentText(follow.target);
    auto filled = filled_.find(follow.target);
    const bool typedByUser = !now.empty() && (filled == filled_.end() || filled->second != now);
    if (typedByUser) continue;
    setFieldText(follow.target, value);
    filled_[follow.target] = currentText(follow.target);
    if (auto* next = dynamic_cast<RefPicker*>(control(follow.target))) next->resolve();
  }
}

std::string RecordDialog::currentText(const std::string& field) const {
  wxWindow* ctrl = control(field);
  if (auto* combo = dynamic_cast<wxComboBox*>(ctrl)) return fromWx(combo->GetValue());
  if (auto* text = dynamic_cast<wxTextCtrl*>(ctrl)) return fromWx(text->GetValue());
  return "";
}

wxWindow* RecordDialog::control(const std::string& field) const {
  auto it = fields_.find(field);
  return it == fields_.end() ? nullptr : it->second.control;
}

wxString RecordDialog::errorText(const std::string& field) const {
  if (field == "error_general" || field == "general") return generalError_->GetLabel();
  auto it = fields_.find(field);
  return it == fields_.end() ? wxString() : it->second.error->GetLabel();
}

void RecordDialog::setFieldText(const std::string& field, const std::string& stored) {
  auto it = fields_.find(field);
  if (it == fields_.end()) throw std::invalid_argument("the form has no field '" + field + "'");
  const FieldDef& def = it->second.def;
  wxWindow* ctrl = it->second.control;
  switch (def.type) {
    case FieldType::Enum: {
      auto* choice = static_cast<wxChoice*>(ctrl);
      auto pos = std::find(def.allowed.begin(), def.allowed.end(), stored);
      int offset = def.required ? 0 : 1;
      if (pos != def.allowed.end())
        choice->SetSelection(static_cast<int>(pos - def.allowed.begin()) + offset);
      else if (!def.required)
        choice->SetSelection(0);
      break;
    }
    case FieldType::Ref: {
      if (auto* picker = dynamic_cast<RefPicker*>(ctrl)) {
        picker->setKey(stored);
        break;
      }
      auto* combo = static_cast<wxComboBox*>(ctrl);
      wxString value = toWx(stored);
      for (unsigned i = 0; i < combo->GetCount() && !stored.empty(); ++i)
        if (refKey(combo->GetString(i)) == stored) value = combo->GetString(i);
      combo->SetValue(value);
      break;
    }
    case FieldType::Bool:
      static_cast<wxCheckBox*>(ctrl)->SetValue(stored == "true");
      break;
    default:
      static_cast<wxTextCtrl*>(ctrl)->ChangeValue(toWx(editText(def, stored)));
      if (it->second.split) it->second.split->showLine();
  }
}

void RecordDialog::showValues(const FieldValues& values) {
  for (std::size_t i = 0; i < def_.fields.size(); ++i)
    setFieldText(def_.fields[i].name, values.empty() ? std::string() : exchangeText(def_.fields[i], values[i]));
}

bool RecordDialog::readValues(Record& record, std::string& key, Date& validFrom) {
  bool ok = true;
  for (const auto& [name, fc] : fields_) {
    const FieldDef& field = fc.def;
    std::string value;
    switch (field.type) {
      case FieldType::Enum: {
        int index = static_cast<wxChoice*>(fc.control)->GetSelection();
        if (!field.required) --index;
        if (index >= 0 && index < static_cast<int>(field.allowed.size()))
          value = field.allowed[index];
        break;
      }
      case FieldType::Ref:
        if (auto* picker = dynamic_cast<RefPicker*>(fc.control)) {
          picker->resolve();
          value = picker->key();
        } else {
          value = refKey(static_cast<wxComboBox*>(fc.control)->GetValue());
        }
        break;
      case FieldType::Bool:
        value = static_cast<wxCheckBox*>(fc.control)->GetValue() ? "true" : "false";
        break;
      default: {
        std::string problem;
        if (!storedValue(field, fromWx(static_cast<wxTextCtrl*>(fc.control)->GetValue()), value,
                         problem)) {
          showFieldError(name, problem);
          ok = false;
        }
      }
    }
    if (name == def_.keyField) {
      key = value;
    } else if (name == kValidFrom) {
      if (value.empty()) {
        showFieldError(name, fromWx(_("enter the date this version takes effect")));
        ok = false;
      } else {
        try {
          validFrom = parseIsoDate(value);
        } catch (const std::exception&) {
          // already reported by storedValue
        }
      }
    } else {
      record[name] = value;
    }
  }
  return ok;
}

void RecordDialog::clearErrors() {
  for (auto& [name, fc] : fields_) {
    fc.error->SetLabel(wxString());
    fc.error->SetForegroundColour(kErrorColour);
    fc.error->Hide();
  }
  generalError_->SetForegroundColour(kErrorColour);
  generalError_->SetLabel(wxString());
}

void RecordDialog::showFieldError(const std::string& field, const std::string& message) {
  auto it = fields_.find(field);
  wxStaticText* target = it == fields_.end() ? generalError_ : it->second.error;
  wxString text = target->GetLabel();
  if (!text.empty()) text += "\n";
  if (it == fields_.end() && !field.empty()) {
    const FieldDef* def = def_.field(field);
    text += (def ? wxGetTranslation(toWx(def->label)) : toWx(field)) + ": ";
  }
  text += toWx(message);
  target->SetLabel(text);
  target->Show();
  target->Wrap(it == fields_.end() ? 2 * kErrorWrap : kErrorWrap);
}

void RecordDialog::noteListedVersion(const Date& asAt, int listedVersion) {
  if (isNew() || listedVersion == baseVersion_ || versionNotice_) return;
  versionNoticeText_ =
      wxString::Format(_("The list shows the register as at %s, when version %d of this record was "
                         "in force. This form edits the newest version, %d (valid from %s): "
                         "saving makes version %d, valid from the date below."),
                       toWx(formatUk(asAt)), listedVersion, baseVersion_,
                       toWx(formatUk(baseValidFrom_)), baseVersion_ + 1);
  versionNotice_ = new wxStaticText(this, wxID_ANY, versionNoticeText_);
  versionNotice_->SetName("version_notice");
  versionNotice_->SetForegroundColour(wxColour(0x80, 0x50, 0x00));
  versionNotice_->Wrap(560);
  GetSizer()->Insert(0, versionNotice_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
  relayout();
}

wxString RecordDialog::versionNotice() const { return versionNoticeText_; }

void RecordDialog::relayout() {
  if (auto* panel =
          dynamic_cast<wxScrolledWindow*>(FindWindow(wxXmlResource::GetXRCID("fields_panel"))))
    panel->FitInside();
  Layout();
  const wxSize best = GetBestSize(), now = GetSize();
  SetSize(wxSize(std::max(best.x, now.x), std::max(best.y, now.y)));
  Layout();
}

bool RecordDialog::submit() {
  clearErrors();
  Record record;
  std::string key;
  Date validFrom = today();
  if (!readValues(record, key, validFrom)) {
    relayout();
    return false;
  }
  try {
    // The form's text parsed once (each value's spelling was checked as it
    // was read); the save checks the rest.
    Edit edit{&def_, key, parseFields(def_, record, recordLabel(def_, key)), baseVersion_, validFrom};
    if (showWarnings(edit)) {
      relayout();
      return false;
    }
    int version = RecordService(reg_).save(edit);
    auto written = latestVersion(reg_, def_, key);
    Saved saved;
    saved.key = key;
    saved.version = version;
    if (baseVersion_ > 0) saved.before = before_;
    saved.after = written ? written->fields : edit.fields;
    saved.validFrom = validFrom;
    saved_ = saved;
    return true;
  } catch (const ValidationErrors& errors) {
    for (const auto& e : errors.errors()) showFieldError(e.field(), e.reason());
  } catch (const ValidationError& e) {
    showFieldError(e.field(), e.reason());
  } catch (const std::exception& e) {
    showError(this, reportFor(_("Save"), e));
  }
  relayout();
  return false;
}

bool RecordDialog::showWarnings(const Edit& edit) {
  // Only a record that is valid on its own is worth warning about.
  if (!validateValues(def_, edit.key, edit.fields).empty()) return false;
  const auto warnings = warningsForEdit(reg_, edit, today());
  if (warnings.empty() || edit.fields == warnedFor_) return false;
  warnedFor_ = edit.fields;
  for (const auto& w : warnings) showFieldWarning(w.field, w.message);
  generalError_->SetForegroundColour(kWarningColour);
  generalError_->SetLabel(_("Nothing is saved yet. Check the warnings above; Save again to save "
                            "the record as it is."));
  generalError_->Wrap(2 * kErrorWrap);
  return true;
}

void RecordDialog::showFieldWarning(const std::string& field, const std::string& message) {
  showFieldError(field, fromWx(_("Warning:")) + " " + message);
  auto it = fields_.find(field);
  (it == fields_.end() ? generalError_ : it->second.error)->SetForegroundColour(kWarningColour);
}

void RecordDialog::onSave(wxCommandEvent&) {
  if (!submit()) return;
  SetReturnCode(wxID_OK);  // EndDialog only sets it for a modal dialog
  EndDialog(wxID_OK);
}

}  // namespace s113::ui
