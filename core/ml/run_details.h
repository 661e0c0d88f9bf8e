// RunDetails: what the project keeps of a training run besides its model file: the model's
// metadata (settings, curves, split, test scores) and how each test segment was classified,
// with where it came from (the recording's key, its name and the time span), so a run's
// confusion matrix can be played back long after the dataset is gone. Stored as the run
// record's details JSON: the model summary object plus a "test_segments" array. Torch-free;
// any thread.
#pragma once

#include "dataset/dataset.h"
#include "jobs/result.h"
#include "ml/model.h"
#include "ml/trainer.h"

#include <QString>
#include <vector>

namespace hhs {

struct TestSegmentRecord
{
    QString source;     // the recording's key (a track's content hash or path)
    QString sourceName; // its file name
    double start = 0;   // seconds in the recording
    double end = 0;
    int truth = 0;     // class index
    int predicted = 0; // class index
    float confidence = 0;
};

struct RunDetails
{
    ModelInfo info;
    std::vector<TestSegmentRecord> testSegments;

    // The test segments of one confusion matrix cell, most confident first.
    std::vector<TestSegmentRecord> cell(int truth, int predicted) const;
};

// Resolves `outcomes` (dataset indices) against the dataset they index.
std::vector<TestSegmentRecord> testSegmentRecords(const std::vector<TestSegmentOutcome>& outcomes,
                                                  const Dataset& dataset);

QString runDetailsJson(const RunDetails& details);
// Reads runDetailsJson() and also a plain model summary (runs recorded without test segments).
Result<RunDetails> runDetailsFromJson(const QString& json);

} // namespace hhs
