#include "timeline/timeline_state.h"

#include <algorithm>

namespace hhs::ui {

TimelineState::TimelineState(QObject* parent) : QObject(parent) {}

void TimelineState::setPlayhead(double seconds)
{
    seconds = std::max(0.0, seconds);
    if (seconds == m_playhead) return;
    m_playhead = seconds;
    Q_EMIT playheadChanged(seconds);
}

std::optional<TimeRange> TimelineState::selection() const
{
    if (!m_start || !m_end || *m_start == *m_end) return std::nullopt;
    return TimeRange{std::min(*m_start, *m_end), std::max(*m_start, *m_end)};
}

void TimelineState::setSelection(double start, double end)
{
    m_start = start;
    m_end = end;
    m_region.reset();
    Q_EMIT selectionChanged();
}

void TimelineState::setSelectionStart(double seconds)
{
    m_start = seconds;
    if (!m_end || *m_end < seconds) m_end.reset();
    m_region.reset();
    Q_EMIT selectionChanged();
}

void TimelineState::setSelectionEnd(double seconds)
{
    m_end = seconds;
    if (m_start && *m_start > seconds) std::swap(*m_start, *m_end);
    if (!m_start) m_start = seconds;
    m_region.reset();
    Q_EMIT selectionChanged();
}

void TimelineState::clearSelection()
{
    m_start.reset();
    m_end.reset();
    m_region.reset();
    Q_EMIT selectionChanged();
}

void TimelineState::selectRegion(std::int64_t id, double start, double end)
{
    m_start = start;
    m_end = end;
    m_region = id;
    Q_EMIT selectionChanged();
}

void TimelineState::clearRegion()
{
    if (!m_region) return;
    m_region.reset();
    Q_EMIT selectionChanged();
}

void TimelineState::reset()
{
    m_playhead = 0;
    m_start.reset();
    m_end.reset();
    m_region.reset();
    Q_EMIT playheadChanged(0);
    Q_EMIT selectionChanged();
}

} // namespace hhs::ui
