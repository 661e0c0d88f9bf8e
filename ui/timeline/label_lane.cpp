#include "timeline/label_lane.h"

#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"
#include "timeline/waveform_view.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace hhs::ui {
namespace {
// A press that moves less than this is a click, not a selection drag.
constexpr double kClickSlop = 3;
} // namespace

LabelLane::LabelLane(TimeAxis* axis, TimelineState* state, bool editable, QWidget* parent)
    : Lane(axis, state, parent), m_editable(editable)
{
    setMinimumHeight(editable ? 40 : 28);
    setMaximumHeight(editable ? 60 : 36);
    setMouseTracking(editable);
}

void LabelLane::setRegions(std::vector<RegionRecord> regions)
{
    m_regions = std::move(regions);
    update();
}

void LabelLane::setClasses(std::vector<ClassRecord> classes)
{
    m_classes = std::move(classes);
    update();
}

void LabelLane::setExportWindows(ExportWindows windows)
{
    m_windows = std::move(windows);
    update();
}

QColor LabelLane::colourOf(const RegionRecord& region) const
{
    if (!region.classId) return QColor(170, 170, 170);
    for (const ClassRecord& record : m_classes)
        if (record.id == *region.classId) return QColor(record.color);
    return QColor(170, 170, 170);
}

const RegionRecord* LabelLane::regionAt(double x) const
{
    const double seconds = axis()->secondsForX(x);
    for (const RegionRecord& region : m_regions)
        if (seconds >= region.start && seconds < region.end) return &region;
    return nullptr;
}

void LabelLane::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_editable ? QColor(245, 245, 240) : QColor(236, 236, 242));
    const auto selected = state()->selectedRegion();
    for (const RegionRecord& region : m_regions) {
        const double x0 = axis()->xForSeconds(region.start);
        const double x1 = axis()->xForSeconds(region.end);
        if (x1 < 0 || x0 > width()) continue;
        QColor colour = colourOf(region);
        if (!m_editable && region.confidence)
            colour.setAlphaF(0.35 + 0.65 * std::clamp(*region.confidence, 0.0, 1.0));
        const QRectF block(x0, 2, std::max(1.0, x1 - x0), height() - 4);
        painter.fillRect(block, colour);
        const bool isSelected = selected && *selected == region.id;
        painter.setPen(
            QPen(isSelected ? QColor(20, 20, 20) : colour.darker(150), isSelected ? 2.5 : 1));
        painter.drawRect(block);
        QString text = region.className;
        if (!region.name.isEmpty())
            text = text.isEmpty() ? region.name : tr("%1 · %2").arg(text, region.name);
        if (!m_editable && region.confidence)
            text = tr("%1 %2%").arg(text).arg(std::lround(*region.confidence * 100));
        const QRectF textArea = block.adjusted(4, 0, -2, 0).intersected(QRectF(rect()));
        painter.setPen(colour.lightnessF() > 0.55 ? Qt::black : Qt::white);
        painter.drawText(
            textArea, Qt::AlignVCenter | Qt::AlignLeft,
            painter.fontMetrics().elidedText(text, Qt::ElideRight, int(textArea.width())));
    }
    if (m_edgeDrag) {
        const double x0 = axis()->xForSeconds(m_edgeDrag->start);
        const double x1 = axis()->xForSeconds(m_edgeDrag->end);
        painter.setPen(QPen(Qt::black, 1, Qt::DashLine));
        painter.drawRect(QRectF(x0, 1, x1 - x0, height() - 2));
    }
    if (m_editable) paintExportWindows(painter, *axis(), m_windows, height());
    paintOverlay(painter);
}

std::optional<LabelLane::EdgeDrag> LabelLane::edgeAt(double x) const
{
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        const RegionRecord& region = m_regions[i];
        const double low = i > 0 ? m_regions[i - 1].end : 0.0;
        const double high = i + 1 < m_regions.size() ? m_regions[i + 1].start : axis()->duration();
        if (std::abs(axis()->xForSeconds(region.start) - x) <= kEdgeGrab)
            return EdgeDrag{region.id, true, region.start, region.end, low, region.end};
        if (std::abs(axis()->xForSeconds(region.end) - x) <= kEdgeGrab)
            return EdgeDrag{region.id, false, region.start, region.end, region.start, high};
    }
    return std::nullopt;
}

double LabelLane::snapped(double seconds, std::int64_t ignoreRegion) const
{
    std::vector<double> targets{state()->playhead()};
    for (const RegionRecord& region : m_regions)
        if (region.id != ignoreRegion) {
            targets.push_back(region.start);
            targets.push_back(region.end);
        }
    double best = seconds;
    double bestDistance = kSnap * axis()->secondsPerPixel();
    for (double target : targets)
        if (std::abs(target - seconds) < bestDistance) {
            best = target;
            bestDistance = std::abs(target - seconds);
        }
    return best;
}

void LabelLane::mousePressEvent(QMouseEvent* event)
{
    if (!m_editable || event->button() != Qt::LeftButton) return;
    const double x = event->position().x();
    m_pressX = x;
    if ((m_edgeDrag = edgeAt(x))) return;
    if (const RegionRecord* region = regionAt(x)) {
        state()->selectRegion(region->id, region->start, region->end);
        return;
    }
    m_selectAnchor = std::clamp(axis()->secondsForX(x), 0.0, axis()->duration());
}

void LabelLane::mouseMoveEvent(QMouseEvent* event)
{
    const double x = event->position().x();
    const double seconds = std::clamp(axis()->secondsForX(x), 0.0, axis()->duration());
    if (m_edgeDrag) {
        const double t =
            std::clamp(snapped(seconds, m_edgeDrag->regionId), m_edgeDrag->low, m_edgeDrag->high);
        (m_edgeDrag->startEdge ? m_edgeDrag->start : m_edgeDrag->end) = t;
        update();
    } else if (m_selectAnchor) {
        if (std::abs(x - m_pressX) >= kClickSlop) state()->setSelection(*m_selectAnchor, seconds);
    } else if (m_editable) {
        setCursor(edgeAt(x) ? Qt::SizeHorCursor : Qt::ArrowCursor);
    }
}

void LabelLane::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return;
    const double x = event->position().x();
    if (m_edgeDrag) {
        const EdgeDrag drag = *m_edgeDrag;
        m_edgeDrag.reset();
        update();
        if (std::abs(x - m_pressX) >= kClickSlop && drag.end > drag.start)
            Q_EMIT resizeRequested(drag.regionId, drag.start, drag.end);
        return;
    }
    if (!m_selectAnchor) return;
    const double anchor = *m_selectAnchor;
    m_selectAnchor.reset();
    if (std::abs(x - m_pressX) < kClickSlop) {
        state()->clearSelection();
        Q_EMIT seekRequested(anchor);
    }
}

void LabelLane::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_editable) return;
    const RegionRecord* region = regionAt(event->pos().x());
    if (!region) return;
    const std::int64_t id = region->id;
    state()->selectRegion(id, region->start, region->end);
    QMenu menu(this);
    for (const ClassRecord& record : m_classes) {
        QAction* action = menu.addAction(tr("Label as %1").arg(record.name));
        action->setEnabled(!region->classId || *region->classId != record.id);
        const QString name = record.name;
        connect(action, &QAction::triggered, this,
                [this, id, name]() { Q_EMIT classChangeRequested(id, name); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Delete region")), &QAction::triggered, this,
            [this, id]() { Q_EMIT deleteRequested(id); });
    menu.exec(event->globalPos());
}

} // namespace hhs::ui
