#include "main/track_list.h"

#include "document/project_controller.h"
#include "main/track_properties_dialog.h"
#include "project/track_import.h"
#include "timeline/time_ruler.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hhs::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFileNameRole = Qt::UserRole + 2; // the file name, when the row shows a title
constexpr int kBarRole = Qt::UserRole + 2;      // QVariantList of [colour, fraction] pairs
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
    : QWidget(parent), m_controller(controller), m_filter(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)), m_relink(new QPushButton(tr("Relink…"), this)),
      m_remove(new QAction(tr("Remove Track…"), this)),
      m_properties(new QAction(tr("Track &Properties…"), this))
{
    m_filter->setObjectName(QStringLiteral("trackFilter"));
    m_filter->setPlaceholderText(tr("Filter tracks by name"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &TrackList::applyFilter);
    m_remove->setObjectName(QStringLiteral("removeTrack"));
    m_remove->setToolTip(tr("Forget the current track and its regions (the file stays on disk)"));
    m_remove->setEnabled(false);
    connect(m_remove, &QAction::triggered, this, &TrackList::removeCurrent);
    m_properties->setToolTip(
        tr("The current track's file: its format, codec, audio streams and chapters"));
    m_properties->setEnabled(false);
    connect(m_properties, &QAction::triggered, this, &TrackList::showProperties);
    // Delete in the list removes the track; elsewhere it stays the timeline's Delete Region.
    m_tree->installEventFilter(this);
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
    layout->addWidget(m_filter);
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
        menu.addAction(m_remove);
        menu.addSeparator();
        menu.addAction(m_properties);
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
        // A download shows its title (the video's); its file stays in the tooltip and the filter.
        item->setText(NameColumn, track.displayName());
        item->setData(NameColumn, kFileNameRole, track.fileName);
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
    applyFilter();
    syncCurrent();
}

void TrackList::applyFilter()
{
    // Hiding rows must not move the current track.
    const QString text = m_filter->text().trimmed();
    m_rebuilding = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setHidden(
            !text.isEmpty() && !item->text(NameColumn).contains(text, Qt::CaseInsensitive) &&
            !item->data(NameColumn, kFileNameRole).toString().contains(text, Qt::CaseInsensitive));
    }
    m_rebuilding = false;
}

bool TrackList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            event->accept();
            if (event->type() == QEvent::KeyPress) removeCurrent();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TrackList::removeCurrent()
{
    const std::optional<TrackRecord> current = m_controller->currentTrack();
    if (!current) return false;
    int labelled = 0;
    for (const RegionRecord& region : m_controller->labelRegions())
        if (region.trackId == current->id) ++labelled;
    if (qEnvironmentVariableIsEmpty("HHS_NO_DIALOGS")) {
        const QString question =
            labelled > 0
                ? tr("Remove %1 and its %n labelled region(s) from the project? The audio file "
                     "stays on disk, and Undo brings the track back while the project is open.",
                     nullptr, labelled)
                      .arg(current->fileName)
                : tr("Remove %1 from the project? The audio file stays on disk, and Undo brings "
                     "the track back while the project is open.")
                      .arg(current->fileName);
        if (QMessageBox::question(this, tr("Remove Track"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    return m_controller->removeTrack(current->id);
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
    m_remove->setEnabled(bool(current));
    m_properties->setEnabled(bool(current));
}

TrackPropertiesDialog* TrackList::showProperties()
{
    const std::optional<TrackRecord> current = m_controller->currentTrack();
    if (!current) return nullptr;
    auto* dialog = new TrackPropertiesDialog(*current, m_controller->runner(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
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
