// The application's icon (packaging/icons/hicolor/NxN/s113reg.png, compiled
// into the program): the main window's icon bundle and the About box's image.
#pragma once
#include <wx/bitmap.h>
#include <wx/iconbndl.h>

namespace s113::ui {

// Every size of the icon (16 to 256 pixels).
wxIconBundle appIcons();
// The icon at `size` pixels (the nearest size drawn, scaled when needed).
wxBitmap appIconBitmap(int size);

}  // namespace s113::ui
