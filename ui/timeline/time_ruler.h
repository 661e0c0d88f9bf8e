// TimeRuler: the time scale above the lanes, in m:ss (with milliseconds when zoomed in), with
// the playhead and the suggested song changes (small orange marks, stronger ones taller).
// Clicking or dragging on it asks to seek there. GUI thread only.
#pragma once

#include "timeline/lane.h"

#include <vector>

namespace hhs::ui {

class TimeRuler : public Lane
{
    Q_OBJECT
public:
    TimeRuler(TimeAxis* axis, TimelineState* state, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {400, 24}; }
    // "1:05", "1:05.250": the ruler's labels.
    static QString label(double seconds, double step);
    // A suggested song change: where, how strong (0, 1], and the tempo of the song it starts
    // (0: unknown). Hovering a mark says so.
    struct Mark
    {
        double time = 0;
        double strength = 0;
        double bpmAfter = 0;
    };
    void setSongChanges(std::vector<Mark> changes);
    const std::vector<Mark>& songChanges() const { return m_changes; }

Q_SIGNALS:
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    std::vector<Mark> m_changes;
};

// "m:ss" (or "h:mm:ss" from an hour on), rounded to the second: times in lists and tooltips.
QString clockText(double seconds);

} // namespace hhs::ui
