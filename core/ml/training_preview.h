// What a training run would learn from, before it runs: the dataset's segments per class, the
// split's segments per class and part (or why it cannot be made), and advice that says what to
// do (thin classes, imbalance, regions left out, an optimistic random split). The Train panel
// and `hiphop-cli train` show the same. Torch-free, in libhiphop-core; pure: any thread.
#pragma once

#include "dataset/dataset.h"
#include "ml/split.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace hhs {

// Below this many segments a class is too thin to learn or to score.
inline constexpr int kThinClassSegments = 20;
// A class with this many times fewer segments than the largest one skews the model.
inline constexpr int kImbalanceFactor = 4;

struct TrainingPreview
{
    QString error; // the dataset could not be built (empty: it could)
    QStringList classes;
    std::vector<int> segmentsPerClass;
    DatasetSummary summary;
    std::optional<SplitSummary> split;
    QString splitError; // why the split is impossible, with what to do
    QStringList warnings;

    int segments() const;
    bool canTrain() const { return error.isEmpty() && split.has_value(); }
};

// The preview of training on `dataset` split with `options` (counts, split, warnings).
TrainingPreview previewTraining(const Dataset& dataset, const SplitOptions& options);

// The preview's advice: thin classes, imbalance, regions left out.
QStringList trainingWarnings(const TrainingPreview& preview, SplitMethod method);

} // namespace hhs
