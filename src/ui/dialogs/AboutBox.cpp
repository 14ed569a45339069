#include "ui/dialogs/AboutBox.h"

#include <wx/aboutdlg.h>
#include <wx/stattext.h>

#include "s113/Version.h"
#include "ui/AppIcon.h"

namespace s113::ui {
namespace {

wxAboutDialogInfo aboutInfo() {
  wxAboutDialogInfo info;
  info.SetName(_("S113 Register"));
  info.SetVersion(kVersion);
  info.SetDescription(
      _("Who employs and who hosts every post, Section 113 placements, single-manager "
        "contracts, joint posts and recharges between partners."));
  wxIcon icon;
  icon.CopyFromBitmap(appIconBitmap(64));
  info.SetIcon(icon);
  return info;
}

}  // namespace

AboutBox::AboutBox(wxWindow* parent) {
  Create(aboutInfo(), parent);
  SetName("about_box");
}

void AboutBox::DoAddCustomControls() {
  licence_ = new wxStaticText(this, wxID_ANY,
                              wxString::Format(_("Licence: %s (%s)"),
                                               wxGetTranslation(kLicenceText), kLicence));
  licence_->SetName("licence");
  licence_->Wrap(360);
  AddControl(licence_);
}

wxString AboutBox::licenceText() const { return licence_ ? licence_->GetLabel() : wxString(); }

}  // namespace s113::ui
