#include "predict/prediction_controller.h"

#include "document/project_controller.h"
#include "jobs/job_runner.h"
#include "jobs/text.h"
#include "predict/prediction_panel.h"

#include <QFileInfo>
#include <QPointer>
#include <algorithm>

namespace hhs::ui {
namespace {
// The part of one prediction's progress bar that loading the engine and the model takes.
constexpr double kModelEnd = 0.05;
} // namespace

PredictionController::PredictionController(JobRunner* runner, ProjectController* project,
                                           PredictionPanel* panel, QObject* parent)
    : QObject(parent), m_runner(runner), m_project(project), m_panel(panel)
{
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
    if (m_token) m_token->cancel();
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
    if (m_token) {
        m_cancelling = true;
        m_token->cancel();
    }
}

void PredictionController::startNext()
{
    if (m_running) return;
    if (m_queue.empty()) {
        m_model.reset(); // a queue reads its model once; the next queue reads it again
        Q_EMIT queueFinished();
        return;
    }
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    m_cancelling = false;
    m_panel->setPredicting(m_running->entry, 0);

    const Item item = *m_running;
    auto slot = std::make_shared<ModelSlot>();
    if (m_model && m_model->path() == item.modelPath) slot->model = m_model;
    QPointer<PredictionController> self(this);
    m_token = m_runner->start<Outcome>(
        tr("Predicting %1").arg(QFileInfo(item.path).fileName()),
        [item, slot](const JobControl& job) { return run(item, *slot, job); },
        [self, item, slot](Result<Outcome> outcome) {
            if (!self) return;
            if (slot->read) {
                self->m_model = slot->model;
                ++self->m_modelReads;
            }
            self->finish(item, std::move(outcome));
        },
        JobRunner::Kind::Visible, JobRunner::Lane::Long,
        [self, entry = item.entry](double fraction, const QString&) {
            if (self && self->m_running && self->m_running->entry == entry)
                self->m_panel->setPredicting(entry, fraction);
        });
}

Result<PredictionController::Outcome> PredictionController::run(const Item& item, ModelSlot& slot,
                                                                const JobControl& job)
{
    Outcome outcome;
    if (!slot.model) {
        job.report(0, tr("Loading the ML engine"));
        Result<MlEngine*> engine = loadMlEngine();
        if (!engine) return engine.error();
        if (job.cancelled()) return cancelledError();
        Result<std::shared_ptr<const LoadedModel>> loaded = (*engine)->loadModel(item.modelPath);
        if (!loaded) return loaded.error();
        slot.model = std::move(*loaded);
        slot.read = true;
    }
    Result<PredictedAudio> predicted =
        predictAudioFile(*slot.model, item.path, PredictOptions{}, true, job.part(kModelEnd, 1));
    if (!predicted) return predicted.error();
    if (job.cancelled()) return cancelledError();

    auto file = std::make_shared<PredictedFile>();
    file->path = item.path;
    file->modelPath = item.modelPath;
    file->modelName = item.modelName;
    file->audio = std::make_shared<const LoadedAudio>(std::move(predicted->audio));
    file->prediction = std::move(predicted->prediction);
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
    job.report(1, tr("Predicted"));
    return outcome;
}

void PredictionController::finish(const Item& item, Result<Outcome> outcome)
{
    const bool cancelled =
        m_cancelling || (m_token && m_token->isCancelled()) || outcome.cancelled();
    m_running.reset();
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

void PredictionController::updateColours()
{
    ClassColours colours;
    if (m_project)
        for (const ClassRecord& record : m_project->classes())
            colours.insert(record.name, QColor(record.color));
    m_panel->setClassColours(colours);
}

} // namespace hhs::ui
