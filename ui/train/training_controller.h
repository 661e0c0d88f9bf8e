// TrainingController: training for the window, one run at a time. Previews what a run would
// use (the project's labelled regions cut into segments, the split's segments per class and
// part, warnings that say what to do), trains on a worker through the ML engine with live
// progress, keeps every run in the project (the model file in a folder beside the project,
// settings, curves, test scores and each test segment's outcome) and manages the active run,
// whose model predicts. GUI thread only.
#pragma once

#include "dataset/dataset.h"
#include "ml/model.h"
#include "ml/run_details.h"
#include "ml/split.h"
#include "ml/training_preview.h"
#include "project/project.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace hhs {
class CancelToken;
}

namespace hhs::ui {

class JobRunner;
class ProjectController;

struct TrainingRequest
{
    TrainingSettings settings;
    double segmentSeconds = kNotebookSegmentSeconds;
    // Set: train this run's model again on every labelled segment, for as many epochs as its
    // best one (settings and segmentSeconds are then the run's).
    std::optional<std::int64_t> allLabelsOf;
};

class TrainingController : public QObject
{
    Q_OBJECT
public:
    TrainingController(JobRunner* runner, ProjectController* project, QObject* parent = nullptr);
    ~TrainingController() override;

    // Builds the preview in the background after a short pause (repeated calls coalesce).
    void requestPreview(const TrainingRequest& request);
    // Starts a run; false (and errorOccurred) when one is running or no project is open.
    bool start(const TrainingRequest& request);
    // Trains the run's model again on every label as a new run (see TrainingRequest); false
    // (and errorOccurred, saying why) when a training is running or the run cannot be used.
    bool trainOnAllLabels(std::int64_t runId);
    // Whether the run can be trained again on every label: its details are readable, it was
    // not itself trained on all of them, and its model file is there.
    bool canTrainOnAllLabels(std::int64_t runId) const;
    // Stops after the current batch; the best finished epoch is kept.
    void stop();
    bool isRunning() const { return m_running; }

    // The open project's runs, without their details; an error when they cannot be read (no
    // project: none).
    Result<std::vector<RunRecord>> runs() const;
    // One run with its details: nullopt when the project has no run of that id (or no project
    // is open); an error when it cannot be read.
    Result<std::optional<RunRecord>> run(std::int64_t runId) const;
    // The run that predicts, without its details: nullopt when none was chosen or the chosen
    // one was removed.
    Result<std::optional<RunRecord>> activeRun() const;
    bool setActiveRun(std::int64_t runId);
    bool removeRun(std::int64_t runId);
    // Copies a run's model file to `path`.
    Status exportModel(std::int64_t runId, const QString& path) const;

    // Where a new run's model is saved: "<project>.models/<date>-<kind>.model" beside it.
    // With allLabels, "<date>-<kind>-all.model".
    static QString modelPathFor(const QString& projectPath, ModelKind kind, const QDateTime& when,
                                bool allLabels = false);

Q_SIGNALS:
    void previewReady(const hhs::TrainingPreview& preview);
    void trainingStarted(const hhs::ui::TrainingRequest& request);
    void splitReady(const hhs::SplitSummary& split);
    // Throttled to about 20 a second (the last batch of an epoch always arrives).
    void batchProgress(int epoch, int batchesDone, int batchesTotal, double loss);
    void epochFinished(const hhs::EpochMetrics& metrics);
    // runId is in the project the run was trained on (which may no longer be the open one).
    void trainingFinished(std::int64_t runId, const hhs::RunDetails& details, bool cancelled,
                          bool stoppedEarly);
    void trainingFailed(const QString& message);
    void runsChanged();
    void activeRunChanged();
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void runPreview();
    // Runs the request on a worker; for an all-labels request, `scored` is the run it retrains.
    bool launch(const TrainingRequest& request, const std::optional<RunRecord>& scored);
    struct Finished;
    void finish(const Finished& finished);

    JobRunner* m_runner;
    ProjectController* m_project;
    QTimer m_previewDelay;
    TrainingRequest m_previewRequest;
    std::shared_ptr<CancelToken> m_previewJob;
    std::shared_ptr<CancelToken> m_trainingJob;
    bool m_running = false;
};

} // namespace hhs::ui
