// MlEngine: training and prediction behind a torch-free interface, for programs that load
// LibTorch only when a model is trained or used (Debian's libtorch brings ~290 shared libraries
// and ~160 MB; the studio must start without them). The implementation is the module
// hiphop-ml-engine.so beside libhiphop-core.so; loadMlEngine() loads it once per process. The
// studio and hiphop-cli both reach LibTorch only through it.
// Every call runs on the calling (worker) thread and keeps no state between calls, so calls may
// run on several threads at once.
#pragma once

#include "audio/loader.h"
#include "dataset/dataset.h"
#include "jobs/job.h"
#include "jobs/result.h"
#include "ml/model.h"
#include "ml/predictor.h"
#include "ml/trainer.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace hhs {

// A finished (or stopped) training, with its model saved.
struct TrainedRun
{
    ModelInfo info; // settings, history, split, test scores; info.cancelled: stopped by the user
    bool stoppedEarly = false;
    std::vector<TestSegmentOutcome> testSegments;
    QString modelPath;
};

// A model file read once, for predicting many signals (a prediction queue, a CLI run).
// startPrediction() may be called from any thread, but one prediction at a time.
class LoadedModel
{
public:
    virtual ~LoadedModel() = default;
    virtual const ModelInfo& info() const = 0;
    virtual QString path() const = 0;
    // A prediction fed block by block (see startPrediction in predictor.h); it must finish
    // before the next one starts.
    virtual Result<std::unique_ptr<PredictionStream>>
    startPrediction(const PredictOptions& options, const JobControl& job) const = 0;
};

class MlEngine
{
public:
    virtual ~MlEngine() = default;

    // Trains on `dataset` (see trainModel) and saves the model to `modelPath` (folders made).
    virtual Result<TrainedRun> train(const Dataset& dataset, const TrainingSettings& settings,
                                     const TrainingObserver& observer, const QString& modelPath,
                                     const JobControl& job) = 0;
    // The scored run's model at `scoredModelPath` trained again on every labelled segment of
    // `dataset` (see retrainOnAllLabels), saved to `modelPath` (folders made; it may be the
    // scored model's own path). The result's testSegments are empty: the run's test scores were
    // measured before, by the scored model.
    virtual Result<TrainedRun> retrainOnAll(const Dataset& dataset, const QString& scoredModelPath,
                                            const TrainingObserver& observer,
                                            const QString& modelPath, const JobControl& job) = 0;
    // Reads a model file (refuses damaged files, names the file).
    virtual Result<std::shared_ptr<const LoadedModel>> loadModel(const QString& modelPath) = 0;
};

// What the model made of a file, predicted while it decodes. With `keepAudio` (a window that
// shows and plays it) the result holds the file's audio as the loader reads it at the model's
// rate, with its overview; without, the audio is let go block by block (a 3-hour file in bounded
// memory) and `audio` holds only its description. Messages name the file.
struct PredictedAudio
{
    LoadedAudio audio;
    Prediction prediction;
};
Result<PredictedAudio> predictAudioFile(const LoadedModel& model, const QString& path,
                                        const PredictOptions& options, bool keepAudio,
                                        const JobControl& job);

// Loads the engine module on first use (blocking: ~1 s while LibTorch loads; call it from a
// worker thread) and returns the process-wide engine, or why it is not available. Looks beside
// libhiphop-core.so, then in HHS_MODULE_PATH's folders. Thread-safe.
Result<MlEngine*> loadMlEngine();
// True once loadMlEngine() has succeeded (cheap; any thread).
bool mlEngineLoaded();

} // namespace hhs

// The module's entry point.
extern "C" hhs::MlEngine* hhsCreateMlEngine();
