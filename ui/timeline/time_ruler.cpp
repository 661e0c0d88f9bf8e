#include "timeline/time_ruler.h"

#include "timeline/time_axis.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

namespace hhs::ui {
namespace {
// Label steps in seconds; the ruler picks the smallest that leaves room for a label.
constexpr std::array<double, 19> kSteps = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1,
                                           2,     5,     10,    15,   30,   60,   120, 300, 600};
constexpr double kMinLabelSpacing = 80; // pixels
} // namespace

TimeRuler::TimeRuler(TimeAxis* axis, TimelineState* state, QWidget* parent)
    : Lane(axis, state, parent)
{
    setMinimumHeight(24);
    setMaximumHeight(24);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to move the playhead"));
}

QString TimeRuler::label(double seconds, double step)
{
    const qint64 ms = std::llround(seconds * 1000);
    const qint64 minutes = ms / 60000;
    const double rest = (ms % 60000) / 1000.0;
    if (step >= 1)
        return QStringLiteral("%1:%2").arg(minutes).arg(qint64(std::floor(rest + 1e-9)), 2, 10,
                                                        QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 6, 'f', 3, QLatin1Char('0'));
}

void TimeRuler::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const TimeAxis& a = *axis();
    double step = kSteps.back();
    for (double candidate : kSteps)
        if (candidate / a.secondsPerPixel() >= kMinLabelSpacing) {
            step = candidate;
            break;
        }
    painter.setPen(palette().windowText().color());
    const double first = std::floor(a.start() / step) * step;
    for (double t = first; t <= a.end() + step; t += step) {
        const double x = a.xForSeconds(t);
        if (t < 0 || t > a.duration() + 1e-9) continue;
        painter.drawLine(QPointF(x, height() - 8), QPointF(x, height()));
        painter.drawText(QPointF(x + 3, height() - 10), label(t, step));
        for (int minor = 1; minor < 5; ++minor) {
            const double mx = a.xForSeconds(t + step * minor / 5);
            painter.drawLine(QPointF(mx, height() - 4), QPointF(mx, height()));
        }
    }
    painter.drawLine(0, height() - 1, width(), height() - 1);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe6, 0x7e, 0x22));
    for (const Mark& change : m_changes) {
        if (change.time < a.start() || change.time > a.end()) continue;
        const double x = a.xForSeconds(change.time);
        const double depth = 4 + 6 * std::clamp(change.strength, 0.0, 1.0);
        const QPointF mark[3] = {{x - 4, 0}, {x + 4, 0}, {x, depth}};
        painter.drawPolygon(mark, 3);
    }
    paintOverlay(painter);
}

void TimeRuler::setSongChanges(std::vector<Mark> changes)
{
    m_changes = std::move(changes);
    update();
}

bool TimeRuler::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip) return Lane::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    constexpr double kReachPixels = 5;
    for (const Mark& change : m_changes)
        if (std::abs(axis()->xForSeconds(change.time) - help->pos().x()) <= kReachPixels) {
            const QString text =
                change.bpmAfter > 0
                    ? tr("A song seems to change here, at %1 (strength %2); the next one runs at "
                         "about %3 BPM.")
                          .arg(label(change.time, 0.001))
                          .arg(change.strength, 0, 'f', 2)
                          .arg(change.bpmAfter, 0, 'f', 0)
                    : tr("A song seems to change here, at %1 (strength %2).")
                          .arg(label(change.time, 0.001))
                          .arg(change.strength, 0, 'f', 2);
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void TimeRuler::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT seekRequested(
            std::clamp(axis()->secondsForX(event->position().x()), 0.0, axis()->duration()));
}

void TimeRuler::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT seekRequested(
            std::clamp(axis()->secondsForX(event->position().x()), 0.0, axis()->duration()));
}

QString clockText(double seconds)
{
    const qint64 total = std::llround(std::max(seconds, 0.0));
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 rest = total % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace hhs::ui
