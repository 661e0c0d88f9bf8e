// PredictionController: runs predictions for the Predictions dock. Files are queued and
// predicted one at a time as visible jobs (load the ML engine, read the model, decode the file
// at the model's rate, predict), each result going to the PredictionPanel; a failure (missing
// or unfitting model, unreadable audio) is shown on its entry and the queue goes on. It can also
// predict a project track into the track's predicted layer. Create and call on the GUI thread;
// the work runs on the JobRunner's pool.
#pragma once

#include "jobs/job.h"
#include "jobs/result.h"
#include "ml/ml_engine.h"
#include "predict/predicted_file.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>

namespace hhs::ui {

class JobRunner;
class PredictionPanel;
class ProjectController;

class PredictionController : public QObject
{
    Q_OBJECT
public:
    // `project` may be nullptr (then predictIntoLayer is refused and the project's class colours
    // are not used). None of the pointers is owned; all must outlive the controller.
    PredictionController(JobRunner* runner, ProjectController* project, PredictionPanel* panel,
                         QObject* parent = nullptr);
    ~PredictionController() override;

    // The model new predictions use (files already queued keep theirs); empty: none.
    void setModel(const QString& modelPath, const QString& displayName = {});
    QString modelPath() const { return m_modelPath; }
    QString modelName() const { return m_modelName; }

    // Queues files (each becomes an entry of the panel). Without a model: errorOccurred().
    void predictFiles(const QStringList& paths);
    // Queues the project track's file; its stretches replace the track's predicted layer, then
    // the project is reloaded and predictedIntoLayer() says how many regions it got.
    // With a model path, that model instead of the active one (a result's own model).
    void predictIntoLayer(std::int64_t trackId, const QString& modelPath = {},
                          const QString& modelName = {});

    bool isBusy() const { return m_running.has_value() || !m_queue.empty(); }
    // How many times a model file was read (once per queue and model; tests ask).
    int modelReads() const { return m_modelReads; }
    int pendingCount() const { return int(m_queue.size()) + (m_running ? 1 : 0); }
    // Stops the running prediction and drops the queued ones (marked as cancelled).
    void cancelAll();

    // "Train a model first or choose one in the Runs list".
    static QString noModelMessage();

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    // A file finished predicting; `entry` is its PredictionPanel entry id.
    void resultReady(int entry);
    void predictedIntoLayer(std::int64_t trackId, int regionCount);
    // The queue ran empty.
    void queueFinished();

private:
    struct Item
    {
        int entry = 0;
        QString path;
        QString modelPath;
        QString modelName;
        std::optional<std::int64_t> trackId; // predict into this track's predicted layer
        QString projectPath;
    };
    struct Outcome
    {
        std::shared_ptr<const PredictedFile> file;
        int regions = 0;
    };
    // The model a prediction job read, kept for the queue's next file even when this file
    // fails. Written by the job before it returns, read on the GUI thread after it finished.
    struct ModelSlot
    {
        std::shared_ptr<const LoadedModel> model;
        bool read = false; // the job read it from the file
    };

    bool checkModel();
    void enqueue(Item item);
    void startNext();
    void finish(const Item& item, Result<Outcome> outcome);
    void updateColours();
    // Loads the samples of a result that released them (to play it again).
    void reloadSamples(int entry, const QString& path);
    static Result<Outcome> run(const Item& item, ModelSlot& slot, const JobControl& job);

    JobRunner* m_runner;
    ProjectController* m_project;
    PredictionPanel* m_panel;
    QString m_modelPath;
    QString m_modelName;
    std::deque<Item> m_queue;
    std::optional<Item> m_running;
    std::shared_ptr<CancelToken> m_token; // the running prediction's job
    bool m_cancelling = false;            // cancelAll() stopped the running prediction
    // The model the queue predicts with, read once and kept until the queue runs empty.
    std::shared_ptr<const LoadedModel> m_model;
    int m_modelReads = 0;
    QSet<int> m_reloading; // entries whose samples are being loaded again
};

} // namespace hhs::ui
