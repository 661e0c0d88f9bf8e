// RunsPanel: the Runs dock: every training run of the project side by side (name, date, model,
// split, epochs, test accuracy and loss, whether its model file is still there), the active
// run (whose model predicts) marked. Show puts a run's curves and confusion matrix in the Train
// panel; Make Active, Train on All Labels (the run's model again from every labelled segment,
// as a new run), Export Model… and Remove act on the selected run. GUI thread only.
#pragma once

#include <QWidget>
#include <cstdint>
#include <optional>

class QPushButton;
class QTableWidget;

namespace hhs::ui {

class TrainingController;

class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunsPanel(TrainingController* training, QWidget* parent = nullptr);

    void refresh();
    std::optional<std::int64_t> selectedRun() const;
    void selectRun(std::int64_t runId);
    QTableWidget* table() const { return m_table; }
    QPushButton* allLabelsButton() const { return m_allLabels; }

    void makeSelectedActive();
    void trainSelectedOnAllLabels();
    // Asks where to (unless HHS_NO_DIALOGS is set) and copies the model file there.
    void exportSelected();
    void removeSelected();

Q_SIGNALS:
    void showRunRequested(std::int64_t runId);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    void updateButtons();

    TrainingController* m_training;
    QTableWidget* m_table;
    QPushButton* m_show;
    QPushButton* m_activate;
    QPushButton* m_allLabels;
    QPushButton* m_export;
    QPushButton* m_remove;
};

} // namespace hhs::ui
