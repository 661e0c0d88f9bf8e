// The engine module (hiphop-ml-engine.so): MlEngine over hhs_ml's trainer, model files and
// predictor. Loaded by loadMlEngine(); the only place the studio's process meets LibTorch.
#include "jobs/text.h"
#include "ml/ml_engine.h"

#include <QDir>
#include <QFileInfo>

namespace hhs {
namespace {

Status makeModelFolder(const QString& modelPath)
{
    const QDir folder = QFileInfo(modelPath).absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
        return makeError(translate("hhs::MlEngine", "could not make the folder %1 for the model")
                             .arg(quoted(folder.absolutePath())));
    return {};
}

class TorchEngine final : public MlEngine
{
public:
    Result<TrainedRun> train(const Dataset& dataset, const TrainingSettings& settings,
                             const TrainingObserver& observer, const QString& modelPath,
                             const JobControl& job) override
    {
        if (Status folder = makeModelFolder(modelPath); !folder) return folder.error();
        Result<TrainingOutcome> outcome = trainModel(dataset, settings, observer, job);
        if (!outcome) return outcome.error();
        if (Status saved = outcome->model.save(modelPath); !saved) return saved.error();
        TrainedRun run;
        run.info = outcome->model.info();
        run.cancelled = outcome->cancelled;
        run.stoppedEarly = outcome->stoppedEarly;
        run.testSegments = std::move(outcome->testSegments);
        run.modelPath = QFileInfo(modelPath).absoluteFilePath();
        return run;
    }

    Result<TrainedRun> retrainOnAll(const Dataset& dataset, const QString& scoredModelPath,
                                    const TrainingObserver& observer, const QString& modelPath,
                                    const JobControl& job) override
    {
        Result<Model> scored = Model::load(scoredModelPath);
        if (!scored) return scored.error();
        if (Status folder = makeModelFolder(modelPath); !folder) return folder.error();
        Result<Model> all = retrainOnAllLabels(dataset, scored->info(), observer, job);
        if (!all) return all.error();
        if (Status saved = all->save(modelPath); !saved) return saved.error();
        TrainedRun run;
        run.info = all->info();
        run.modelPath = QFileInfo(modelPath).absoluteFilePath();
        return run;
    }

    Result<ModelInfo> modelInfo(const QString& modelPath) override
    {
        Result<Model> model = Model::load(modelPath);
        if (!model) return model.error();
        return model->info();
    }

    Result<Prediction> predict(const QString& modelPath, const QString& file, const float* samples,
                               std::int64_t count, const PredictOptions& options,
                               const JobControl& job) override
    {
        Result<Model> model = Model::load(modelPath);
        if (!model) return model.error();
        Result<Prediction> prediction = predictSignal(*model, samples, count, options, job);
        if (prediction) prediction->file = file;
        return prediction;
    }
};
} // namespace
} // namespace hhs

extern "C" __attribute__((visibility("default"))) hhs::MlEngine* hhsCreateMlEngine()
{
    static hhs::TorchEngine engine;
    return &engine;
}
