#include "timeline/lane.h"

#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"

#include <QPainter>

namespace hhs::ui {

Lane::Lane(TimeAxis* axis, TimelineState* state, QWidget* parent)
    : QWidget(parent), m_axis(axis), m_state(state)
{
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
    connect(state, &TimelineState::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(state, &TimelineState::playheadChanged, this, qOverload<>(&QWidget::update));
}

void Lane::paintOverlay(QPainter& painter) const
{
    if (const auto selection = m_state->selection()) {
        const double x0 = m_axis->xForSeconds(selection->start);
        const double x1 = m_axis->xForSeconds(selection->end);
        painter.fillRect(QRectF(x0, 0, std::max(1.0, x1 - x0), height()), QColor(80, 140, 255, 60));
    }
    const double x = m_axis->xForSeconds(m_state->playhead());
    if (x >= -1 && x <= width() + 1) {
        painter.setPen(QPen(QColor(230, 40, 40), 1.5));
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

} // namespace hhs::ui
