// The form that creates or edits one record of any entity. It loads
// "<entity>_dialog" from the compiled-in forms when there is one (the post has
// forms/post_dialog.xrc) and otherwise "record_dialog", whose fields panel is
// filled from the EntityDef. Either way each field has a control named after
// it and a red "error_<field>" text: on Save the record goes through
// RecordService::save and every validation message appears next to the field
// at fault while the form stays open with nothing saved.
#pragma once
#include <wx/dialog.h>

#include <boost/optional.hpp>
#include <map>
#include <string>

#include "domain/Dates.h"
#include "domain/Record.h"
#include "storage/Register.h"

class wxStaticText;
class wxComboBox;

namespace s113::ui {

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
    boost::optional<Record> before;  // none for a new record
    Record after;
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
  };
  void buildGenericFields();
  void bindFields();
  void fillChoices();
  void showValues(const Record& record);
  bool readValues(Record& record, std::string& key, Date& validFrom);
  void clearErrors();
  void showFieldError(const std::string& field, const std::string& message);
  void relayout();
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
  Record before_;
  boost::optional<Saved> saved_;
};

}  // namespace s113::ui
