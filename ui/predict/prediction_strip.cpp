#include "predict/prediction_strip.h"

#include "timeline/time_ruler.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

namespace hhs::ui {
namespace {
constexpr int kWaveHeight = 84;
constexpr int kRibbonHeight = 26;
constexpr int kRulerHeight = 20;
constexpr int kGap = 3;
constexpr double kMinLabelSpacing = 70; // pixels between ruler labels
constexpr std::array<double, 12> kSteps = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1200, 3600};
const QColor kWaveColour(84, 100, 124);
const QColor kPlayheadColour(220, 40, 40);
} // namespace

PredictionStrip::PredictionStrip(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

QSize PredictionStrip::sizeHint() const
{
    return {600, kWaveHeight + kGap + kRibbonHeight + kRulerHeight};
}

QSize PredictionStrip::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void PredictionStrip::setResult(std::shared_ptr<const PredictedFile> result,
                                std::vector<QColor> colours)
{
    m_result = std::move(result);
    m_colours = std::move(colours);
    m_selected = -1;
    m_hover = -1;
    m_playhead.reset();
    update();
}

void PredictionStrip::setSelectedStretch(int index)
{
    if (m_selected == index) return;
    m_selected = index;
    update();
}

void PredictionStrip::setPlayhead(std::optional<double> seconds)
{
    m_playhead = seconds;
    update();
}

int PredictionStrip::cellCount() const
{
    return m_result ? int(m_result->prediction.windows.size()) : 0;
}

QColor PredictionStrip::cellColour(int window) const
{
    if (window < 0 || window >= cellCount()) return {};
    const PredictionWindow& w = m_result->prediction.windows[std::size_t(window)];
    QColor colour = w.classIndex >= 0 && w.classIndex < int(m_colours.size())
                        ? m_colours[std::size_t(w.classIndex)]
                        : QColor(Qt::gray);
    colour.setAlphaF(float(std::clamp(windowConfidence(w), 0.0, 1.0)));
    return colour;
}

QString PredictionStrip::windowToolTip(int window) const
{
    if (window < 0 || window >= cellCount()) return {};
    const Prediction& p = m_result->prediction;
    const PredictionWindow& w = p.windows[std::size_t(window)];
    QString text = QStringLiteral("<b>%1 – %2</b>").arg(clockText(w.start), clockText(w.end));
    text += QStringLiteral("<table>");
    for (int c = 0; c < p.classes.size() && c < int(w.probabilities.size()); ++c) {
        const QString name = p.classes[c].toHtmlEscaped();
        const QString percent = tr("%1 %").arg(100.0 * w.probabilities[std::size_t(c)], 0, 'f', 1);
        const QString colour =
            c < int(m_colours.size()) ? m_colours[std::size_t(c)].name() : QStringLiteral("#999");
        const bool top = c == w.classIndex;
        text += QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td>"
                               "<td align=\"right\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(colour, top ? QStringLiteral("<b>%1</b>").arg(name) : name,
                         top ? QStringLiteral("<b>%1</b>").arg(percent) : percent);
    }
    text += QStringLiteral("</table>");
    return text;
}

double PredictionStrip::duration() const
{
    if (!m_result) return 0;
    double seconds = m_result->audio ? audioSeconds(*m_result->audio) : 0;
    if (!m_result->prediction.windows.empty())
        seconds = std::max(seconds, m_result->prediction.windows.back().end);
    return seconds;
}

QRect PredictionStrip::waveRect() const
{
    return {0, 0, width(), kWaveHeight};
}

QRect PredictionStrip::ribbonRect() const
{
    return {0, kWaveHeight + kGap, width(), kRibbonHeight};
}

QRect PredictionStrip::rulerRect() const
{
    return {0, kWaveHeight + kGap + kRibbonHeight, width(), kRulerHeight};
}

double PredictionStrip::secondsAtX(double x) const
{
    const double d = duration();
    return width() > 0 && d > 0 ? std::clamp(x / width(), 0.0, 1.0) * d : 0;
}

double PredictionStrip::xForSeconds(double seconds) const
{
    const double d = duration();
    return d > 0 ? seconds / d * width() : 0;
}

int PredictionStrip::windowAt(double seconds) const
{
    if (!m_result) return -1;
    const auto& windows = m_result->prediction.windows;
    // Windows may overlap: the cell of a window ends where the next one starts.
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const double end = i + 1 < windows.size() ? std::min(windows[i].end, windows[i + 1].start)
                                                  : windows[i].end;
        if (seconds >= windows[i].start && seconds < end) return int(i);
    }
    return -1;
}

int PredictionStrip::stretchAt(double seconds) const
{
    if (!m_result) return -1;
    const auto& stretches = m_result->prediction.stretches;
    for (std::size_t i = 0; i < stretches.size(); ++i)
        if (seconds >= stretches[i].start && seconds < stretches[i].end) return int(i);
    return -1;
}

void PredictionStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_result) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter, tr("No prediction to show"));
        return;
    }
    paintWave(painter);
    paintRibbon(painter);
    paintRuler(painter);
    const int bottom = rulerRect().top();
    if (m_selected >= 0 && m_selected < int(m_result->prediction.stretches.size())) {
        const PredictionStretch& s = m_result->prediction.stretches[std::size_t(m_selected)];
        const QRectF box(QPointF(xForSeconds(s.start), 1), QPointF(xForSeconds(s.end), bottom - 1));
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(1, 0, -1, 0));
    }
    if (m_playhead) {
        const double x = xForSeconds(*m_playhead);
        painter.setPen(QPen(kPlayheadColour, 1.5));
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom));
    }
}

void PredictionStrip::paintWave(QPainter& painter) const
{
    const QRect area = waveRect();
    const Prediction& p = m_result->prediction;
    // The stretches as faint bands behind the waveform, so the two read together.
    for (const PredictionStretch& s : p.stretches) {
        QColor band = s.classIndex >= 0 && s.classIndex < int(m_colours.size())
                          ? m_colours[std::size_t(s.classIndex)]
                          : QColor(Qt::gray);
        band.setAlphaF(0.13f);
        painter.fillRect(QRectF(QPointF(xForSeconds(s.start), area.top()),
                                QPointF(xForSeconds(s.end), area.bottom() + 1)),
                         band);
    }
    const LoadedAudio* audio = m_result->audio.get();
    // The overview alone draws the waveform (the samples may have been released).
    if (!audio || audio->peaks.sampleCount() == 0 || width() <= 0) return;
    const double mid = area.center().y();
    const double half = area.height() / 2.0 - 3;
    const double perPixel = double(audio->peaks.sampleCount()) / width();
    painter.setPen(QPen(kWaveColour, 1));
    for (int x = 0; x < width(); ++x) {
        const auto begin = std::int64_t(x * perPixel);
        const auto end = std::max(begin + 1, std::int64_t((x + 1) * perPixel));
        const PeakPair peak = audio->peaks.range(begin, end);
        const double top = mid - std::clamp(double(peak.max), -1.0, 1.0) * half;
        const double low = mid - std::clamp(double(peak.min), -1.0, 1.0) * half;
        painter.drawLine(QPointF(x + 0.5, top), QPointF(x + 0.5, std::max(low, top + 1)));
    }
}

void PredictionStrip::paintRibbon(QPainter& painter) const
{
    const QRect area = ribbonRect();
    painter.fillRect(area, QColor(250, 250, 250));
    const auto& windows = m_result->prediction.windows;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const double end = i + 1 < windows.size() ? std::min(windows[i].end, windows[i + 1].start)
                                                  : windows[i].end;
        // Whole pixels, so every boundary looks the same.
        const int left = int(std::lround(xForSeconds(windows[i].start)));
        const int right = int(std::lround(xForSeconds(end)));
        const QRectF cell(left, area.top(), std::max(1, right - left), area.height());
        painter.fillRect(cell, cellColour(int(i)));
        if (cell.width() >= 5)
            painter.fillRect(QRect(right - 1, area.top(), 1, area.height()),
                             QColor(255, 255, 255, 220));
        if (int(i) == m_hover) {
            painter.setPen(QPen(QColor(20, 20, 20), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(0.75, 0.75, -0.75, -0.75));
        }
    }
    // The tail shorter than one window gets no prediction: hatch it so it does not look lost.
    const double predictedEnd = windows.empty() ? 0 : windows.back().end;
    if (xForSeconds(predictedEnd) < width() - 1)
        painter.fillRect(QRectF(QPointF(xForSeconds(predictedEnd), area.top()),
                                QPointF(width(), area.bottom() + 1)),
                         QBrush(QColor(190, 190, 190), Qt::BDiagPattern));
    painter.setPen(QColor(200, 200, 200));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}

void PredictionStrip::paintRuler(QPainter& painter) const
{
    const QRect area = rulerRect();
    const double d = duration();
    if (d <= 0 || width() <= 0) return;
    double step = kSteps.back();
    for (double candidate : kSteps)
        if (candidate / d * width() >= kMinLabelSpacing) {
            step = candidate;
            break;
        }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(palette().text().color());
    for (double t = 0; t <= d + 1e-9; t += step) {
        const double x = xForSeconds(t);
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.top() + 5));
        if (x + 30 < width() || t == 0)
            painter.drawText(QPointF(x + 3, area.bottom() - 3), clockText(t));
    }
}

bool PredictionStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int window =
            ribbonRect().contains(help->pos()) ? windowAt(secondsAtX(help->pos().x())) : -1;
        const double seconds = secondsAtX(help->pos().x());
        if (window >= 0) {
            QToolTip::showText(help->globalPos(), windowToolTip(window), this);
        } else if (m_result && ribbonRect().contains(help->pos()) &&
                   !m_result->prediction.windows.empty() &&
                   seconds >= m_result->prediction.windows.back().end) {
            QToolTip::showText(
                help->globalPos(),
                tr("The last %1 s are shorter than one window: not predicted")
                    .arg(duration() - m_result->prediction.windows.back().end, 0, 'f', 1),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void PredictionStrip::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const int hover = ribbonRect().contains(pos.toPoint()) ? windowAt(secondsAtX(pos.x())) : -1;
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void PredictionStrip::leaveEvent(QEvent*)
{
    if (m_hover < 0) return;
    m_hover = -1;
    update();
}

void PredictionStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_result) return;
    const int stretch = stretchAt(secondsAtX(event->position().x()));
    if (stretch >= 0) Q_EMIT stretchClicked(stretch);
}

} // namespace hhs::ui
