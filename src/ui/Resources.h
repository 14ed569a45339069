// The forms (forms/*.xrc) compiled into the program by wxrc, and a checked
// way to reach their controls: a form missing a control fails loudly with the
// control's name instead of crashing later on a null pointer.
#pragma once
#include <wx/dialog.h>
#include <wx/window.h>
#include <wx/xrc/xmlres.h>

#include <stdexcept>
#include <string>

namespace s113::ui {

// Installs the XRC handlers and the compiled-in forms (once).
void loadResources();

class MissingControl : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Loads the XRC form `formName` into `dialog` (created as a child of
// `parent`) and names the dialog after it, so requireControl can say which
// form lacks a control. Throws MissingControl when the form is not compiled in.
void loadDialog(wxDialog* dialog, wxWindow* parent, const wxString& formName);

// Makes the form's Close button (wxID_CLOSE) close it: ends it when shown
// modally, hides it when shown modeless (a window the user keeps beside the list).
void closeOnCloseButton(wxDialog* dialog);

// The control called `name` inside `parent`, of type T; throws MissingControl.
template <typename T>
T* requireControl(wxWindow* parent, const std::string& name) {
  wxWindow* window = parent->FindWindow(wxXmlResource::GetXRCID(wxString::FromUTF8(name.c_str())));
  T* control = dynamic_cast<T*>(window);
  if (!control)
    throw MissingControl("form '" + std::string(parent->GetName().utf8_str()) + "' has no " +
                         (window ? "control of the expected type" : "control") + " named '" + name +
                         "'");
  return control;
}

}  // namespace s113::ui
