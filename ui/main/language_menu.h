// The studio's language choice: View ▸ Language lists the system's language and every language
// the studio ships (each in its own name), remembers the choice in QSettings and says that it
// applies from the next start. GUI thread only (chosenLanguage() may run before any window).
#pragma once

#include <QString>

class QMenu;

namespace hhs::ui {

// The language the user chose in View ▸ Language: a shipped language ("en", "ko") or empty for
// the system's.
QString chosenLanguage();

// Adds the Language submenu to `view`.
void addLanguageMenu(QMenu* view);

} // namespace hhs::ui
