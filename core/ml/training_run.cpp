#include "ml/training_run.h"

#include "jobs/text.h"
#include "ml/ml_engine.h"
#include "project/project.h"

#include <QDateTime>
#include <QFileInfo>

namespace hhs {
namespace {

Result<std::int64_t> recordRun(const QString& projectPath, const QString& name,
                               const RecordedRun& trained)
{
    if (!QFileInfo::exists(projectPath))
        return makeError(translate("hhs::TrainingRun",
                                   "The project %1 is no longer there; the model is kept at %2.")
                             .arg(quoted(projectPath), quoted(trained.modelPath)),
                         ErrorKind::NotFound);
    const ModelInfo& info = trained.details.info;
    RunRecord run;
    run.createdMs = QDateTime::currentMSecsSinceEpoch();
    run.name = name.isEmpty() ? defaultRunName(info, run.createdMs) : name;
    run.modelKind = modelKindName(info.kind);
    run.splitMode = splitMethodName(info.split.method);
    run.testAccuracy = info.test.accuracy;
    run.testLoss = info.test.loss;
    run.modelPath = trained.modelPath;
    run.epochsRun = int(info.history.size());
    run.bestEpoch = info.bestEpoch;
    run.trainedOnAll = info.trainedOnAll;
    run.optimisticSplit = info.split.optimistic();
    run.testRecordings = info.testRecordings.total();
    run.recordingAccuracy = info.testRecordings.accuracy;
    run.detailsJson = runDetailsJson(trained.details);
    Result<std::unique_ptr<Project>> project = Project::open(projectPath);
    if (!project) return project.error();
    return (*project)->addRun(run);
}

} // namespace

QString defaultRunName(const ModelInfo& info, std::int64_t createdMs)
{
    const QString date =
        QDateTime::fromMSecsSinceEpoch(createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString kind = modelKindName(info.kind).toUpper();
    if (info.trainedOnAll)
        return translate("hhs::TrainingRun", "%1 on every label, %n epoch(s), %2", nullptr,
                         info.settings.epochs)
            .arg(kind, date);
    return translate("hhs::TrainingRun", "%1, %n epoch(s), %2", nullptr, int(info.history.size()))
        .arg(kind, date);
}

Result<RecordedRun> trainAndRecord(const Dataset& dataset, const TrainingRunRequest& request,
                                   const TrainingObserver& observer, const JobControl& job)
{
    job.report(0, translate("hhs::TrainingRun", "Loading LibTorch"));
    Result<MlEngine*> engine = loadMlEngine();
    if (!engine) return engine.error();
    if (job.cancelled()) return cancelledError();

    RecordedRun recorded;
    if (request.retrainOf) {
        Result<RunDetails> scored = runDetailsFromJson(request.retrainOf->detailsJson);
        if (!scored) return scored.error();
        Result<TrainedRun> all = (*engine)->retrainOnAll(dataset, request.retrainOf->modelPath,
                                                         observer, request.modelPath, job);
        if (!all) return all.error();
        recorded.details = {all->info, std::move(scored->testSegments)};
        recorded.modelPath = all->modelPath;
    } else {
        const double trainEnd = request.thenAllLabels ? 0.75 : 1.0;
        Result<TrainedRun> run = (*engine)->train(dataset, request.settings, observer,
                                                  request.modelPath, job.part(0, trainEnd));
        if (!run) return run.error();
        recorded.details = {run->info, testSegmentRecords(run->testSegments, dataset)};
        recorded.modelPath = run->modelPath;
        recorded.stoppedEarly = run->stoppedEarly;
        if (request.thenAllLabels && !run->info.cancelled) {
            Result<TrainedRun> all = (*engine)->retrainOnAll(dataset, run->modelPath, observer,
                                                             run->modelPath, job.part(trainEnd, 1));
            if (!all) return all.error();
            recorded.details.info = all->info;
        }
    }
    if (!request.projectPath.isEmpty()) {
        Result<std::int64_t> id = recordRun(request.projectPath, request.runName, recorded);
        if (!id) return id.error();
        recorded.runId = *id;
    }
    return recorded;
}

} // namespace hhs
