// What the studio opens when it is started without a project: the most recent project that
// still exists, or, the first time (no recent project), a demo project that it makes in the
// user's data folder from the synthesised demo corpus, so there is something to label, train
// on and predict within a minute. GUI thread only; the making runs as a job.
#pragma once

#include <QString>

namespace hhs::ui {

class MainWindow;

// ~/.local/share/hiphop-studio/demo (XDG_DATA_HOME/hiphop-studio/demo).
QString demoFolder();

// Opens the first recent project that still exists; false when there is none.
bool openMostRecentProject(MainWindow& window);

// Opens the demo project, making it first (on a worker, with progress) when it is not there.
void openDemoProject(MainWindow& window);

} // namespace hhs::ui
