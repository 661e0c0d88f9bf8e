// The studio's interface font: the desktop's own font for Latin text and punctuation, with a
// Hangul font (Nanum Gothic from fonts-nanum, which the package depends on, or another Korean
// font the system has) for Korean, so Korean renders the same on every desktop and "…" stays
// on the baseline under a Korean locale too. GUI thread only, once the QApplication exists.
#pragma once

#include <QStringList>

namespace hhs::ui {

// The families the interface font uses, first the Latin one, then the Hangul one (when found).
QStringList studioFontFamilies();

// Makes them the application's font.
void useStudioFont();

} // namespace hhs::ui
