#include "timeline/click_seek.h"

#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"

#include <QMouseEvent>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace hhs::ui {
namespace {
// A press that moves less than this is a click, not a selection drag (as in the label lane).
constexpr double kClickSlop = 3;
} // namespace

ClickSeek* ClickSeek::install(QWidget* lane, TimeAxis* axis, TimelineState* state)
{
    auto* filter = new ClickSeek(lane, axis, state);
    lane->installEventFilter(filter);
    return filter;
}

ClickSeek::ClickSeek(QWidget* lane, TimeAxis* axis, TimelineState* state)
    : QObject(lane), m_axis(axis), m_state(state)
{}

bool ClickSeek::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove &&
        type != QEvent::MouseButtonRelease)
        return QObject::eventFilter(watched, event);
    auto* mouse = static_cast<QMouseEvent*>(event);
    const double x = mouse->position().x();
    const double seconds = std::clamp(m_axis->secondsForX(x), 0.0, m_axis->duration());
    if (type == QEvent::MouseButtonPress) {
        if (mouse->button() != Qt::LeftButton || m_axis->duration() <= 0) return false;
        m_anchor = seconds;
        m_pressX = x;
        return true;
    }
    if (!m_anchor) return false;
    if (type == QEvent::MouseMove) {
        if (std::abs(x - m_pressX) >= kClickSlop) m_state->setSelection(*m_anchor, seconds);
        return true;
    }
    if (mouse->button() != Qt::LeftButton) return false;
    const double anchor = *m_anchor;
    m_anchor.reset();
    if (std::abs(x - m_pressX) < kClickSlop) {
        m_state->clearSelection();
        Q_EMIT seekRequested(anchor);
    }
    return true;
}

} // namespace hhs::ui
