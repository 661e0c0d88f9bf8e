// TimeRuler: the time scale above the lanes, in m:ss (with milliseconds when zoomed in), with
// the playhead. Clicking or dragging on it asks to seek there. GUI thread only.
#pragma once

#include "timeline/lane.h"

namespace hhs::ui {

class TimeRuler : public Lane
{
    Q_OBJECT
public:
    TimeRuler(TimeAxis* axis, TimelineState* state, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {400, 24}; }
    // "1:05", "1:05.250": the ruler's labels.
    static QString label(double seconds, double step);

Q_SIGNALS:
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
};

// "m:ss" (or "h:mm:ss" from an hour on), rounded to the second: times in lists and tooltips.
QString clockText(double seconds);

} // namespace hhs::ui
