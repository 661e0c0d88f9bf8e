#include "main/model_workspace.h"

#include "document/project_controller.h"
#include "main/main_window.h"
#include "main/timeline_controller.h"
#include "predict/prediction_controller.h"
#include "predict/prediction_panel.h"
#include "predict/review_panel.h"
#include "project/track_import.h"
#include "timeline/timeline_widget.h"
#include "train/runs_panel.h"
#include "train/train_panel.h"
#include "train/training_charts.h"
#include "train/training_controller.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

namespace hhs::ui {

ModelWorkspace::ModelWorkspace(MainWindow* window)
    : QObject(window), m_window(window),
      m_training(new TrainingController(window->runner(), window->project(), this)),
      m_trainPanel(new TrainPanel(m_training, window->project(), window)),
      m_runsPanel(new RunsPanel(m_training, window)),
      m_predictionPanel(new PredictionPanel(window)),
      m_prediction(
          new PredictionController(window->runner(), window->project(), m_predictionPanel, this)),
      m_reviewPanel(new ReviewPanel(window->project(), window->timeline()->state(), window))
{
    m_trainDock = addDock(m_trainPanel, tr("Train"), QStringLiteral("trainDock"));
    addDock(m_runsPanel, tr("Runs"), QStringLiteral("runsDock"));
    m_predictionDock =
        addDock(m_predictionPanel, tr("Predictions"), QStringLiteral("predictionsDock"));
    m_reviewDock = addDock(m_reviewPanel, tr("Review"), QStringLiteral("reviewDock"));
    for (int i = 1; i < m_docks.size(); ++i)
        m_window->tabifyDockWidget(m_docks.front(), m_docks[i]);
    m_trainDock->raise();
    createMenu();

    auto status = [this](const QString& message) {
        m_window->statusBar()->showMessage(message, 8000);
    };
    connect(m_training, &TrainingController::errorOccurred, m_window, &MainWindow::showError);
    connect(m_training, &TrainingController::statusMessage, this, status);
    connect(m_training, &TrainingController::activeRunChanged, this,
            &ModelWorkspace::followActiveRun);
    connect(m_runsPanel, &RunsPanel::errorOccurred, m_window, &MainWindow::showError);
    connect(m_runsPanel, &RunsPanel::statusMessage, this, status);
    connect(m_runsPanel, &RunsPanel::showRunRequested, this, [this](std::int64_t id) {
        if (!m_trainPanel->showRun(id) && m_training->isRunning())
            m_window->statusBar()->showMessage(
                tr("A training is running: its curves stay on screen until it ends."), 8000);
        m_trainDock->raise();
    });
    connect(m_trainPanel, &TrainPanel::playSegmentRequested, this,
            &ModelWorkspace::playTestSegment);
    connect(m_prediction, &PredictionController::errorOccurred, m_window, &MainWindow::showError);
    connect(m_prediction, &PredictionController::statusMessage, this, status);
    connect(m_prediction, &PredictionController::predictedIntoLayer, this,
            [this, status](std::int64_t, int regions) {
                status(tr("Predicted %n region(s) into the track's predicted lane; review them "
                          "in the Review panel.",
                          nullptr, regions));
                m_reviewDock->raise();
            });
    connect(m_predictionPanel, &PredictionPanel::filesDropped, this, &ModelWorkspace::predictFiles);
    connect(m_predictionPanel, &PredictionPanel::addToProjectRequested, this,
            &ModelWorkspace::addToProject);
    connect(m_reviewPanel, &ReviewPanel::errorOccurred, m_window, &MainWindow::showError);
    connect(m_reviewPanel, &ReviewPanel::jumpRequested, this, [this](double start, double end) {
        if (const auto track = m_window->project()->currentTrack())
            m_window->timelineController()->showStretch(track->id, start, end, true);
    });
    followActiveRun();
}

QDockWidget* ModelWorkspace::addDock(QWidget* widget, const QString& title, const QString& name)
{
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_docks << dock;
    return dock;
}

void ModelWorkspace::createMenu()
{
    m_menu = new QMenu(tr("&Model"), m_window);
    QAction* train = m_menu->addAction(tr("&Train…"));
    train->setShortcut(QKeySequence(tr("Ctrl+T")));
    train->setToolTip(tr("Open the Train panel"));
    connect(train, &QAction::triggered, this, &ModelWorkspace::showTrainPanel);
    QAction* stop = m_menu->addAction(tr("&Stop Training"));
    connect(stop, &QAction::triggered, m_training, &TrainingController::stop);
    stop->setEnabled(false);
    connect(m_training, &TrainingController::trainingStarted, stop,
            [stop] { stop->setEnabled(true); });
    connect(m_training, &TrainingController::trainingFailed, stop,
            [stop] { stop->setEnabled(false); });
    connect(m_training, &TrainingController::trainingFinished, stop,
            [stop] { stop->setEnabled(false); });
    QAction* saveCharts = m_menu->addAction(tr("Save Training &Charts…"));
    saveCharts->setToolTip(tr("Save the Train panel's curves as PNG or SVG"));
    connect(saveCharts, &QAction::triggered, m_trainPanel->charts(),
            &TrainingCharts::saveWithDialog);
    m_menu->addSeparator();
    m_predictFile = m_menu->addAction(tr("&Predict Files…"));
    m_predictFile->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_predictFile->setToolTip(tr("Predict audio files with the active model and show their "
                                 "timelines (or drop them on the window's right half)"));
    connect(m_predictFile, &QAction::triggered, this, &ModelWorkspace::predictFileDialog);
    QAction* intoLayer = m_menu->addAction(tr("Predict &Into Layer"));
    intoLayer->setShortcut(QKeySequence(tr("Ctrl+P")));
    intoLayer->setToolTip(tr("Predict the current track into its predicted lane, to review "
                             "and accept"));
    connect(intoLayer, &QAction::triggered, this, &ModelWorkspace::predictIntoLayer);
    m_menu->addSeparator();
    m_menu->addActions(m_reviewPanel->actions());
    m_menu->addSeparator();
    for (QDockWidget* dock : m_docks)
        m_menu->addAction(dock->toggleViewAction());
}

void ModelWorkspace::followActiveRun()
{
    const Result<std::optional<RunRecord>> run = m_training->activeRun();
    if (!run)
        m_window->showError(tr("The run that predicts could not be read: %1").arg(run.message()));
    if (run && *run)
        m_prediction->setModel((*run)->modelPath, (*run)->name);
    else
        m_prediction->setModel({}, {});
}

QString ModelWorkspace::predictUnavailableReason() const
{
    if (m_prediction->modelPath().isEmpty())
        return tr("No model yet: train one in the Train panel (Model ▸ Train), or make a run "
                  "active in the Runs list.");
    return {};
}

QString ModelWorkspace::predictDescription() const
{
    return tr("Label each stretch with %1 and show the file's timeline.")
        .arg(m_prediction->modelName().isEmpty() ? tr("the active model")
                                                 : m_prediction->modelName());
}

void ModelWorkspace::predictFiles(const QStringList& paths)
{
    if (paths.isEmpty()) return;
    m_predictionDock->show();
    m_predictionDock->raise();
    m_prediction->predictFiles(paths);
}

void ModelWorkspace::showTrainPanel()
{
    m_trainDock->show();
    m_trainDock->raise();
    m_trainPanel->refreshPreview();
}

void ModelWorkspace::playTestSegment(const QString& source, double start, double end)
{
    for (const TrackRecord& track : m_window->project()->tracks())
        if (track.contentHash == source || track.path == source) {
            m_window->timelineController()->showStretch(track.id, start, end, true);
            return;
        }
    m_window->statusBar()->showMessage(tr("That segment's recording is no longer in the project."),
                                       8000);
}

void ModelWorkspace::predictIntoLayer()
{
    const std::optional<TrackRecord> track = m_window->project()->currentTrack();
    if (!track) {
        m_window->showError(tr("Choose a track to predict into its predicted lane."));
        return;
    }
    if (const QString reason = predictUnavailableReason(); !reason.isEmpty()) {
        m_window->showError(reason);
        return;
    }
    m_prediction->predictIntoLayer(track->id);
}

void ModelWorkspace::addToProject(const QString& path, const QString& modelPath,
                                  const QString& modelName)
{
    ProjectController* project = m_window->project();
    if (!project->isOpen()) {
        m_window->showError(
            tr("Open or create a project to add %1 to.").arg(QFileInfo(path).fileName()));
        return;
    }
    // Once the import is in (it makes the file the current track), predict it into its lane.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(project, &ProjectController::importFinished, this,
                [this, path, modelPath, modelName, connection](bool ok, bool, const QString&) {
                    disconnect(*connection);
                    const std::optional<TrackRecord> track = m_window->project()->currentTrack();
                    if (!ok || !track || QFileInfo(track->path) != QFileInfo(path))
                        return; // the window reports a failed import
                    // The model that made the result on screen.
                    m_prediction->predictIntoLayer(track->id, modelPath, modelName);
                });
    project->importPaths({path});
}

void ModelWorkspace::predictFileDialog()
{
    if (const QString reason = predictUnavailableReason(); !reason.isEmpty()) {
        m_window->showError(reason);
        return;
    }
    if (qEnvironmentVariableIsSet("HHS_NO_DIALOGS")) return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Predict Files"), QString(),
        tr("Audio files (%1);;All files (*)").arg(audioFileNamePatterns()));
    predictFiles(paths);
}

} // namespace hhs::ui
