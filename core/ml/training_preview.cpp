#include "ml/training_preview.h"

#include "jobs/text.h"

#include <algorithm>

namespace hhs {

int TrainingPreview::segments() const
{
    int total = 0;
    for (int n : segmentsPerClass)
        total += n;
    return total;
}

QStringList trainingWarnings(const TrainingPreview& preview, SplitMethod method)
{
    QStringList warnings;
    int largest = 0;
    for (int n : preview.segmentsPerClass)
        largest = std::max(largest, n);
    for (int c = 0; c < preview.classes.size(); ++c) {
        const int n = preview.segmentsPerClass[std::size_t(c)];
        const QString name = preview.classes[c];
        if (n == 0)
            warnings << translate("hhs::TrainingPreview",
                                  "No segments of %1: label some of it, or remove the class.")
                            .arg(name);
        else if (n < kThinClassSegments)
            warnings << translate("hhs::TrainingPreview",
                                  "Only %1 segment(s) of %2: too few to learn or to score; "
                                  "label more of it.")
                            .arg(n)
                            .arg(name);
        else if (n * kImbalanceFactor < largest)
            warnings << translate("hhs::TrainingPreview",
                                  "%1 has %2 segments against %3 of the largest class: the "
                                  "model may favour the larger one.")
                            .arg(name)
                            .arg(n)
                            .arg(largest);
    }
    if (preview.summary.regionsWithoutSegments > 0)
        warnings << translate(
            "hhs::TrainingPreview",
            "%n labelled region(s) are shorter than one segment and are left out.", nullptr,
            preview.summary.regionsWithoutSegments);
    if (preview.summary.unlabelledRegions > 0)
        warnings << translate("hhs::TrainingPreview", "%n region(s) without a class are left out.",
                              nullptr, preview.summary.unlabelledRegions);
    if (method == SplitMethod::Random)
        warnings << translate("hhs::TrainingPreview",
                              "Random split: segments of one recording land in both training "
                              "and test, so the test accuracy is optimistic.");
    return warnings;
}

TrainingPreview previewTraining(const Dataset& dataset, const SplitOptions& options)
{
    TrainingPreview preview;
    preview.classes = dataset.classes;
    preview.summary = dataset.summary;
    preview.segmentsPerClass.assign(std::size_t(dataset.classes.size()), 0);
    for (const DatasetSegment& segment : dataset.segments)
        ++preview.segmentsPerClass[std::size_t(segment.label)];
    Result<DatasetSplit> split = splitDataset(dataset, options);
    if (split)
        preview.split = split->summary;
    else
        preview.splitError = split.message();
    preview.warnings = trainingWarnings(preview, options.method);
    return preview;
}

} // namespace hhs
