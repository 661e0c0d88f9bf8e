// Training: splits a Dataset (by recording by default), normalises with the training split's
// statistics, trains the CNN or LSTM with Adam and cross-entropy, keeps the weights of the
// epoch with the best validation loss, and scores them on the test split. Runs on the calling
// (worker) thread; reports through TrainingObserver and the JobControl, and stops between
// batches when cancelled. Deterministic for a given seed with one thread.
#pragma once

#include "dataset/dataset.h"
#include "jobs/job.h"
#include "jobs/result.h"
#include "ml/model.h"

#include <functional>

namespace hhs {

// Called on the training thread: keep the work small (copy the values, queue them on).
struct TrainingObserver
{
    // batchLoss: the mean cross-entropy of the batch just learned from (for a smoothed curve).
    std::function<void(int epoch, int batchesDone, int batchesTotal, double batchLoss)> onBatch;
    std::function<void(const EpochMetrics& metrics)> onEpoch;
    // The split, once it is made (before the first epoch).
    std::function<void(const SplitSummary& split)> onSplit;
};

// How the final model classified one test segment (the cells of the confusion matrix, one by
// one, so a confusion can be traced back to the audio it came from).
struct TestSegmentOutcome
{
    int segment = 0;      // index into the Dataset
    int truth = 0;        // class index
    int predicted = 0;    // class index
    float confidence = 0; // the probability of `predicted`
};

struct TrainingOutcome
{
    // The best epoch's weights; info() holds history, split and test scores, and whether the
    // user stopped the run (info().cancelled).
    Model model;
    bool stoppedEarly = false;
    std::vector<TestSegmentOutcome> testSegments; // in the order of the test split
};

// Errors: an unusable dataset (empty, mixed segment shapes, non-finite values), a split that
// cannot be made, bad settings, or a cancel before the first epoch finished. A cancel after
// that returns the best finished epoch's model with cancelled = true.
Result<TrainingOutcome> trainModel(const Dataset& dataset, const TrainingSettings& settings,
                                   const TrainingObserver& observer = {},
                                   const JobControl& job = {});

// The scored run's model made again from every labelled segment (train + validation + test),
// for as many epochs as the run's best epoch, normalised with all of them: the model to keep
// once the scores are known. Its info keeps the run's history and test scores (measured on the
// held-out part before) and says trainedOnAll. onEpoch is not called (there is no validation
// part); onBatch is. Errors: the labels' classes or shape differ from the run's, or a cancel.
Result<Model> retrainOnAllLabels(const Dataset& dataset, const ModelInfo& scored,
                                 const TrainingObserver& observer = {}, const JobControl& job = {});

} // namespace hhs
