// Lane: the base of every strip of the timeline. It follows the shared TimeAxis and
// TimelineState, repaints when either changes, and draws what all lanes show on top of their
// own content: the selection and the playhead. GUI thread only.
#pragma once

#include <QWidget>

namespace hhs::ui {

class TimeAxis;
class TimelineState;

class Lane : public QWidget
{
    Q_OBJECT
public:
    Lane(TimeAxis* axis, TimelineState* state, QWidget* parent = nullptr);

    TimeAxis* axis() const { return m_axis; }
    TimelineState* state() const { return m_state; }

protected:
    // Draws the selection and the playhead over the lane's content.
    void paintOverlay(QPainter& painter) const;

private:
    TimeAxis* m_axis;
    TimelineState* m_state;
};

} // namespace hhs::ui
