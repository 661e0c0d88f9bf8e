#include "timeline/waveform_view.h"

#include "timeline/time_axis.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace hhs::ui {

WaveformView::WaveformView(TimeAxis* axis, TimelineState* state, QWidget* parent)
    : Lane(axis, state, parent)
{
    setMinimumHeight(60);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void WaveformView::setAudio(std::shared_ptr<const LoadedAudio> audio)
{
    m_audio = std::move(audio);
    update();
}

void WaveformView::setExportWindows(ExportWindows windows)
{
    m_windows = std::move(windows);
    update();
}

void paintExportWindows(QPainter& painter, const TimeAxis& axis, const ExportWindows& windows,
                        int height)
{
    for (const SecondsRange& dropped : windows.dropped) {
        const double x0 = axis.xForSeconds(dropped.start);
        const double x1 = axis.xForSeconds(dropped.end);
        if (x1 < 0 || x0 > axis.viewWidth()) continue;
        painter.fillRect(QRectF(x0, 0, x1 - x0, height),
                         QBrush(QColor(120, 120, 120, 70), Qt::BDiagPattern));
    }
    // Boundaries closer than 3 pixels would only grey the lane out.
    if (axis.secondsPerPixel() * 3 > kNotebookSegmentSeconds) return;
    painter.setPen(QPen(QColor(128, 128, 128, 90), 1, Qt::DotLine));
    for (double cut : windows.cuts) {
        const double x = axis.xForSeconds(cut);
        if (x >= 0 && x <= axis.viewWidth()) painter.drawLine(QPointF(x, 0), QPointF(x, height));
    }
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(250, 250, 252));
    paintExportWindows(painter, *axis(), m_windows, height());
    painter.setPen(QColor(200, 200, 210));
    painter.drawLine(0, height() / 2, width(), height() / 2);
    if (m_audio && m_audio->sampleRate > 0 && !m_audio->samples.empty()) {
        const double samplesPerPixel = axis()->secondsPerPixel() * m_audio->sampleRate;
        if (samplesPerPixel >= 1)
            paintPeaks(painter, samplesPerPixel);
        else
            paintSamples(painter, samplesPerPixel);
    }
    paintOverlay(painter);
}

void WaveformView::paintPeaks(QPainter& painter, double samplesPerPixel) const
{
    const LoadedAudio& audio = *m_audio;
    const auto count = std::int64_t(audio.samples.size());
    const double mid = height() / 2.0;
    const double scale = height() / 2.0 * 0.95;
    const bool usePyramid =
        samplesPerPixel >= PeakPyramid::kFinestBlock && audio.peaks.sampleCount() == count;
    std::vector<QLineF> lines;
    lines.reserve(std::size_t(width()));
    for (int x = 0; x < width(); ++x) {
        auto begin = std::int64_t(std::floor(axis()->secondsForX(x) * audio.sampleRate));
        auto end = std::int64_t(std::floor(axis()->secondsForX(x + 1) * audio.sampleRate));
        begin = std::clamp<std::int64_t>(begin, 0, count);
        end = std::clamp<std::int64_t>(std::max(end, begin + 1), 0, count);
        if (end <= begin) break;
        PeakPair pair;
        if (usePyramid) {
            pair = audio.peaks.range(begin, end);
        } else {
            const auto [lo, hi] =
                std::minmax_element(audio.samples.begin() + begin, audio.samples.begin() + end);
            pair = {*lo, *hi};
        }
        const double top = mid - pair.max * scale;
        const double bottom = std::max(top + 1, mid - pair.min * scale);
        lines.emplace_back(x + 0.5, top, x + 0.5, bottom);
    }
    painter.setPen(QColor(40, 90, 160));
    painter.drawLines(lines.data(), int(lines.size()));
}

void WaveformView::paintSamples(QPainter& painter, double samplesPerPixel) const
{
    const LoadedAudio& audio = *m_audio;
    const auto count = std::int64_t(audio.samples.size());
    const double mid = height() / 2.0;
    const double scale = height() / 2.0 * 0.95;
    const auto first =
        std::max<std::int64_t>(0, std::int64_t(std::floor(axis()->start() * audio.sampleRate)) - 1);
    const auto last = std::min<std::int64_t>(
        count - 1, std::int64_t(std::ceil(axis()->end() * audio.sampleRate)) + 1);
    std::vector<QPointF> points;
    for (std::int64_t i = first; i <= last; ++i)
        points.emplace_back(axis()->xForSeconds(double(i) / audio.sampleRate),
                            mid - audio.samples[std::size_t(i)] * scale);
    // Antialiasing only where the line is short enough to stay cheap (a few hundred points).
    painter.setRenderHint(QPainter::Antialiasing, points.size() <= 200);
    painter.setPen(QPen(QColor(40, 90, 160), points.size() <= 200 ? 1.2 : 1.0));
    painter.drawPolyline(points.data(), int(points.size()));
    if (1.0 / samplesPerPixel >= 6) {
        painter.setBrush(QColor(40, 90, 160));
        for (const QPointF& point : points)
            painter.drawEllipse(point, 2.0, 2.0);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

} // namespace hhs::ui
