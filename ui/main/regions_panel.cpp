#include "main/regions_panel.h"

#include "document/project_controller.h"
#include "formats/time_text.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "timeline/timeline_state.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
enum Column {
    ClassColumn,
    NameColumn,
    StartColumn,
    EndColumn,
    LengthColumn,
    TempoColumn,
    TrackColumn,
    Columns
};
constexpr int kRegionIdRole = Qt::UserRole;
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kTrackRole = Qt::UserRole + 2;

// Sorts by the number behind the text (times, lengths, tempi), text columns by their text.
class SortableItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(kSortRole);
        const QVariant theirs = other.data(kSortRole);
        if (mine.isValid() && theirs.isValid()) return mine.toDouble() < theirs.toDouble();
        return text().localeAwareCompare(other.text()) < 0;
    }
};

QTableWidgetItem* cell(const QString& text, std::optional<double> sortValue = std::nullopt)
{
    auto* item = new SortableItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (sortValue) {
        item->setData(kSortRole, *sortValue);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}
} // namespace

RegionsPanel::RegionsPanel(ProjectController* project, TimelineController* timeline,
                           TimelineState* state, QWidget* parent)
    : QWidget(parent), m_project(project), m_timeline(timeline), m_state(state),
      m_filter(new QLineEdit(this)), m_allTracks(new QCheckBox(tr("All tracks"), this)),
      m_table(new QTableWidget(this))
{
    m_allTracks->setToolTip(tr("List the regions of every track, not only the current one."));
    m_filter->setPlaceholderText(tr("Filter by class or name"));
    m_filter->setClearButtonEnabled(true);
    m_table->setColumnCount(Columns);
    m_table->setHorizontalHeaderLabels(
        {tr("Class"), tr("Name"), tr("Start"), tr("End"), tr("Length"), tr("Tempo"), tr("Track")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StartColumn, Qt::AscendingOrder);
    m_table->setToolTip(tr("Click a region to go there; double-click its name to edit it."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_allTracks);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &RegionsPanel::applyFilter);
    connect(m_allTracks, &QCheckBox::toggled, this, &RegionsPanel::refresh);
    // A row made current (by click or arrow key) selects its region, so Delete (the window's
    // Delete Region) and the class keys act on it.
    auto select = [this](int row) {
        if (m_refreshing) return;
        const QTableWidgetItem* first = m_table->item(row, ClassColumn);
        if (!first) return;
        const std::int64_t trackId = first->data(kTrackRole).toLongLong();
        const std::optional<TrackRecord> current = m_project->currentTrack();
        if (current && current->id == trackId) {
            m_timeline->selectRegion(first->data(kRegionIdRole).toLongLong());
            return;
        }
        // Another track's region: that track opens with the region's stretch selected.
        m_timeline->showStretch(trackId,
                                m_table->item(row, StartColumn)->data(kSortRole).toDouble(),
                                m_table->item(row, EndColumn)->data(kSortRole).toDouble(), false);
    };
    connect(m_table, &QTableWidget::cellClicked, this, [select](int row, int) { select(row); });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [select](int row, int, int, int) { select(row); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_refreshing && item->column() == NameColumn) renameFromRow(item->row());
    });
    connect(m_project, &ProjectController::regionsChanged, this, &RegionsPanel::refresh);
    connect(m_project, &ProjectController::currentTrackChanged, this, &RegionsPanel::refresh);
    connect(m_project, &ProjectController::projectChanged, this, &RegionsPanel::refresh);
    connect(m_timeline->analysis(), &TrackAnalysis::ready, this, &RegionsPanel::refresh);
    connect(m_state, &TimelineState::selectionChanged, this, &RegionsPanel::followSelection);
    refresh();
}

void RegionsPanel::refresh()
{
    m_refreshing = true;
    m_table->setSortingEnabled(false);
    const bool all = m_allTracks->isChecked() && m_project->project();
    const std::vector<RegionRecord>& regions =
        all ? m_project->allLabelRegions() : m_project->labelRegions();
    QHash<std::int64_t, QString> trackNames;
    for (const TrackRecord& track : m_project->tracks())
        trackNames.insert(track.id, track.fileName);
    m_table->setColumnHidden(TrackColumn, !all);
    const std::optional<TrackRecord> track = m_project->currentTrack();
    const TrackAnalysis* analysis = m_timeline->analysis();
    const bool analysed = track && analysis->trackId() == track->id;
    m_table->setRowCount(0);
    m_table->setRowCount(int(regions.size()));
    for (int row = 0; row < int(regions.size()); ++row) {
        const RegionRecord& region = regions[std::size_t(row)];
        QTableWidgetItem* cls =
            cell(region.classId ? region.className : tr("(unlabelled)"), std::nullopt);
        cls->setData(kRegionIdRole, qlonglong(region.id));
        cls->setData(kTrackRole, qlonglong(region.trackId));
        m_table->setItem(row, ClassColumn, cls);
        QTableWidgetItem* name = cell(region.name);
        name->setFlags(name->flags() | Qt::ItemIsEditable);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, StartColumn, cell(formatTimeText(region.start), region.start));
        m_table->setItem(row, EndColumn, cell(formatTimeText(region.end), region.end));
        const double length = region.end - region.start;
        m_table->setItem(row, LengthColumn, cell(formatTimeText(length), length));
        m_table->setItem(row, TrackColumn, cell(trackNames.value(region.trackId)));
        const bool here = analysed && region.trackId == track->id;
        const std::optional<double> bpm =
            here ? analysis->tempo(region.start, region.end) : std::nullopt;
        m_table->setItem(row, TempoColumn,
                         bpm ? cell(tr("%1 BPM").arg(*bpm, 0, 'f', 0), *bpm)
                             : cell(here ? tr("–") : QString(), -1.0));
    }
    m_table->setSortingEnabled(true);
    m_refreshing = false;
    applyFilter();
    followSelection();
}

void RegionsPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool shown =
            text.isEmpty() ||
            m_table->item(row, ClassColumn)->text().contains(text, Qt::CaseInsensitive) ||
            m_table->item(row, NameColumn)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

void RegionsPanel::followSelection()
{
    const std::optional<std::int64_t> selected = m_state->selectedRegion();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (selected &&
            m_table->item(row, ClassColumn)->data(kRegionIdRole).toLongLong() == *selected) {
            const QSignalBlocker blocker(m_table);
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, ClassColumn));
            return;
        }
    m_table->clearSelection();
}

void RegionsPanel::renameFromRow(int row)
{
    const std::int64_t id = m_table->item(row, ClassColumn)->data(kRegionIdRole).toLongLong();
    const QString name = m_table->item(row, NameColumn)->text().trimmed();
    const std::int64_t trackId = m_table->item(row, ClassColumn)->data(kTrackRole).toLongLong();
    std::optional<RegionRecord> region;
    for (const RegionRecord& candidate : m_project->allLabelRegions())
        if (candidate.id == id && candidate.trackId == trackId) region = candidate;
    if (!region || region->name == name) return;
    RegionRecord renamed = *region;
    renamed.name = name;
    m_project->applyRegionEdit(RegionEdit{{*region}, {renamed}},
                               tr("Rename region to %1").arg(name));
}

} // namespace hhs::ui
