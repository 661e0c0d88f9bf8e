// Prediction: a signal of any length through a Model (a file: predictAudioFile() in
// ml_engine.h). The signal is cut into the model's segment length with a configurable hop, MFCC
// is computed per window with the notebook's semantics, and the model gives class probabilities
// per window. Adjacent windows with the same top class merge into labelled stretches; the
// verdict is the mean probability per class. A PredictionStream takes the signal block by block
// as it is decoded and runs the model on a thread of its own, a batch behind the features, so
// decoding, MFCC and the model overlap and only a few segments' samples are held. One (worker)
// thread feeds a stream; the Model must not be used by another thread until it has finished.
#pragma once

#include "jobs/job.h"
#include "jobs/result.h"
#include "jobs/thread_pools.h"
#include "ml/model.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace hhs {

struct PredictionWindow
{
    double start = 0; // seconds
    double end = 0;
    int classIndex = 0;               // the most probable class
    std::vector<float> probabilities; // one per class
};

struct PredictionStretch
{
    double start = 0;
    double end = 0;
    int classIndex = 0;
    double confidence = 0; // mean probability of the class over the stretch's windows
};

struct Prediction
{
    QString file;
    QStringList classes;
    std::vector<PredictionWindow> windows;
    std::vector<PredictionStretch> stretches;
    std::vector<double> verdictProbabilities; // mean over windows, one per class
    int verdictClass = 0;
};

struct PredictOptions
{
    double hopSeconds = 0; // 0: the model's segment length (no overlap)
    // The features' workers and the model's intra-op threads. Every core by default: 20 minutes
    // predict in 0.78 s on two against 1.22 s on one, and no slower when another program
    // takes a core (the work is split into long tasks, not fine-grained barriers).
    int threads = machineThreads();
};

// Merges consecutive windows with the same class. A stretch ends where the next one starts
// (when windows overlap) or at its last window's end.
std::vector<PredictionStretch> mergeStretches(const std::vector<PredictionWindow>& windows);

// A prediction fed block by block (mono, at the model's sample rate). feed() and finish() on one
// thread, the thread whose job reports progress.
class PredictionStream
{
public:
    virtual ~PredictionStream() = default;
    // The next samples of the signal. Cheap once the prediction has failed or been cancelled.
    virtual void feed(const float* samples, std::size_t count) = 0;
    // The signal ended: the last windows, the verdict and the stretches, or why there are none
    // (cancelled, a model error, a signal shorter than a segment). Once.
    virtual Result<Prediction> finish() = 0;
};

// Checks the options against the model (hop, frames per segment) before any sample is read.
// `job` is checked for Cancel; progress is the feeder's to report (it knows the length).
Result<std::unique_ptr<PredictionStream>>
startPrediction(const Model& model, const PredictOptions& options = {}, const JobControl& job = {});

// A whole signal through a PredictionStream: `samples` must be mono at the model's sample rate.
Result<Prediction> predictSignal(const Model& model, const float* samples, std::int64_t count,
                                 const PredictOptions& options = {}, const JobControl& job = {});

} // namespace hhs
