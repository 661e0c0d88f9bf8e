#include "main/track_list.h"

#include "main/project_controller.h"
#include "project/track_import.h"
#include "timeline/time_ruler.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kBarRole = Qt::UserRole + 2; // QVariantList of [colour, fraction] pairs
enum Column { NameColumn, DurationColumn, LabelledColumn };

// Paints the labelled column as a stacked bar, one colour per class.
class LabelledBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex());
        const QRectF bar = QRectF(option.rect).adjusted(3, 5, -3, -5);
        painter->fillRect(bar, QColor(225, 225, 225));
        double x = bar.left();
        const QVariantList parts = index.data(kBarRole).toList();
        for (int i = 0; i + 1 < parts.size(); i += 2) {
            const double width = bar.width() * parts[i + 1].toDouble();
            painter->fillRect(QRectF(x, bar.top(), width, bar.height()), parts[i].value<QColor>());
            x += width;
        }
        painter->setPen(QColor(160, 160, 160));
        painter->drawRect(bar);
    }
};
} // namespace

TrackList::TrackList(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_tree(new QTreeWidget(this)),
      m_relink(new QPushButton(tr("Relink…"), this))
{
    m_tree->setObjectName(QStringLiteral("trackList"));
    m_tree->setHeaderLabels({tr("Track"), tr("Duration"), tr("Labelled")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemDelegateForColumn(LabelledColumn, new LabelledBarDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(LabelledColumn, 90);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setFocusPolicy(Qt::ClickFocus);
    m_relink->setEnabled(false);
    m_relink->setToolTip(tr("Point the selected track at its file's new place"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    layout->addWidget(m_relink);

    connect(controller, &ProjectController::tracksChanged, this, &TrackList::rebuild);
    connect(controller, &ProjectController::classesChanged, this, &TrackList::rebuild);
    connect(controller, &ProjectController::currentTrackChanged, this, &TrackList::syncCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_rebuilding || !item) return;
        m_controller->setCurrentTrack(item->data(NameColumn, kIdRole).toLongLong());
        m_relink->setEnabled(m_controller->trackState(
                                 item->data(NameColumn, kIdRole).toLongLong()) != TrackState::Ok);
    });
    connect(m_relink, &QPushButton::clicked, this, &TrackList::relinkSelected);
    // Double-click or Enter: show the track again (a cancelled load is retried).
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        m_controller->setCurrentTrack(item->data(NameColumn, kIdRole).toLongLong());
        m_controller->refreshCurrentTrack();
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_tree->itemAt(at)) return;
        QMenu menu(this);
        connect(menu.addAction(tr("Relink…")), &QAction::triggered, this,
                &TrackList::relinkSelected);
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
}

void TrackList::rebuild()
{
    m_rebuilding = true;
    m_tree->clear();
    const auto& classes = m_controller->classes();
    for (const TrackRecord& track : m_controller->tracks()) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, kIdRole, qlonglong(track.id));
        item->setText(NameColumn, track.fileName);
        item->setToolTip(NameColumn, QDir::toNativeSeparators(track.path));
        item->setText(DurationColumn, TimeRuler::label(track.durationSeconds, 1));
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        const TrackState state = m_controller->trackState(track.id);
        if (state != TrackState::Ok) {
            item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(NameColumn,
                             state == TrackState::Missing
                                 ? tr("%1 is missing: use Relink to point at its new place")
                                       .arg(QDir::toNativeSeparators(track.path))
                                 : tr("%1 has changed since it was imported")
                                       .arg(QDir::toNativeSeparators(track.path)));
        }
        const ClassSeconds seconds = m_controller->labelledSeconds(track.id);
        QVariantList parts;
        QStringList tip;
        for (const ClassRecord& record : classes) {
            const double s = seconds.value(record.id);
            if (s <= 0 || track.durationSeconds <= 0) continue;
            parts << QColor(record.color) << s / track.durationSeconds;
            tip << tr("%1: %2%").arg(record.name).arg(qRound(100 * s / track.durationSeconds));
        }
        item->setData(LabelledColumn, kBarRole, parts);
        item->setToolTip(LabelledColumn,
                         tip.isEmpty() ? tr("Nothing labelled yet") : tip.join('\n'));
    }
    m_rebuilding = false;
    syncCurrent();
}

void TrackList::syncCurrent()
{
    const std::optional<TrackRecord> current = m_controller->currentTrack();
    m_rebuilding = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (current && item->data(NameColumn, kIdRole).toLongLong() == current->id)
            m_tree->setCurrentItem(item);
    }
    m_rebuilding = false;
    m_relink->setEnabled(current && m_controller->trackState(current->id) != TrackState::Ok);
}

void TrackList::relinkSelected()
{
    const std::optional<TrackRecord> current = m_controller->currentTrack();
    if (!current) return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Where is %1 now?").arg(current->fileName), QFileInfo(current->path).path(),
        tr("Audio files (%1);;All files (*)").arg(audioFileNamePatterns()));
    if (!path.isEmpty()) m_controller->relinkTrack(current->id, path);
}

} // namespace hhs::ui
