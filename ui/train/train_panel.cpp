#include "train/train_panel.h"

#include "document/project_controller.h"
#include "timeline/time_ruler.h"
#include "train/confusion_matrix_view.h"
#include "train/train_settings_form.h"
#include "train/training_charts.h"
#include "widgets/scroll_column.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
enum SegmentColumn { RecordingColumn, TimeColumn, ConfidenceColumn };
constexpr int kSourceRole = Qt::UserRole;
constexpr int kStartRole = Qt::UserRole + 1;
constexpr int kEndRole = Qt::UserRole + 2;

QString warningHtml(const QString& text)
{
    return QStringLiteral("<p style='color:#b9770e'>⚠ %1</p>").arg(text.toHtmlEscaped());
}

QString trainToolTip()
{
    return TrainPanel::tr("Train a model on the project's labelled regions with these settings.");
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 1) + QStringLiteral(" %");
}
} // namespace

TrainPanel::TrainPanel(TrainingController* training, ProjectController* project, QWidget* parent)
    : QWidget(parent), m_training(training), m_project(project),
      m_form(new TrainSettingsForm(this)), m_summary(new QLabel(this)),
      m_start(new QPushButton(tr("&Train"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_progress(new QProgressBar(this)), m_times(new QLabel(this)),
      m_charts(new TrainingCharts(this)), m_result(new QLabel(this)),
      m_confusion(new ConfusionMatrixView(this)), m_cellTitle(new QLabel(this)),
      m_cellSegments(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_start->setToolTip(trainToolTip());
    m_stop->setToolTip(tr("Stop after the current batch, keeping the best finished epoch."));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Ready"));
    m_progress->setValue(0);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_cellTitle->setWordWrap(true);
    m_cellSegments->setColumnCount(3);
    m_cellSegments->setHeaderLabels({tr("Recording"), tr("Time"), tr("Confidence")});
    m_cellSegments->setRootIsDecorated(false);
    m_cellSegments->setUniformRowHeights(true);
    m_cellSegments->header()->setSectionResizeMode(RecordingColumn, QHeaderView::Stretch);
    m_cellSegments->setToolTip(tr("Click a segment to hear it in its recording."));

    // The settings and the summary scroll when the dock is short; Train, Stop and the progress
    // stay in view.
    auto* settingsBox = new QGroupBox(tr("Next Run"), this);
    auto* left = new QVBoxLayout(settingsBox);
    auto* settings = new QVBoxLayout;
    settings->addWidget(m_form);
    settings->addWidget(m_summary, 1);
    m_summaryScroll = scrollColumn(settings, settingsBox);
    left->addWidget(m_summaryScroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    left->addLayout(buttons);
    left->addWidget(m_progress);
    left->addWidget(m_times);

    auto* resultsBox = new QGroupBox(tr("Test Results"), this);
    auto* results = new QVBoxLayout;
    results->addWidget(m_result);
    results->addWidget(m_confusion, 3);
    results->addWidget(m_cellTitle);
    results->addWidget(m_cellSegments, 1);
    m_cellSegments->setMinimumHeight(90);
    // The list of a cell's segments appears with a confusion matrix to click.
    m_cellTitle->hide();
    m_cellSegments->hide();
    (new QVBoxLayout(resultsBox))->addWidget(scrollColumn(results, resultsBox));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(settingsBox);
    splitter->addWidget(m_charts);
    splitter->addWidget(resultsBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({330, 620, 520});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    m_result->setText(tr("Train a model to see how it scores on recordings it never heard."));
    setRunning(false);

    connect(m_start, &QPushButton::clicked, this, &TrainPanel::startTraining);
    connect(m_stop, &QPushButton::clicked, m_training, &TrainingController::stop);
    connect(m_form, &TrainSettingsForm::changed, this, [this] {
        TrainSettingsForm::saveDefaults(m_form->request());
        refreshPreview();
    });
    connect(m_training, &TrainingController::previewReady, this, &TrainPanel::showPreview);
    connect(m_training, &TrainingController::trainingStarted, this, &TrainPanel::onStarted);
    connect(m_training, &TrainingController::batchProgress, this, &TrainPanel::onBatch);
    connect(m_training, &TrainingController::epochFinished, this, &TrainPanel::onEpoch);
    connect(m_training, &TrainingController::trainingFinished, this, &TrainPanel::onFinished);
    connect(m_training, &TrainingController::trainingFailed, this, &TrainPanel::onFailed);
    connect(m_confusion, &ConfusionMatrixView::cellActivated, this, &TrainPanel::showCell);
    connect(m_cellSegments, &QTreeWidget::itemActivated, this, &TrainPanel::playSegment);
    connect(m_cellSegments, &QTreeWidget::itemClicked, this, &TrainPanel::playSegment);
    connect(m_project, &ProjectController::regionsChanged, this, &TrainPanel::refreshPreview);
    connect(m_project, &ProjectController::projectChanged, this, &TrainPanel::refreshPreview);
    connect(m_project, &ProjectController::classesChanged, this, &TrainPanel::refreshPreview);
}

void TrainPanel::refreshPreview()
{
    // Counting is cheap (records only), but still only for a panel someone looks at.
    if (!isVisible()) {
        m_previewStale = true;
        return;
    }
    m_previewStale = false;
    if (!m_project->isOpen()) {
        m_summary->setText(tr("Open a project to train."));
        m_canTrain = false;
        m_start->setEnabled(false);
        return;
    }
    if (!m_canTrain) m_summary->setText(tr("Counting the labelled segments…"));
    m_training->requestPreview(m_form->request());
}

void TrainPanel::revealSummary()
{
    // Once the label has its new height: its top at the top of the column, so a short dock
    // shows the warnings rather than settings the user already sees.
    QTimer::singleShot(
        0, this, [this]() { m_summaryScroll->verticalScrollBar()->setValue(m_summary->y()); });
}

void TrainPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_previewStale) refreshPreview();
}

void TrainPanel::showPreview(const TrainingPreview& preview)
{
    if (!preview.error.isEmpty()) {
        m_summary->setText(warningHtml(preview.error));
        m_start->setEnabled(false);
        m_start->setToolTip(preview.error);
        revealSummary();
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><th align='left'>"
                                  "%1</th><th align='right'>%2</th><th align='right'>%3</th>"
                                  "<th align='right'>%4</th><th align='right'>%5</th></tr>")
                       .arg(tr("Class"), tr("Segments"), tr("Train"), tr("Valid."), tr("Test"));
    for (int c = 0; c < preview.classes.size(); ++c) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td>")
                    .arg(preview.classes[c].toHtmlEscaped())
                    .arg(preview.segmentsPerClass[std::size_t(c)]);
        for (int part = 0; part < kSplitParts; ++part) {
            QString cell = QStringLiteral("–");
            if (preview.split) {
                const SplitCount& n = preview.split->composition[std::size_t(part)][std::size_t(c)];
                cell = tr("%1 <small>(%n rec.)</small>", nullptr, n.tracks).arg(n.segments);
            }
            html += QStringLiteral("<td align='right'>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    // One style for every warning, whether it stops training or not; the Train button's
    // tooltip says why it is off.
    if (!preview.splitError.isEmpty()) html += warningHtml(preview.splitError);
    for (const QString& warning : preview.warnings)
        html += warningHtml(warning);
    m_summary->setText(html);
    m_canTrain = preview.canTrain();
    m_start->setEnabled(!m_training->isRunning() && m_canTrain);
    m_start->setToolTip(m_canTrain ? trainToolTip() : preview.splitError);
    if (!preview.splitError.isEmpty() || !preview.warnings.isEmpty()) revealSummary();
}

void TrainPanel::startTraining()
{
    m_training->start(m_form->request());
}

void TrainPanel::onStarted(const TrainingRequest& request)
{
    m_plannedEpochs = request.settings.epochs;
    m_details.reset();
    m_charts->clear();
    m_charts->setPlannedEpochs(m_plannedEpochs);
    m_confusion->clear();
    m_cellSegments->clear();
    m_cellTitle->clear();
    m_cellSegments->hide();
    m_cellTitle->hide();
    m_result->setText(
        request.allLabelsOf
            ? tr("Training %1 again on every label for %n epoch(s), as many as the run's best "
                 "one…",
                 nullptr, m_plannedEpochs)
                  .arg(modelKindName(request.settings.kind).toUpper())
            : tr("Training %1 for %n epoch(s)…", nullptr, m_plannedEpochs)
                  .arg(modelKindName(request.settings.kind).toUpper()));
    m_clock.start();
    // Busy until the first batch: segments are cut (decoding what is not cached yet) and
    // LibTorch loads.
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Preparing segments and loading LibTorch…"));
    m_times->clear();
    setRunning(true);
}

void TrainPanel::onBatch(int epoch, int done, int total, double loss)
{
    m_charts->addBatch(epoch, done, total, loss);
    m_progress->setRange(0, 1000);
    const double fraction =
        m_plannedEpochs > 0 ? (epoch - 1 + double(done) / std::max(total, 1)) / m_plannedEpochs : 0;
    m_progress->setValue(int(fraction * 1000));
    m_progress->setFormat(
        tr("Epoch %1 of %2 · batch %3 of %4").arg(epoch).arg(m_plannedEpochs).arg(done).arg(total));
    updateTimes(fraction);
}

void TrainPanel::onEpoch(const EpochMetrics& metrics)
{
    m_charts->addEpoch(metrics);
}

void TrainPanel::updateTimes(double fraction)
{
    const double elapsed = m_clock.elapsed() / 1000.0;
    m_times->setText(fraction > 0.01 ? tr("Elapsed %1 · about %2 left")
                                           .arg(clockText(elapsed),
                                                clockText(elapsed * (1 - fraction) / fraction))
                                     : tr("Elapsed %1").arg(clockText(elapsed)));
}

void TrainPanel::onFinished(std::int64_t, const RunDetails& details, bool cancelled,
                            bool stoppedEarly)
{
    setRunning(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_progress->setFormat(cancelled ? tr("Stopped") : tr("Done"));
    m_times->setText(tr("Took %1").arg(clockText(m_clock.elapsed() / 1000.0)));
    QString heading;
    if (cancelled)
        heading = tr("Stopped: the best of the finished epochs was kept.");
    else if (stoppedEarly)
        heading = tr("Stopped early: the validation loss no longer improved.");
    showDetails(details, heading);
    refreshPreview();
}

void TrainPanel::onFailed(const QString& message)
{
    setRunning(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Not trained"));
    m_result->setText(
        QStringLiteral("<p style='color:#c0392b'>%1</p>").arg(message.toHtmlEscaped()));
    refreshPreview();
}

bool TrainPanel::showRun(std::int64_t runId)
{
    if (m_training->isRunning()) return false; // the running run's curves stay on screen
    Result<std::optional<RunRecord>> found = m_training->run(runId);
    if (!found || !*found) {
        if (!found)
            m_result->setText(
                QStringLiteral("<p style='color:#c0392b'>%1</p>")
                    .arg(
                        tr("The runs could not be read: %1").arg(found.message()).toHtmlEscaped()));
        return false;
    }
    const RunRecord& run = **found;
    Result<RunDetails> details = runDetailsFromJson(run.detailsJson);
    if (!details) {
        m_result->setText(QStringLiteral("<p style='color:#c0392b'>%1</p>")
                              .arg(details.message().toHtmlEscaped()));
        return false;
    }
    m_charts->clear();
    m_charts->setPlannedEpochs(int(details->info.history.size()));
    m_charts->setHistory(details->info.history);
    showDetails(*details, run.name);
    return true;
}

void TrainPanel::showDetails(const RunDetails& details, const QString& heading)
{
    m_details = details;
    const ModelInfo& info = details.info;
    m_charts->setBestEpoch(info.bestEpoch);
    QString html;
    if (!heading.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(heading.toHtmlEscaped());
    html += tr("<p><b>Test accuracy %1</b> (loss %2) on %n segment(s), best epoch %3.</p>", nullptr,
               info.test.total())
                .arg(percent(info.test.accuracy))
                .arg(QString::number(info.test.loss, 'f', 3))
                .arg(info.bestEpoch);
    const Evaluation& recordings = info.testRecordings;
    if (!recordings.confusion.empty()) {
        html += tr("<p><b>By recording %1</b>: %n held-out recording(s), each classified by the "
                   "mean of its segments.</p>",
                   nullptr, recordings.total())
                    .arg(percent(recordings.accuracy));
        html += QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><td></td>");
        for (const QString& name : info.classes)
            html += QStringLiteral("<td align='right'><i>%1</i></td>").arg(name.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (int t = 0; t < info.classes.size(); ++t) {
            html += QStringLiteral("<tr><td><i>%1</i></td>").arg(info.classes[t].toHtmlEscaped());
            for (int count : recordings.confusion[std::size_t(t)])
                html += QStringLiteral("<td align='right'>%1</td>").arg(count);
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += tr("<p>Trained: %1.</p>").arg(describeTraining(info).toHtmlEscaped());
    if (stillImproving(info))
        html += tr("<p style='color:#b9770e'>Still improving at epoch %1: more epochs may "
                   "help.</p>")
                    .arg(info.history.back().epoch);
    if (info.trainedOnAll)
        html += tr("<p>This model was trained again on every labelled segment; the scores are "
                   "the ones measured on the held-out recordings before.</p>");
    else if (!info.cancelled && !info.split.optimistic())
        html += tr("<p>Happy with these scores? <b>Train on All Labels</b> in the Runs panel "
                   "makes this model again from every label, the test part too.</p>");
    html += info.split.optimistic()
                ? tr("<p style='color:#b9770e'>Random split: segments of the same recordings were "
                     "in training, so this score is optimistic.</p>")
                : tr("<p>Split by recording: scored on recordings the model never heard.</p>");
    if (!details.testSegments.empty())
        html += tr("<p>Click a cell to list its segments and hear them.</p>");
    m_result->setText(html);
    std::vector<QColor> colours;
    for (const QString& name : info.classes) {
        QColor colour;
        for (const ClassRecord& record : m_project->classes())
            if (record.name == name) colour = QColor(record.color);
        colours.push_back(colour);
    }
    m_confusion->setMatrix(info.classes, colours, info.test.confusion);
    m_cellSegments->clear();
    m_cellTitle->clear();
    m_cellSegments->show();
    m_cellTitle->show();
}

void TrainPanel::showCell(int truth, int predicted)
{
    if (!m_details) return;
    const QStringList& classes = m_details->info.classes;
    const std::vector<TestSegmentRecord> segments = m_details->cell(truth, predicted);
    m_cellTitle->setText(truth == predicted
                             ? tr("%1 recognised (%n segment(s)):", nullptr, int(segments.size()))
                                   .arg(classes.value(truth))
                             : tr("%1 taken for %2 (%n segment(s)):", nullptr, int(segments.size()))
                                   .arg(classes.value(truth), classes.value(predicted)));
    m_cellSegments->clear();
    for (const TestSegmentRecord& segment : segments) {
        auto* item = new QTreeWidgetItem(m_cellSegments);
        item->setText(RecordingColumn,
                      segment.sourceName.isEmpty() ? segment.source : segment.sourceName);
        item->setText(TimeColumn, QStringLiteral("%1–%2").arg(clockText(segment.start),
                                                              clockText(segment.end)));
        item->setText(ConfidenceColumn, percent(segment.confidence));
        item->setData(RecordingColumn, kSourceRole, segment.source);
        item->setData(RecordingColumn, kStartRole, segment.start);
        item->setData(RecordingColumn, kEndRole, segment.end);
        item->setToolTip(RecordingColumn, segment.sourceName);
    }
    if (QTreeWidgetItem* first = m_cellSegments->topLevelItem(0)) {
        m_cellSegments->setCurrentItem(first);
        playSegment(first);
    }
}

void TrainPanel::playSegment(QTreeWidgetItem* item)
{
    if (!item) return;
    Q_EMIT playSegmentRequested(item->data(RecordingColumn, kSourceRole).toString(),
                                item->data(RecordingColumn, kStartRole).toDouble(),
                                item->data(RecordingColumn, kEndRole).toDouble());
}

void TrainPanel::setRunning(bool running)
{
    m_start->setEnabled(!running && m_canTrain && m_project->isOpen());
    m_stop->setEnabled(running);
    m_form->setEnabled(!running);
}

} // namespace hhs::ui
