// ModelWorkspace: training and prediction in the window. Creates the Train, Runs, Predictions
// and Review docks and the Model menu (Train, Stop Training, Predict File…, Predict Into Layer,
// Accept, Accept All), keeps prediction on the active run's model, and sends test segments
// and disagreements to the timeline to be seen and heard. GUI thread only.
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QDockWidget;
class QMenu;

namespace hhs::ui {

class MainWindow;
class PredictionController;
class PredictionPanel;
class ReviewPanel;
class RunsPanel;
class TrainPanel;
class TrainingController;

class ModelWorkspace : public QObject
{
    Q_OBJECT
public:
    explicit ModelWorkspace(MainWindow* window);

    TrainingController* training() const { return m_training; }
    TrainPanel* trainPanel() const { return m_trainPanel; }
    RunsPanel* runsPanel() const { return m_runsPanel; }
    PredictionController* prediction() const { return m_prediction; }
    PredictionPanel* predictionPanel() const { return m_predictionPanel; }
    ReviewPanel* reviewPanel() const { return m_reviewPanel; }
    // The Model menu, and Predict Files… for the File menu too (the window places both).
    QMenu* menu() const { return m_menu; }
    QAction* predictFileAction() const { return m_predictFile; }
    QList<QDockWidget*> docks() const { return m_docks; }

    // Why dropped files cannot be predicted now (empty: they can), and with what they would be.
    QString predictUnavailableReason() const;
    QString predictDescription() const;
    // Queues files for prediction and shows the Predictions dock.
    void predictFiles(const QStringList& paths);
    void showTrainPanel();

private:
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& name);
    void createMenu();
    void followActiveRun();
    void playTestSegment(const QString& source, double start, double end);
    void predictIntoLayer();
    void predictFileDialog();
    // A predicted file becomes a track of the project with the prediction in its lane.
    void addToProject(const QString& path, const QString& modelPath, const QString& modelName);

    MainWindow* m_window;
    TrainingController* m_training;
    TrainPanel* m_trainPanel;
    RunsPanel* m_runsPanel;
    PredictionPanel* m_predictionPanel;
    PredictionController* m_prediction;
    ReviewPanel* m_reviewPanel;
    QMenu* m_menu = nullptr;
    QAction* m_predictFile = nullptr;
    QList<QDockWidget*> m_docks;
    QDockWidget* m_trainDock = nullptr;
    QDockWidget* m_predictionDock = nullptr;
    QDockWidget* m_reviewDock = nullptr;
};

} // namespace hhs::ui
