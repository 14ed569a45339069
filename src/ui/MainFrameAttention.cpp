// The status bar's count of what needs attention (services/Attention.h), as
// at the list's date; the list itself is the navigator's "Needs attention".
#include <wx/intl.h>
#include <wx/statusbr.h>

#include "services/Attention.h"
#include "ui/MainFrame.h"

namespace s113::ui {

void MainFrame::refreshAttention() {
  attentionCount_ = register_ ? needsAttention(*register_, asAt()).size() : 0;
  if (!GetStatusBar()) return;
  SetStatusText(attentionCount_ == 0
                    ? wxString()
                    : wxString::Format(wxPLURAL("%zu needs attention", "%zu need attention",
                                                attentionCount_),
                                       attentionCount_),
                STATUS_ATTENTION);
}

}  // namespace s113::ui
