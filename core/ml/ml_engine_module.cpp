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

class TorchModel final : public LoadedModel
{
public:
    TorchModel(Model model, QString path) : m_model(std::move(model)), m_path(std::move(path)) {}
    const ModelInfo& info() const override { return m_model.info(); }
    QString path() const override { return m_path; }
    Result<std::unique_ptr<PredictionStream>> startPrediction(const PredictOptions& options,
                                                              const JobControl& job) const override
    {
        return hhs::startPrediction(m_model, options, job);
    }

private:
    Model m_model;
    QString m_path;
};

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

    Result<std::shared_ptr<const LoadedModel>> loadModel(const QString& modelPath) override
    {
        Result<Model> model = Model::load(modelPath);
        if (!model) return model.error();
        return std::shared_ptr<const LoadedModel>(
            std::make_shared<TorchModel>(std::move(*model), modelPath));
    }
};
} // namespace
} // namespace hhs

extern "C" __attribute__((visibility("default"))) hhs::MlEngine* hhsCreateMlEngine()
{
    static hhs::TorchEngine engine;
    return &engine;
}
