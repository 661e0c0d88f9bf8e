#include "train/runs_panel.h"

#include "train/training_controller.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
enum Column {
    ActiveColumn,
    NameColumn,
    DateColumn,
    ModelColumn,
    SplitColumn,
    EpochsColumn,
    AccuracyColumn,
    RecordingAccuracyColumn,
    LossColumn,
    FileColumn,
    ColumnCount
};
constexpr int kRunIdRole = Qt::UserRole;

bool dialogsAllowed()
{
    return qEnvironmentVariableIsEmpty("HHS_NO_DIALOGS");
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

RunsPanel::RunsPanel(TrainingController* training, QWidget* parent)
    : QWidget(parent), m_training(training), m_table(new QTableWidget(this)),
      m_show(new QPushButton(tr("Sho&w"), this)),
      m_activate(new QPushButton(tr("Make &Active"), this)),
      m_allLabels(new QPushButton(tr("Train on A&ll Labels"), this)),
      m_export(new QPushButton(tr("E&xport Model…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Active"), tr("Name"), tr("Date"), tr("Model"),
                                        tr("Split"), tr("Epochs (best)"), tr("Test accuracy"),
                                        tr("By recording"), tr("Test loss"), tr("Model file")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(false);
    m_show->setToolTip(tr("Show the run's curves and confusion matrix in the Train panel."));
    m_activate->setToolTip(tr("Predict with this run's model."));
    m_allLabels->setToolTip(
        tr("Train this run's model again on every labelled segment, the test part too, for as "
           "many epochs as its best one. The new run predicts; its test scores stay the ones "
           "measured before, on the held-out part."));
    m_remove->setToolTip(tr("Forget the run; its model file stays on disk."));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_show, m_activate, m_allLabels, m_export, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedRun()) Q_EMIT showRunRequested(*id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto id = selectedRun()) Q_EMIT showRunRequested(*id);
    });
    connect(m_activate, &QPushButton::clicked, this, &RunsPanel::makeSelectedActive);
    connect(m_allLabels, &QPushButton::clicked, this, &RunsPanel::trainSelectedOnAllLabels);
    connect(m_export, &QPushButton::clicked, this, &RunsPanel::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &RunsPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunsPanel::updateButtons);
    connect(m_training, &TrainingController::runsChanged, this, &RunsPanel::refresh);
    connect(m_training, &TrainingController::activeRunChanged, this, &RunsPanel::refresh);
    connect(m_training, &TrainingController::trainingStarted, this, &RunsPanel::updateButtons);
    connect(m_training, &TrainingController::trainingFinished, this, &RunsPanel::updateButtons);
    connect(m_training, &TrainingController::trainingFailed, this, &RunsPanel::updateButtons);
    refresh();
}

void RunsPanel::refresh()
{
    const std::optional<std::int64_t> selected = selectedRun();
    const Result<std::optional<RunRecord>> activeRead = m_training->activeRun();
    const std::optional<RunRecord> active = activeRead ? *activeRead : std::nullopt;
    Result<std::vector<RunRecord>> listed = m_training->runs();
    if (!listed) Q_EMIT errorOccurred(tr("The runs could not be read: %1").arg(listed.message()));
    const std::vector<RunRecord> runs = listed ? *listed : std::vector<RunRecord>{};
    m_table->setRowCount(0);
    m_table->setRowCount(int(runs.size()));
    // Newest first.
    for (int row = 0; row < int(runs.size()); ++row) {
        const RunRecord& run = runs[runs.size() - 1 - std::size_t(row)];
        const bool isActive = active && active->id == run.id;
        const QString epochs = run.epochsRun > 0
                                   ? QStringLiteral("%1 (%2)").arg(run.epochsRun).arg(run.bestEpoch)
                                   : QStringLiteral("–");
        const QString split = run.optimisticSplit ? tr("random (optimistic)") : tr("by recording");
        const QString byRecording = run.testRecordings > 0
                                        ? tr("%1 % of %n recording(s)", nullptr, run.testRecordings)
                                              .arg(run.recordingAccuracy * 100, 0, 'f', 1)
                                        : QStringLiteral("–");
        const bool fileThere = QFileInfo::exists(run.modelPath);
        QTableWidgetItem* first = cell(isActive ? QStringLiteral("★") : QString(), Qt::AlignCenter);
        first->setData(kRunIdRole, qlonglong(run.id));
        if (isActive) first->setToolTip(tr("This run's model predicts."));
        m_table->setItem(row, ActiveColumn, first);
        m_table->setItem(row, NameColumn, cell(run.name));
        m_table->setItem(row, DateColumn,
                         cell(QDateTime::fromMSecsSinceEpoch(run.createdMs)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(row, ModelColumn, cell(run.modelKind.toUpper()));
        m_table->setItem(row, SplitColumn, cell(split));
        m_table->setItem(row, EpochsColumn, cell(epochs, Qt::AlignRight));
        m_table->setItem(
            row, AccuracyColumn,
            cell(QString::number(run.testAccuracy * 100, 'f', 1) + QStringLiteral(" %"),
                 Qt::AlignRight));
        m_table->setItem(row, RecordingAccuracyColumn, cell(byRecording, Qt::AlignRight));
        m_table->setItem(row, LossColumn,
                         cell(QString::number(run.testLoss, 'f', 3), Qt::AlignRight));
        QTableWidgetItem* file =
            cell(fileThere ? QFileInfo(run.modelPath).fileName() : tr("missing"));
        file->setToolTip(run.modelPath);
        if (!fileThere) file->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_table->setItem(row, FileColumn, file);
        if (isActive) {
            QFont bold = m_table->font();
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setFont(bold);
        }
    }
    // Keep the selection; with none, the active run is selected (its buttons ready to use).
    if (selected)
        selectRun(*selected);
    else if (active)
        selectRun(active->id);
    updateButtons();
}

std::optional<std::int64_t> RunsPanel::selectedRun() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty()) return std::nullopt;
    QTableWidgetItem* first = m_table->item(items.front()->row(), ActiveColumn);
    if (!first) return std::nullopt;
    return first->data(kRunIdRole).toLongLong();
}

void RunsPanel::selectRun(std::int64_t runId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, ActiveColumn)->data(kRunIdRole).toLongLong() == runId)
            m_table->selectRow(row);
}

void RunsPanel::updateButtons()
{
    const std::optional<std::int64_t> id = selectedRun();
    for (QPushButton* button : {m_show, m_activate, m_export, m_remove})
        button->setEnabled(id.has_value());
    m_allLabels->setEnabled(id && !m_training->isRunning() && m_training->canTrainOnAllLabels(*id));
}

void RunsPanel::trainSelectedOnAllLabels()
{
    if (const std::optional<std::int64_t> id = selectedRun()) m_training->trainOnAllLabels(*id);
}

void RunsPanel::makeSelectedActive()
{
    const std::optional<std::int64_t> id = selectedRun();
    if (!id) return;
    Result<std::optional<RunRecord>> found = m_training->run(*id);
    if (!found) {
        Q_EMIT errorOccurred(tr("The runs could not be read: %1").arg(found.message()));
        return;
    }
    const std::optional<RunRecord>& run = *found;
    if (run && !QFileInfo::exists(run->modelPath)) {
        Q_EMIT errorOccurred(
            tr("The model file %1 of this run is missing; it cannot predict.").arg(run->modelPath));
        return;
    }
    if (m_training->setActiveRun(*id) && run)
        Q_EMIT statusMessage(tr("Predicting with %1").arg(run->name));
}

void RunsPanel::exportSelected()
{
    const std::optional<std::int64_t> id = selectedRun();
    if (!id || !dialogsAllowed()) return;
    Result<std::optional<RunRecord>> found = m_training->run(*id);
    if (!found) {
        Q_EMIT errorOccurred(tr("The runs could not be read: %1").arg(found.message()));
        return;
    }
    const std::optional<RunRecord>& run = *found;
    if (!run) return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Model"), QFileInfo(run->modelPath).fileName(),
                                     tr("HipHop Studio models (*.model);;All files (*)"));
    if (path.isEmpty()) return;
    if (Status copied = m_training->exportModel(*id, path); !copied)
        Q_EMIT errorOccurred(copied.message());
    else
        Q_EMIT statusMessage(tr("Exported the model to %1").arg(path));
}

void RunsPanel::removeSelected()
{
    const std::optional<std::int64_t> id = selectedRun();
    if (!id) return;
    if (dialogsAllowed() &&
        QMessageBox::question(this, tr("Remove Run"),
                              tr("Forget this run? Its model file stays on disk.")) !=
            QMessageBox::Yes)
        return;
    m_training->removeRun(*id);
}

} // namespace hhs::ui
