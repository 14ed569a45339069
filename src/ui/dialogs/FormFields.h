// The controls of a record form's fields, made from the field's description
// (EntityDef): a text box, a choice of the enum's words, a check box, a
// searchable picker of the referenced records (RefPicker), a split editor
// (SplitEditor). A designed form (forms/<entity>_dialog.xrc) lays out its
// sections and places each field with an empty panel "place_<field>"; the
// form fills it with the field's label, control (named after the field) and
// its red "error_<field>" text, so no form repeats the catalogue's types,
// labels or choices.
#pragma once
#include <wx/window.h>

#include <string>

#include "domain/EntityDef.h"
#include "ui/models/RefNames.h"

class wxStaticText;

namespace s113::ui {

// The control for `field`, a child of `parent` named after the field (for a
// split: the editor panel, whose line is the named control).
wxWindow* makeFieldEditor(wxWindow* parent, const FieldDef& field, RefNames& names);

// The red text under a field, hidden while empty.
wxStaticText* makeErrorText(wxWindow* parent, const std::string& field);

// Fills the placeholder panel: label, editor, error text. `labelText` is the
// label shown ("Employment contract").
void fillPlaceholder(wxWindow* place, const FieldDef& field, const wxString& labelText,
                     RefNames& names);

// Gives every placeholder's label in the same section (the same containing
// sizer) the width of the widest, so the controls line up.
void alignLabels(wxWindow* form);

constexpr int kFieldWidth = 300;
constexpr int kLabelWrap = 170;

}  // namespace s113::ui
