// askHowToImportLabels: the question File ▸ Import Labels asks when the current track already
// has label regions — replace them, add the file's regions beside them (refused, with the
// overlapped region's times, if any would overlap), or cancel; askToMakeSongsFromChapters: the
// question an import asks when files carry chapters. GUI thread only.
#pragma once

#include "project/project.h"

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace hhs::ui {

// The answer; Ask: put the question (MainWindow::importLabelsFile's default).
enum class ExistingLabels { Ask, Replace, AddBeside, Cancel };

// Replace, AddBeside or Cancel. Under HHS_NO_DIALOGS nothing is asked and the answer is Replace
// (tests give their answer to MainWindow::importLabelsFile instead).
ExistingLabels askHowToImportLabels(QWidget* parent, const QString& trackName, int existingRegions);
// Whether the chapters of the files just imported become unlabelled songs named after them;
// `files` are "NAME: N chapters" lines. Under HHS_NO_DIALOGS nothing is asked: yes.
bool askToMakeSongsFromChapters(QWidget* parent, const QStringList& files);
// What ProjectController::importLabels does with the regions for an answer; nullopt: Cancel.
std::optional<Overlap> overlapFor(ExistingLabels answer);

} // namespace hhs::ui
