#include "predict/review_panel.h"

#include "document/project_controller.h"
#include "predict/predicted_file.h"
#include "timeline/class_swatch.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
enum Column { TimeColumn, LabelColumn, PredictedColumn, ConfidenceColumn, ColumnCount };
constexpr int kRowRole = Qt::UserRole + 1;

} // namespace

ReviewPanel::ReviewPanel(ProjectController* project, TimelineState* timeline, QWidget* parent)
    : QWidget(parent), m_project(project), m_timeline(timeline), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_acceptButton(new QPushButton(this)),
      m_acceptAllButton(new QPushButton(this)),
      m_accept(new QAction(tr("&Accept Prediction"), this)),
      m_acceptAll(new QAction(tr("Accept A&ll Predictions"), this))
{
    m_summary->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Time"), tr("Label"), tr("Predicted"), tr("Confidence")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(PredictedColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ConfidenceColumn, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Where the model disagrees with the labels, most confident first. "
                          "Click a row to show it on the timeline."));

    m_accept->setShortcut(QKeySequence(Qt::Key_A));
    m_accept->setShortcutContext(Qt::WindowShortcut);
    m_accept->setToolTip(tr("Copy the selected prediction (or the one under the playhead) into "
                            "the labels (A)"));
    m_acceptAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    m_acceptAll->setShortcutContext(Qt::WindowShortcut);
    m_acceptAll->setToolTip(tr("Copy every prediction of this track into the labels (Shift+A)"));
    addAction(m_accept);
    addAction(m_acceptAll);
    m_acceptButton->setText(tr("Accept (A)"));
    m_acceptButton->setToolTip(m_accept->toolTip());
    m_acceptAllButton->setText(tr("Accept All (Shift+A)"));
    m_acceptAllButton->setToolTip(m_acceptAll->toolTip());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_acceptAllButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QAction::triggered, this, &ReviewPanel::accept);
    connect(m_acceptAll, &QAction::triggered, this, &ReviewPanel::acceptAll);
    connect(m_acceptButton, &QPushButton::clicked, this, &ReviewPanel::accept);
    connect(m_acceptAllButton, &QPushButton::clicked, this, &ReviewPanel::acceptAll);
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { jumpTo(item->data(0, kRowRole).toInt()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { jumpTo(item->data(0, kRowRole).toInt()); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReviewPanel::updateActions);
    connect(m_project, &ProjectController::regionsChanged, this, &ReviewPanel::refresh);
    connect(m_project, &ProjectController::currentTrackChanged, this, &ReviewPanel::refresh);
    connect(m_project, &ProjectController::classesChanged, this, &ReviewPanel::refresh);
    connect(m_project, &ProjectController::projectChanged, this, &ReviewPanel::refresh);
    if (m_timeline)
        connect(m_timeline, &TimelineState::playheadChanged, this, &ReviewPanel::updateActions);
    refresh();
}

QColor ReviewPanel::colourOf(const QString& className) const
{
    for (const ClassRecord& record : m_project->classes())
        if (record.name == className) return QColor(record.color);
    return QColor(170, 170, 170);
}

void ReviewPanel::refresh()
{
    // Keep the selection on the same predicted region when it is still listed.
    std::optional<std::int64_t> selected;
    int selectedRow = -1;
    if (QTreeWidgetItem* item = m_list->currentItem()) {
        selectedRow = item->data(0, kRowRole).toInt();
        if (selectedRow >= 0 && selectedRow < int(m_rows.size()))
            selected = m_rows[std::size_t(selectedRow)].predicted.id;
    }
    const std::optional<TrackRecord> track =
        m_project->isOpen() ? m_project->currentTrack() : std::nullopt;
    m_rows = track ? findDisagreements(m_project->labelRegions(), m_project->predictedRegions())
                   : std::vector<Disagreement>{};
    m_list->clear();
    QFont italic = font();
    italic.setItalic(true);
    QTreeWidgetItem* reselect = nullptr;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Disagreement& d = m_rows[std::size_t(row)];
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kRowRole, row);
        item->setText(TimeColumn,
                      tr("%1 – %2").arg(clockText(d.predicted.start), clockText(d.predicted.end)));
        if (d.overOtherClass()) {
            item->setText(LabelColumn, d.labelClasses.join(QStringLiteral(" / ")));
            item->setIcon(LabelColumn, classSwatch(colourOf(d.labelClasses.front())));
            item->setToolTip(LabelColumn, tr("The labels say %1 here; the model hears %2")
                                              .arg(QLocale().createSeparatedList(d.labelClasses),
                                                   d.predicted.className));
        } else {
            item->setText(LabelColumn, tr("no label"));
            item->setFont(LabelColumn, italic);
            item->setForeground(LabelColumn, palette().placeholderText());
            item->setToolTip(
                LabelColumn,
                tr("Nothing is labelled here; the model hears %1").arg(d.predicted.className));
        }
        item->setText(PredictedColumn, QStringLiteral("→ ") + d.predicted.className);
        item->setIcon(PredictedColumn, classSwatch(colourOf(d.predicted.className)));
        item->setText(ConfidenceColumn, tr("%1 %").arg(qRound(100 * d.confidence())));
        item->setTextAlignment(ConfidenceColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (selected && d.predicted.id == *selected) reselect = item;
    }
    if (!reselect && selectedRow >= 0 && m_list->topLevelItemCount() > 0)
        reselect = m_list->topLevelItem(std::min(selectedRow, m_list->topLevelItemCount() - 1));
    if (reselect) m_list->setCurrentItem(reselect);

    if (!track)
        m_summary->setText(tr("Choose a track to review its predictions."));
    else if (m_project->predictedRegions().empty())
        m_summary->setText(
            tr("%1 has no predictions yet: predict it into its layer to review them.")
                .arg(track->displayName()));
    else if (m_rows.empty())
        m_summary->setText(
            tr("The predictions of %1 agree with its labels.").arg(track->displayName()));
    else
        m_summary->setText(tr("%n place(s) in %1 where the model disagrees with the labels, "
                              "most confident first:",
                              nullptr, int(m_rows.size()))
                               .arg(track->displayName()));
    updateActions();
}

std::optional<std::int64_t> ReviewPanel::acceptTarget() const
{
    if (QTreeWidgetItem* item = m_list->currentItem(); item && item->isSelected()) {
        const int row = item->data(0, kRowRole).toInt();
        if (row >= 0 && row < int(m_rows.size())) return m_rows[std::size_t(row)].predicted.id;
    }
    if (!m_timeline) return std::nullopt;
    const double playhead = m_timeline->playhead();
    for (const RegionRecord& region : m_project->predictedRegions())
        if (playhead >= region.start && playhead < region.end) return region.id;
    return std::nullopt;
}

bool ReviewPanel::accept()
{
    if (!m_project->isOpen()) return false;
    const std::optional<std::int64_t> target = acceptTarget();
    if (!target) {
        Q_EMIT errorOccurred(tr("Select a prediction in the list or put the playhead on one to "
                                "accept it"));
        return false;
    }
    Result<EditCommand> edit =
        m_project->project()->acceptPredicted(*target, Overlap::TrimNeighbours);
    if (!edit) {
        Q_EMIT errorOccurred(edit.message());
        return false;
    }
    m_project->pushEdit(std::move(*edit));
    return true;
}

bool ReviewPanel::acceptAll()
{
    const std::optional<TrackRecord> track =
        m_project->isOpen() ? m_project->currentTrack() : std::nullopt;
    if (!track) {
        Q_EMIT errorOccurred(tr("Choose a track to accept its predictions"));
        return false;
    }
    Result<EditCommand> edit =
        m_project->project()->acceptAllPredicted(track->id, Overlap::TrimNeighbours);
    if (!edit) {
        Q_EMIT errorOccurred(edit.message());
        return false;
    }
    m_project->pushEdit(std::move(*edit));
    return true;
}

void ReviewPanel::jumpTo(int row)
{
    if (row < 0 || row >= int(m_rows.size())) return;
    const RegionRecord& region = m_rows[std::size_t(row)].predicted;
    Q_EMIT jumpRequested(region.start, region.end);
}

void ReviewPanel::updateActions()
{
    const bool any = m_project->isOpen() && !m_project->predictedRegions().empty();
    m_accept->setEnabled(any);
    m_acceptAll->setEnabled(any);
    m_acceptButton->setEnabled(any);
    m_acceptAllButton->setEnabled(any);
}

} // namespace hhs::ui
