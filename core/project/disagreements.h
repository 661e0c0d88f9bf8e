// Where a track's predicted layer disagrees with its label layer: a predicted region over a
// label of another class (perhaps a labelling mistake) or over no label at all (a new label to
// make), ordered by the prediction's confidence, highest first. Pure functions of region lists
// (no project access): any thread.
#pragma once

#include "project/records.h"

#include <QStringList>
#include <vector>

namespace hhs {

struct Disagreement
{
    RegionRecord predicted;
    QStringList labelClasses;     // other classes the label layer has under it (may be empty)
    double unlabelledSeconds = 0; // of the predicted region with no class label under it

    bool overOtherClass() const { return !labelClasses.isEmpty(); }
    bool overNoLabel() const { return labelClasses.isEmpty(); }
    double confidence() const { return predicted.confidence.value_or(0); }
};

// Overlaps shorter than this (or than half the predicted region, if that is shorter) are the
// fuzz of window boundaries, not a disagreement.
inline constexpr double kDisagreementMinSeconds = 1.0;

// `labels` and `predicted`: one track's label and predicted layers.
std::vector<Disagreement> findDisagreements(const std::vector<RegionRecord>& labels,
                                            const std::vector<RegionRecord>& predicted);

} // namespace hhs
