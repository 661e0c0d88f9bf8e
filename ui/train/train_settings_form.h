// TrainSettingsForm: the settings of the next training run: model (CNN / LSTM), epochs, batch
// size, learning rate, segment length, split (by recording, or random marked optimistic) and
// seed. Starts from the notebook's values, remembers what the user last chose (QSettings, as the
// default for the next run and the next start) and offers "Notebook defaults". GUI thread only.
#pragma once

#include "train/training_controller.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace hhs::ui {

class TrainSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit TrainSettingsForm(QWidget* parent = nullptr);

    TrainingRequest request() const;
    void setRequest(const TrainingRequest& request);
    // The notebook's settings for the chosen model.
    void restoreNotebookDefaults();

    // Remembered defaults (QSettings "training/..."); the notebook's when none are saved.
    static TrainingRequest savedDefaults();
    static void saveDefaults(const TrainingRequest& request);

Q_SIGNALS:
    void changed();

private:
    void onModelChanged();

    QComboBox* m_model;
    QSpinBox* m_epochs;
    QSpinBox* m_batch;
    QDoubleSpinBox* m_learningRate;
    QDoubleSpinBox* m_segmentSeconds;
    QComboBox* m_split;
    QSpinBox* m_seed;
    ModelKind m_shownKind = ModelKind::Cnn;
};

} // namespace hhs::ui
