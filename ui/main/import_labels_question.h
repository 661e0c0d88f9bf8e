// askHowToImportLabels: the question File ▸ Import Labels asks when the current track already
// has label regions — replace them, add the file's regions beside them (refused, with the
// overlapped region's times, if any would overlap), or cancel. GUI thread only.
#pragma once

#include "project/project.h"

#include <QString>
#include <optional>

class QWidget;

namespace hhs::ui {

// Overlap::ReplaceAll or Overlap::Refuse (add beside); nullopt when the user cancels. Under
// HHS_NO_DIALOGS nothing is asked and the answer is Overlap::ReplaceAll (tests choose through
// ProjectController::importLabels).
std::optional<Overlap> askHowToImportLabels(QWidget* parent, const QString& trackName,
                                            int existingRegions);

} // namespace hhs::ui
