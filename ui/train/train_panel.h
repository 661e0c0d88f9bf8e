// TrainPanel: the Train dock. On the left the next run's settings, a summary of what it will
// use (segments per class and per split part, warnings that say what to do), Start and Stop,
// and the progress (epochs done, batches in the epoch, elapsed and remaining time); in the
// middle the live curves; on the right the results: test accuracy, the confusion matrix and,
// for a clicked cell, its test segments, which play from the project's tracks. Shows the
// running run, or a stored one chosen in the Runs list. GUI thread only.
#pragma once

#include "ml/run_details.h"
#include "train/training_controller.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace hhs::ui {

class ConfusionMatrixView;
class ProjectController;
class TrainSettingsForm;
class TrainingCharts;

class TrainPanel : public QWidget
{
    Q_OBJECT
public:
    TrainPanel(TrainingController* training, ProjectController* project, QWidget* parent = nullptr);

    // Shows a stored run's curves, scores and confusion matrix (the Runs list's "Show"); false
    // while a training runs (its live curves stay) or when the run cannot be read.
    bool showRun(std::int64_t runId);
    // Asks for a fresh summary (when the panel becomes visible or the labels changed).
    void refreshPreview();

    TrainSettingsForm* settingsForm() const { return m_form; }
    TrainingCharts* charts() const { return m_charts; }
    ConfusionMatrixView* confusion() const { return m_confusion; }
    QTreeWidget* cellSegments() const { return m_cellSegments; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* stopButton() const { return m_stop; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* resultLabel() const { return m_result; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    // A test segment to hear: `source` is the recording's key (content hash or path).
    void playSegmentRequested(const QString& source, double start, double end);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void startTraining();
    void revealSummary();
    void showPreview(const TrainingPreview& preview);
    void onStarted(const TrainingRequest& request);
    void onBatch(int epoch, int done, int total, double loss);
    void onEpoch(const EpochMetrics& metrics);
    void onFinished(std::int64_t runId, const RunDetails& details, bool cancelled,
                    bool stoppedEarly);
    void onFailed(const QString& message);
    void showDetails(const RunDetails& details, const QString& heading);
    void showCell(int truth, int predicted);
    void playSegment(QTreeWidgetItem* item);
    void setRunning(bool running);
    void updateTimes(double fraction);

    TrainingController* m_training;
    ProjectController* m_project;
    TrainSettingsForm* m_form;
    QLabel* m_summary;
    QScrollArea* m_summaryScroll = nullptr; // the settings and the summary
    QPushButton* m_start;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_times;
    TrainingCharts* m_charts;
    QLabel* m_result;
    ConfusionMatrixView* m_confusion;
    QLabel* m_cellTitle;
    QTreeWidget* m_cellSegments;
    std::optional<RunDetails> m_details;
    QElapsedTimer m_clock;
    int m_plannedEpochs = 0;
    bool m_previewStale = true;
    bool m_canTrain = false; // the last summary said a run can start
};

} // namespace hhs::ui
