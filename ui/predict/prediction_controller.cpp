#include "predict/prediction_controller.h"

#include "jobs/job_runner.h"
#include "jobs/text.h"
#include "main/project_controller.h"
#include "ml/ml_engine.h"
#include "predict/prediction_panel.h"

#include <QFileInfo>
#include <QPointer>
#include <algorithm>
#include <atomic>

namespace hhs::ui {
namespace {
// How often the entry's percentage is refreshed while a file is predicted.
constexpr int kPollMs = 100;
// The parts of one prediction's progress bar.
constexpr double kEngineEnd = 0.05;
constexpr double kLoadEnd = 0.35;
} // namespace

// Shared by the worker (writes) and the GUI thread (reads); outlives both.
struct PredictionController::Progress
{
    std::atomic<double> fraction{0};
    CancelToken cancel; // set when the runner's job is cancelled or cancelAll() is called
};

PredictionController::PredictionController(JobRunner* runner, ProjectController* project,
                                           PredictionPanel* panel, QObject* parent)
    : QObject(parent), m_runner(runner), m_project(project), m_panel(panel)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PredictionController::pollProgress);
    connect(m_panel, &PredictionPanel::cancelRequested, this, &PredictionController::cancelAll);
    connect(m_panel, &PredictionPanel::samplesNeeded, this, &PredictionController::reloadSamples);
    if (m_project) {
        connect(m_project, &ProjectController::classesChanged, this,
                &PredictionController::updateColours);
        connect(m_project, &ProjectController::projectChanged, this,
                &PredictionController::updateColours);
    }
    updateColours();
}

PredictionController::~PredictionController()
{
    if (m_progress) m_progress->cancel.cancel();
}

QString PredictionController::noModelMessage()
{
    return tr("Train a model first or choose one in the Runs list");
}

void PredictionController::setModel(const QString& modelPath, const QString& displayName)
{
    m_modelPath = modelPath;
    m_modelName = displayName;
}

bool PredictionController::checkModel()
{
    if (!m_modelPath.isEmpty()) return true;
    Q_EMIT errorOccurred(noModelMessage());
    return false;
}

void PredictionController::predictFiles(const QStringList& paths)
{
    if (paths.isEmpty() || !checkModel()) return;
    for (const QString& path : paths) {
        Item item;
        item.path = path;
        enqueue(std::move(item));
    }
    startNext();
}

void PredictionController::predictIntoLayer(std::int64_t trackId, const QString& modelPath,
                                            const QString& modelName)
{
    if (!m_project || !m_project->isOpen()) {
        Q_EMIT errorOccurred(tr("Open a project to predict its tracks"));
        return;
    }
    if (modelPath.isEmpty() && !checkModel()) return;
    const auto& tracks = m_project->tracks();
    const auto track = std::find_if(tracks.begin(), tracks.end(),
                                    [trackId](const TrackRecord& t) { return t.id == trackId; });
    if (track == tracks.end()) {
        Q_EMIT errorOccurred(tr("The project has no track %1").arg(trackId));
        return;
    }
    Item item;
    item.path = track->path;
    item.trackId = trackId;
    item.projectPath = m_project->path();
    item.modelPath = modelPath;
    item.modelName = modelName;
    enqueue(std::move(item));
    startNext();
}

void PredictionController::enqueue(Item item)
{
    if (item.modelPath.isEmpty()) {
        item.modelPath = m_modelPath;
        item.modelName = m_modelName;
    }
    item.entry = m_panel->addEntry(item.path);
    m_queue.push_back(std::move(item));
}

void PredictionController::cancelAll()
{
    while (!m_queue.empty()) {
        m_panel->setFailed(m_queue.front().entry, cancelledMessage());
        m_queue.pop_front();
    }
    if (m_progress) m_progress->cancel.cancel();
    if (m_token) m_token->cancel();
}

void PredictionController::startNext()
{
    if (m_running) return;
    if (m_queue.empty()) {
        m_poll.stop();
        Q_EMIT queueFinished();
        return;
    }
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    m_progress = std::make_shared<Progress>();
    m_panel->setPredicting(m_running->entry, 0);
    m_poll.start();

    const Item item = *m_running;
    const std::shared_ptr<Progress> progress = m_progress;
    QPointer<PredictionController> self(this);
    m_token = m_runner->start<Outcome>(
        tr("Predicting %1").arg(QFileInfo(item.path).fileName()),
        [item, progress](const JobControl& job) { return run(item, *progress, job); },
        [self, item](Result<Outcome> outcome) {
            if (self) self->finish(item, std::move(outcome));
        },
        JobRunner::Kind::Visible, JobRunner::Lane::Long);
}

Result<PredictionController::Outcome>
PredictionController::run(const Item& item, Progress& progress, const JobControl& job)
{
    // One control for the engine, the loader and the prediction: forwards progress to the
    // runner and to the entry, and stops when either the runner or cancelAll() cancels.
    const JobControl control(
        [&job, &progress](double fraction, const QString& stage) {
            job.report(fraction, stage);
            progress.fraction.store(fraction, std::memory_order_relaxed);
            if (job.cancelled()) progress.cancel.cancel();
        },
        &progress.cancel);
    const auto stopped = [&] { return job.cancelled() || progress.cancel.isCancelled(); };
    control.report(0, tr("Loading the ML engine"));
    Result<MlEngine*> engine = loadMlEngine();
    if (!engine) return engine.error();
    if (stopped()) return cancelledError();
    Result<ModelInfo> info = (*engine)->modelInfo(item.modelPath);
    if (!info) return info.error();
    control.report(kEngineEnd, tr("Decoding"));
    LoadOptions options;
    options.targetRate = info->params.sampleRate;
    options.buildPeaks = true;
    Result<LoadedAudio> loaded = loadAudio(item.path, options, control.part(kEngineEnd, kLoadEnd));
    if (!loaded) return loaded.error();
    if (stopped()) return cancelledError();
    auto audio = std::make_shared<const LoadedAudio>(std::move(*loaded));
    Result<Prediction> prediction = (*engine)->predict(
        item.modelPath, item.path, audio->samples.data(), std::int64_t(audio->samples.size()),
        PredictOptions{}, control.part(kLoadEnd, 1));
    if (!prediction) return prediction.error();
    if (stopped()) return cancelledError();

    auto file = std::make_shared<PredictedFile>();
    file->path = item.path;
    file->modelPath = item.modelPath;
    file->modelName = item.modelName;
    file->audio = std::move(audio);
    file->prediction = std::move(*prediction);
    Outcome outcome;
    if (item.trackId) {
        // Never make a new, empty project where the old one was moved away from.
        if (!QFileInfo::exists(item.projectPath))
            return makeError(tr("The project %1 is no longer there; nothing was written.")
                                 .arg(quoted(item.projectPath)));
        Result<std::unique_ptr<Project>> project = Project::open(item.projectPath);
        if (!project) return project.error();
        std::vector<PredictedRegion> regions;
        const Prediction& p = file->prediction;
        for (const PredictionStretch& s : p.stretches)
            regions.push_back(
                PredictedRegion{s.start, s.end, p.classes.value(s.classIndex), s.confidence});
        if (Status written = (*project)->replacePredictedRegions(*item.trackId, regions); !written)
            return written.error();
        outcome.regions = int(regions.size());
    }
    outcome.file = std::move(file);
    control.report(1, tr("Predicted"));
    return outcome;
}

void PredictionController::finish(const Item& item, Result<Outcome> outcome)
{
    const bool cancelled = (m_progress && m_progress->cancel.isCancelled()) ||
                           (m_token && m_token->isCancelled()) || outcome.cancelled();
    m_running.reset();
    m_progress.reset();
    m_token.reset();
    const QString fileName = QFileInfo(item.path).fileName();
    if (!outcome) {
        QString message = outcome.message();
        // Every failure names a file: the audio or the model.
        if (!message.contains(fileName) && !message.contains(QFileInfo(item.modelPath).fileName()))
            message = tr("%1: %2").arg(fileName, message);
        m_panel->setFailed(item.entry, cancelled ? cancelledMessage() : message);
        if (cancelled) {
            cancelAll(); // Cancel stops the whole queue, not only the file it caught
        } else if (item.trackId) {
            Q_EMIT errorOccurred(message); // asked for from the project: say it aloud
        } else {
            Q_EMIT statusMessage(tr("Could not predict %1").arg(fileName));
        }
    } else {
        m_panel->setDone(item.entry, outcome->file);
        const Prediction& p = outcome->file->prediction;
        const int verdict = p.verdictClass;
        if (verdict >= 0 && verdict < p.classes.size())
            Q_EMIT statusMessage(
                tr("%1: %2 (%3 %)")
                    .arg(fileName, p.classes[verdict])
                    .arg(qRound(100 * p.verdictProbabilities[std::size_t(verdict)])));
        if (item.trackId) {
            if (m_project && m_project->isOpen() && m_project->path() == item.projectPath) {
                m_project->reload();
                Q_EMIT predictedIntoLayer(*item.trackId, outcome->regions);
            } else {
                Q_EMIT statusMessage(tr("Predicted %1 into its layer in %2")
                                         .arg(fileName, quoted(item.projectPath)));
            }
        }
        Q_EMIT resultReady(item.entry);
    }
    startNext();
}

void PredictionController::reloadSamples(int entry, const QString& path)
{
    const std::shared_ptr<const PredictedFile> result = m_panel->result(entry);
    if (!result || !result->audio || m_reloading.contains(entry)) return;
    m_reloading.insert(entry);
    using Audio = std::shared_ptr<const LoadedAudio>;
    QPointer<PredictionController> self(this);
    m_runner->start<Audio>(
        tr("Loading %1").arg(QFileInfo(path).fileName()),
        [path, old = result->audio](const JobControl& job) -> Result<Audio> {
            LoadOptions options;
            options.targetRate = old->sampleRate;
            options.buildPeaks = false; // the overview was kept
            Result<LoadedAudio> loaded = loadAudio(path, options, job);
            if (!loaded) return loaded.error();
            loaded->peaks = old->peaks;
            return Audio(std::make_shared<LoadedAudio>(std::move(*loaded)));
        },
        [self, entry, path](Result<Audio> audio) {
            if (!self) return;
            self->m_reloading.remove(entry);
            if (!audio) {
                Q_EMIT self->statusMessage(tr("Could not load %1 to play it: %2")
                                               .arg(QFileInfo(path).fileName(), audio.message()));
                return;
            }
            self->m_panel->setSamples(entry, *audio);
        },
        JobRunner::Kind::Background);
}

void PredictionController::pollProgress()
{
    if (m_running && m_progress)
        m_panel->setPredicting(m_running->entry,
                               m_progress->fraction.load(std::memory_order_relaxed));
}

void PredictionController::updateColours()
{
    ClassColours colours;
    if (m_project)
        for (const ClassRecord& record : m_project->classes())
            colours.insert(record.name, QColor(record.color));
    m_panel->setClassColours(colours);
}

} // namespace hhs::ui
