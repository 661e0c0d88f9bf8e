// Training runs: "train a model on a project's labels, save it, record the run" in one place,
// for the studio's Train panel and hiphop-cli train alike. Torch-free: it trains through the
// MlEngine (loading it on first use). Runs on the calling (worker) thread; reports through the
// TrainingObserver and the JobControl.
#pragma once

#include "dataset/dataset.h"
#include "jobs/job.h"
#include "jobs/result.h"
#include "ml/run_details.h"
#include "ml/trainer.h"
#include "project/records.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace hhs {

struct TrainingRunRequest
{
    TrainingSettings settings; // unused when retraining a scored run
    QString modelPath;         // where the model is saved (folders are made)
    // The project the run is recorded in; empty: not recorded (a notebook JSON dataset). The
    // project must still be there: a run is never recorded into a new, empty project.
    QString projectPath;
    QString runName; // empty: defaultRunName()
    // Train, score, then train again on every label: the saved model is the second one, the
    // recorded scores and test segments the first one's.
    bool thenAllLabels = false;
    // Instead of training anew: this scored run's model trained again on every label (its test
    // scores and test segments are kept).
    std::optional<RunRecord> retrainOf;
};

struct RecordedRun
{
    RunDetails details;     // the saved model's metadata and the test segments
    QString modelPath;      // absolute
    std::int64_t runId = 0; // 0 when not recorded
    bool stoppedEarly = false;
    // Stopped by the user (the best finished epoch was kept): details.info.cancelled.
    bool cancelled() const { return details.info.cancelled; }
};

// What a run is called when nobody names it: "CNN, 30 epochs, 2026-12-02 09:30", or "CNN on
// every label, 24 epochs, …".
QString defaultRunName(const ModelInfo& info, std::int64_t createdMs);

// Trains on `dataset` (built from the project's labels, or read from a notebook JSON file),
// saves the model and records the run. Errors: the engine cannot be loaded, the dataset or
// settings cannot train, the model cannot be saved, or the project cannot record the run.
Result<RecordedRun> trainAndRecord(const Dataset& dataset, const TrainingRunRequest& request,
                                   const TrainingObserver& observer, const JobControl& job);

} // namespace hhs
