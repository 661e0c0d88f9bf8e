#include "timeline/time_axis.h"

#include <algorithm>
#include <cmath>

namespace hhs::ui {

TimeAxis::TimeAxis(QObject* parent) : QObject(parent) {}

void TimeAxis::setTrack(double durationSeconds, int sampleRate)
{
    m_duration = std::max(0.0, durationSeconds);
    m_sampleRate = sampleRate > 0 ? sampleRate : 22050;
    m_secondsPerPixel = maxSecondsPerPixel();
    m_start = 0;
    Q_EMIT changed();
}

void TimeAxis::setViewWidth(int pixels)
{
    pixels = std::max(1, pixels);
    if (pixels == m_width) return;
    const bool wasFit = m_secondsPerPixel >= maxSecondsPerPixel() * 0.999;
    m_width = pixels;
    clampAndUpdate(wasFit ? maxSecondsPerPixel() : m_secondsPerPixel, m_start);
    Q_EMIT changed();
}

double TimeAxis::minSecondsPerPixel() const
{
    return 1.0 / (m_sampleRate * kPixelsPerSampleMax);
}

double TimeAxis::maxSecondsPerPixel() const
{
    const double fit = m_duration > 0 ? m_duration / m_width : 0.01;
    return std::max(fit, minSecondsPerPixel());
}

bool TimeAxis::clampAndUpdate(double secondsPerPixel, double start)
{
    secondsPerPixel = std::clamp(secondsPerPixel, minSecondsPerPixel(), maxSecondsPerPixel());
    const double latest = std::max(0.0, m_duration - m_width * secondsPerPixel);
    start = std::clamp(start, 0.0, latest);
    if (secondsPerPixel == m_secondsPerPixel && start == m_start) return false;
    m_secondsPerPixel = secondsPerPixel;
    m_start = start;
    return true;
}

void TimeAxis::zoomBy(double factor, double anchorX)
{
    if (factor > 0) setSecondsPerPixel(m_secondsPerPixel / factor, anchorX);
}

void TimeAxis::setSecondsPerPixel(double secondsPerPixel, double anchorX)
{
    const double anchor = secondsForX(anchorX);
    const double clamped = std::clamp(secondsPerPixel, minSecondsPerPixel(), maxSecondsPerPixel());
    if (clampAndUpdate(clamped, anchor - anchorX * clamped)) Q_EMIT changed();
}

void TimeAxis::setStart(double seconds)
{
    if (clampAndUpdate(m_secondsPerPixel, seconds)) Q_EMIT changed();
}

void TimeAxis::fit()
{
    if (clampAndUpdate(maxSecondsPerPixel(), 0)) Q_EMIT changed();
}

void TimeAxis::showRange(double from, double to)
{
    if (to < from) std::swap(from, to);
    const double length = std::max(to - from, minSecondsPerPixel() * m_width);
    const double scale = length / m_width;
    if (clampAndUpdate(scale, from)) Q_EMIT changed();
}

void TimeAxis::follow(double seconds, bool centre)
{
    if (centre) {
        setStart(seconds - m_width * m_secondsPerPixel / 2);
    } else if (seconds < m_start || seconds >= end()) {
        setStart(seconds);
    }
}

void TimeAxis::ensureVisible(double from, double to)
{
    const double span = end() - m_start;
    if (to - from > span) {
        showRange(from, to);
    } else if (from < m_start) {
        setStart(from - span * 0.05);
    } else if (to > end()) {
        setStart(to - span * 0.95);
    }
}

qint64 TimeAxis::scrollRange() const
{
    const double total = m_duration / m_secondsPerPixel;
    return std::max<qint64>(0, qint64(std::ceil(total)) - m_width);
}

qint64 TimeAxis::scrollPosition() const
{
    return qint64(std::llround(m_start / m_secondsPerPixel));
}

void TimeAxis::setScrollPosition(qint64 pixels)
{
    if (pixels == scrollPosition()) return;
    setStart(double(pixels) * m_secondsPerPixel);
}

} // namespace hhs::ui
