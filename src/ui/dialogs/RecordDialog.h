// The form that creates or edits one record of any entity. It loads
// "<entity>_dialog" from the compiled-in forms when there is one
// (forms/<entity>_dialog.xrc: sections whose "place_<field>" panels receive
// the field's label and control, FormFields.h) and otherwise "record_dialog",
// whose fields panel is filled from the EntityDef. Either way each field has a
// control named after it and a red "error_<field>" text. References are
// picked by name (RefPicker), splits typed or edited in a grid (SplitEditor),
// and fields that follow from a picked record (FormFollows.h) are filled
// in. On Save the record goes through RecordService::save and every
// validation message appears next to the field at fault while the form stays
// open with nothing saved. A valid record that needs attention (a review
// passed, more FTE than a contract or post has) is first shown with its
// warnings next to the fields; Save again saves it as it is.
#pragma once
#include <wx/dialog.h>

#include <boost/optional.hpp>
#include <map>
#include <string>

#include "domain/Dates.h"
#include "domain/ExchangeForm.h"
#include "services/RecordService.h"
#include "storage/Register.h"
#include "ui/models/RefNames.h"

class wxStaticText;
class wxComboBox;

namespace s113::ui {

class SplitEditor;

class RecordDialog : public wxDialog {
 public:
  // `key` empty: a new record. Otherwise the newest version of that record is
  // the starting point (and the base version of the edit). Throws NotFound,
  // MissingControl.
  RecordDialog(wxWindow* parent, Register& reg, const EntityDef& def, const std::string& key = "");

  const EntityDef& entity() const { return def_; }
  bool isNew() const { return baseVersion_ == 0; }

  // What Save does: returns true when the record was saved.
  bool submit();

  // After a successful save.
  struct Saved {
    std::string key;
    int version = 0;
    boost::optional<FieldValues> before;  // none for a new record
    FieldValues after;
    Date validFrom;
  };
  const boost::optional<Saved>& saved() const { return saved_; }

  // The control of a field ("valid_from" and the key field included) and its
  // error text; nullptr when there is none.
  wxWindow* control(const std::string& field) const;
  wxString errorText(const std::string& field) const;  // "error_general" for the rest
  // Sets a field as if typed / chosen (tests, defaults).
  void setFieldText(const std::string& field, const std::string& stored);

  static constexpr const char* kValidFrom = "valid_from";

  // The list showed this record as at `asAt` in version `listedVersion`.
  // When that is not the version the form edits (the newest), the form says
  // so above its fields.
  void noteListedVersion(const Date& asAt, int listedVersion);
  // That notice ("" when there is none).
  wxString versionNotice() const;

 private:
  struct FieldControl {
    FieldDef def;
    wxWindow* control = nullptr;
    wxStaticText* error = nullptr;
    SplitEditor* split = nullptr;
  };
  wxString labelOf(const FieldDef& field) const;
  void placeFields();
  void buildGenericFields();
  void bindFollows();
  // Fills the fields that follow from the record `refField` now names,
  // leaving alone a field the user typed.
  void fillFollowing(const std::string& refField);
  std::string currentText(const std::string& field) const;
  void bindFields();
  void fillChoices();
  void showValues(const FieldValues& values);
  bool readValues(Record& record, std::string& key, Date& validFrom);
  void clearErrors();
  void showFieldError(const std::string& field, const std::string& message);
  void relayout();
  // Shows what warningsForEdit (services/Attention.h) says about the edit,
  // once for these values: true when it showed any (nothing is saved; Save
  // again saves).
  bool showWarnings(const Edit& edit);
  void showFieldWarning(const std::string& field, const std::string& message);
  void onSave(wxCommandEvent& event);

  Register& reg_;
  const EntityDef& def_;
  std::string formName_;
  std::vector<FieldDef> formFields_;  // key, every field, valid_from
  std::map<std::string, FieldControl> fields_;
  wxStaticText* generalError_ = nullptr;
  int baseVersion_ = 0;
  Date baseValidFrom_;
  wxStaticText* versionNotice_ = nullptr;
  wxString versionNoticeText_;
  FieldValues before_;
  RefNames names_;
  std::map<std::string, std::string> filled_;  // field -> the text the form filled in
  FieldValues warnedFor_;  // the values last warned about
  boost::optional<Saved> saved_;
};

}  // namespace s113::ui
