// ClickSeek: makes a lane that has no mouse handling of its own (the waveform, the MFCC) work
// like the empty part of the label lane: a click asks to move the playhead there, a drag
// selects the stretch it covers. An event filter, so the views stay drawing-only.
// GUI thread only.
#pragma once

#include <QObject>
#include <optional>

namespace hhs::ui {

class TimeAxis;
class TimelineState;

class ClickSeek : public QObject
{
    Q_OBJECT
public:
    // Filters `lane`'s mouse events from now on; `lane` owns the filter.
    static ClickSeek* install(QWidget* lane, TimeAxis* axis, TimelineState* state);

Q_SIGNALS:
    void seekRequested(double seconds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ClickSeek(QWidget* lane, TimeAxis* axis, TimelineState* state);

    TimeAxis* m_axis;
    TimelineState* m_state;
    std::optional<double> m_anchor;
    double m_pressX = 0;
};

} // namespace hhs::ui
