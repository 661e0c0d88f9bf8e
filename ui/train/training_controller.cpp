#include "train/training_controller.h"

#include "dataset/dataset_builder.h"
#include "document/project_controller.h"
#include "formats/output_file.h"
#include "jobs/job_runner.h"
#include "jobs/text.h"
#include "ml/training_run.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <algorithm>
#include <atomic>

namespace hhs::ui {
namespace {
constexpr int kPreviewDelayMs = 400;
constexpr qint64 kBatchReportMs = 50;

Result<Dataset> buildProjectDataset(const QString& projectPath, double segmentSeconds,
                                    const JobControl& job)
{
    Result<std::unique_ptr<Project>> project = Project::open(projectPath);
    if (!project) return project.error();
    DatasetOptions options;
    options.segmentSeconds = segmentSeconds;
    return buildDataset(**project, options, job);
}
} // namespace

struct TrainingController::Finished
{
    RecordedRun run;
    QString projectPath; // the project the run was trained on
};

TrainingController::TrainingController(JobRunner* runner, ProjectController* project,
                                       QObject* parent)
    : QObject(parent), m_runner(runner), m_project(project)
{
    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(kPreviewDelayMs);
    connect(&m_previewDelay, &QTimer::timeout, this, &TrainingController::runPreview);
    connect(m_project, &ProjectController::projectChanged, this, [this] {
        Q_EMIT runsChanged();
        Q_EMIT activeRunChanged();
    });
}

TrainingController::~TrainingController()
{
    if (m_previewJob) m_previewJob->cancel();
    if (m_trainingJob) m_trainingJob->cancel();
}

void TrainingController::requestPreview(const TrainingRequest& request)
{
    m_previewRequest = request;
    m_previewDelay.start();
}

void TrainingController::runPreview()
{
    if (!m_project->isOpen()) return;
    if (m_previewJob) m_previewJob->cancel();
    int labelled = 0;
    for (int segments : m_project->segmentsPerClass())
        labelled += segments;
    if (labelled == 0) { // nothing to count: say what to do instead of what failed
        TrainingPreview preview;
        preview.error = tr("Nothing to train on yet: label some of each class first, for example "
                           "by playing a track and pressing a class key when a song starts.");
        Q_EMIT previewReady(preview);
        return;
    }
    const QString projectPath = m_project->path();
    const TrainingRequest request = m_previewRequest;
    QPointer<TrainingController> self(this);
    m_previewJob = m_runner->start<TrainingPreview>(
        tr("Counting segments"),
        [projectPath, request](const JobControl& job) -> Result<TrainingPreview> {
            TrainingPreview preview;
            // Counted, not built: the plan decodes nothing (milliseconds on months of labels).
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) return project.error();
            DatasetOptions options;
            options.segmentSeconds = request.segmentSeconds;
            Result<Dataset> dataset = planDataset(**project, options);
            if (job.cancelled()) return cancelledError();
            if (!dataset) {
                preview.error =
                    tr("The labelled segments could not be counted: %1").arg(dataset.message());
                return preview;
            }
            return previewTraining(*dataset, request.settings.split);
        },
        [self](Result<TrainingPreview> preview) {
            if (self && preview) Q_EMIT self->previewReady(*preview);
        },
        JobRunner::Kind::Background);
}

QString TrainingController::modelPathFor(const QString& projectPath, ModelKind kind,
                                         const QDateTime& when, bool allLabels)
{
    const QFileInfo project(projectPath);
    const QDir folder(
        project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral(".models")));
    return folder.filePath(QStringLiteral("%1-%2%3.model")
                               .arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                    modelKindName(kind),
                                    allLabels ? QStringLiteral("-all") : QString()));
}

bool TrainingController::start(const TrainingRequest& request)
{
    TrainingRequest fresh = request;
    fresh.allLabelsOf.reset();
    return launch(fresh, std::nullopt);
}

bool TrainingController::canTrainOnAllLabels(std::int64_t runId) const
{
    Result<std::vector<RunRecord>> all = runs(); // the summaries: no details to read
    if (!all) return false;
    const auto found = std::find_if(all->begin(), all->end(),
                                    [runId](const RunRecord& r) { return r.id == runId; });
    return found != all->end() && QFileInfo::exists(found->modelPath) && !found->trainedOnAll &&
           found->bestEpoch > 0;
}

bool TrainingController::trainOnAllLabels(std::int64_t runId)
{
    Result<std::optional<RunRecord>> found = run(runId);
    if (!found) {
        Q_EMIT errorOccurred(tr("The runs could not be read: %1").arg(found.message()));
        return false;
    }
    const std::optional<RunRecord>& record = *found;
    if (!record) {
        Q_EMIT errorOccurred(tr("That run is no longer in the project."));
        return false;
    }
    if (!QFileInfo::exists(record->modelPath)) {
        Q_EMIT errorOccurred(tr("The run's model file %1 is missing; train a new run instead.")
                                 .arg(quoted(record->modelPath)));
        return false;
    }
    Result<RunDetails> details = runDetailsFromJson(record->detailsJson);
    if (!details) {
        Q_EMIT errorOccurred(details.message());
        return false;
    }
    if (details->info.trainedOnAll) {
        Q_EMIT errorOccurred(tr("This run was already trained on every label."));
        return false;
    }
    TrainingRequest request;
    request.settings = details->info.settings;
    request.settings.epochs = std::max(1, details->info.bestEpoch);
    request.segmentSeconds = details->info.segmentSeconds;
    request.allLabelsOf = runId;
    return launch(request, record);
}

bool TrainingController::launch(const TrainingRequest& request,
                                const std::optional<RunRecord>& scored)
{
    if (m_running) {
        Q_EMIT errorOccurred(tr("A training is already running; stop it first."));
        return false;
    }
    if (!m_project->isOpen()) {
        Q_EMIT errorOccurred(tr("Open a project with labelled tracks to train."));
        return false;
    }
    const QString projectPath = m_project->path();
    const QString firstChoice = modelPathFor(projectPath, request.settings.kind,
                                             QDateTime::currentDateTime(), scored.has_value());
    QString modelPath = firstChoice;
    for (int n = 2; QFileInfo::exists(modelPath); ++n) { // two runs within one second
        const QFileInfo file(firstChoice);
        modelPath = file.dir().filePath(
            QStringLiteral("%1-%2.%3").arg(file.completeBaseName()).arg(n).arg(file.suffix()));
    }
    m_running = true;
    Q_EMIT trainingStarted(request);

    QPointer<TrainingController> self(this);
    // Called on the training thread: values are copied and queued to the GUI thread, through
    // the application object (it outlives every job); `self` is only read there.
    auto lastReport = std::make_shared<QElapsedTimer>();
    TrainingObserver observer;
    observer.onSplit = [self](const SplitSummary& split) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, split] {
                if (self) Q_EMIT self->splitReady(split);
            },
            Qt::QueuedConnection);
    };
    observer.onBatch = [self, lastReport](int epoch, int done, int total, double loss) {
        if (lastReport->isValid() && lastReport->elapsed() < kBatchReportMs && done < total) return;
        lastReport->start();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, epoch, done, total, loss] {
                if (self) Q_EMIT self->batchProgress(epoch, done, total, loss);
            },
            Qt::QueuedConnection);
    };
    observer.onEpoch = [self](const EpochMetrics& metrics) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, metrics] {
                if (self) Q_EMIT self->epochFinished(metrics);
            },
            Qt::QueuedConnection);
    };

    const QString title =
        scored
            ? tr("Training %1 on every label").arg(modelKindName(request.settings.kind).toUpper())
            : tr("Training %1").arg(modelKindName(request.settings.kind).toUpper());
    TrainingRunRequest runRequest;
    runRequest.settings = request.settings;
    runRequest.modelPath = modelPath;
    runRequest.projectPath = projectPath;
    runRequest.retrainOf = scored;
    m_trainingJob = m_runner->start<Finished>(
        title,
        [projectPath, segmentSeconds = request.segmentSeconds, runRequest,
         observer](const JobControl& job) -> Result<Finished> {
            Result<Dataset> dataset =
                buildProjectDataset(projectPath, segmentSeconds, job.part(0, 0.05));
            if (!dataset) return dataset.error();
            // Recorded on this thread, not the GUI's: the run is kept even when the window
            // closes (or opens another project) while it trains.
            Result<RecordedRun> run =
                trainAndRecord(*dataset, runRequest, observer, job.part(0.05, 1));
            if (!run) return run.error();
            return Finished{std::move(*run), projectPath};
        },
        [self](Result<Finished> finished) {
            if (!self) return;
            self->m_running = false;
            self->m_trainingJob.reset();
            if (!finished) {
                Q_EMIT self->trainingFailed(finished.message());
                return;
            }
            self->finish(*finished);
        },
        // The Train panel shows this job's progress and has its own Stop: the status bar's
        // Cancel (for imports and predictions) leaves a long training alone.
        JobRunner::Kind::Background, JobRunner::Lane::Long);
    return true;
}

void TrainingController::finish(const Finished& finished)
{
    const RecordedRun& run = finished.run;
    if (!m_project->isOpen() || m_project->path() != finished.projectPath) {
        Q_EMIT trainingFinished(run.runId, run.details, run.cancelled(), run.stoppedEarly);
        Q_EMIT statusMessage(
            tr("Training finished; the run was kept in %1").arg(quoted(finished.projectPath)));
        return;
    }
    // The newest run predicts: it is the one the user just watched. A run the user stopped does
    // not replace a model that was there.
    const Result<std::optional<RunRecord>> active = activeRun();
    if (!run.cancelled() || (active && !*active)) setActiveRun(run.runId);
    Q_EMIT runsChanged();
    Q_EMIT trainingFinished(run.runId, run.details, run.cancelled(), run.stoppedEarly);
    if (run.details.info.trainedOnAll)
        Q_EMIT statusMessage(tr("Trained again on every label; this model now predicts."));
    else
        Q_EMIT statusMessage(
            tr("Training finished: test accuracy %1 %")
                .arg(QString::number(run.details.info.test.accuracy * 100, 'f', 1)));
}

void TrainingController::stop()
{
    if (m_trainingJob) m_trainingJob->cancel();
}

Result<std::vector<RunRecord>> TrainingController::runs() const
{
    if (!m_project->project()) return std::vector<RunRecord>{};
    return m_project->project()->runs();
}

Result<std::optional<RunRecord>> TrainingController::run(std::int64_t runId) const
{
    if (!m_project->project()) return std::optional<RunRecord>();
    return m_project->project()->run(runId);
}

Result<std::optional<RunRecord>> TrainingController::activeRun() const
{
    Project* project = m_project->project();
    if (!project) return std::optional<RunRecord>();
    Result<std::optional<QString>> id = project->setting(QString::fromLatin1(kActiveRunSetting));
    if (!id) return id.error();
    if (!*id) return std::optional<RunRecord>();
    Result<std::vector<RunRecord>> all = runs(); // its summary: the details stay unread
    if (!all) return all.error();
    const std::int64_t runId = (*id)->toLongLong();
    for (RunRecord& record : *all)
        if (record.id == runId) return std::optional<RunRecord>(std::move(record));
    return std::optional<RunRecord>();
}

bool TrainingController::setActiveRun(std::int64_t runId)
{
    Project* project = m_project->project();
    if (!project) return false;
    if (Status saved =
            project->setSetting(QString::fromLatin1(kActiveRunSetting), QString::number(runId));
        !saved) {
        Q_EMIT errorOccurred(saved.message());
        return false;
    }
    Q_EMIT activeRunChanged();
    return true;
}

bool TrainingController::removeRun(std::int64_t runId)
{
    Project* project = m_project->project();
    if (!project) return false;
    const Result<std::optional<RunRecord>> active = activeRun();
    // An unreadable choice is announced again: the panels then read what is left.
    const bool wasActive = !active || (*active && (*active)->id == runId);
    if (Status removed = project->removeRun(runId); !removed) {
        Q_EMIT errorOccurred(removed.message());
        return false;
    }
    Q_EMIT runsChanged();
    if (wasActive) Q_EMIT activeRunChanged();
    return true;
}

Status TrainingController::exportModel(std::int64_t runId, const QString& path) const
{
    Result<std::optional<RunRecord>> found = run(runId);
    if (!found) return makeError(tr("The runs could not be read: %1").arg(found.message()));
    const std::optional<RunRecord>& record = *found;
    if (!record) return makeError(tr("That run is no longer in the project."));
    if (!QFileInfo::exists(record->modelPath))
        return makeError(tr("The run's model file %1 is missing.").arg(quoted(record->modelPath)));
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(record->modelPath).canonicalFilePath())
        return {}; // already there
    // Written beside the target and renamed over it when whole: a failed export never destroys
    // the file it would replace.
    QFile source(record->modelPath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read the run's model file %1: %2.")
                             .arg(quoted(record->modelPath), source.errorString()));
    OutputFile target(path);
    if (Status opened = target.open(); !opened) return opened;
    while (!source.atEnd()) {
        const QByteArray block = source.read(1 << 20);
        if (source.error() != QFileDevice::NoError)
            return makeError(tr("Could not read the run's model file %1: %2.")
                                 .arg(quoted(record->modelPath), source.errorString()));
        if (!target.write(block)) break; // commit() says why
    }
    return target.commit();
}

} // namespace hhs::ui
