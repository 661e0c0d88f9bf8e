// Splitting a Dataset into training, validation and test segments. By recording (the default):
// every segment of one source recording lands in the same split, stratified by class as far as
// the recordings allow. Random: the notebook's segment-level split, which leaks segments of one
// song into both training and test, so its scores are optimistic. Torch-free; any thread.
#pragma once

#include "dataset/dataset.h"
#include "jobs/result.h"

#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <vector>

namespace hhs {

enum class SplitMethod { ByRecording, Random };

// "by-recording" / "random" (the CLI's and the model file's words; "by-track", the old spelling,
// is read as by-recording).
QString splitMethodName(SplitMethod method);
Result<SplitMethod> splitMethodFromName(const QString& name);

// The notebook's proportions: 25 % test, then 20 % of the rest for validation.
inline constexpr double kNotebookTestFraction = 0.25;
inline constexpr double kNotebookValidationFraction = 0.2;

struct SplitOptions
{
    SplitMethod method = SplitMethod::ByRecording;
    double testFraction = kNotebookTestFraction;
    double validationFraction = kNotebookValidationFraction; // of what is left after the test
    std::uint64_t seed = 0;
};

enum SplitPart { TrainPart = 0, ValidationPart = 1, TestPart = 2 };
inline constexpr int kSplitParts = 3;
QString splitPartName(int part); // "train", "validation", "test"

// How many recordings and segments of each class one part holds.
struct SplitCount
{
    int tracks = 0;
    int segments = 0;

    bool operator==(const SplitCount& other) const
    {
        return tracks == other.tracks && segments == other.segments;
    }
};

struct SplitSummary
{
    SplitMethod method = SplitMethod::ByRecording;
    std::uint64_t seed = 0;
    QStringList classes;
    // composition[part][class]
    std::array<std::vector<SplitCount>, kSplitParts> composition;

    // True for the random split: its test score is optimistic (segments of one song on both sides).
    bool optimistic() const { return method == SplitMethod::Random; }
    int segments(int part) const;
};

struct DatasetSplit
{
    std::array<std::vector<int>, kSplitParts> indices; // segment indices into the Dataset
    SplitSummary summary;

    const std::vector<int>& train() const { return indices[TrainPart]; }
    const std::vector<int>& validation() const { return indices[ValidationPart]; }
    const std::vector<int>& test() const { return indices[TestPart]; }
};

// Splits `dataset`. Errors (with what to do): a class with no segments, a class with fewer
// recordings than parts (by recording), a dataset too small for three non-empty parts, segments
// without a recording (by recording needs the manifest), labels out of range.
Result<DatasetSplit> splitDataset(const Dataset& dataset, const SplitOptions& options);

} // namespace hhs
