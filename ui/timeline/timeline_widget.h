// TimelineWidget: the main view of the current track, lanes stacked on one time axis: the
// ruler, the waveform, the MFCC heat map, the label lane and (only when the track has one) the
// predicted lane, over a scroll bar. Wheel scrolls, Ctrl+wheel zooms around the pointer; the
// zoom slots serve the +/−/F keys. GUI thread only.
#pragma once

#include "audio/loader.h"
#include "project/records.h"

#include <QWidget>
#include <memory>
#include <vector>

class QScrollBar;

namespace hhs::ui {

class JobRunner;
class LabelLane;
class MfccView;
class TimeAxis;
class TimelineState;
class TimeRuler;
class WaveformView;

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    TimelineWidget(TimelineState* state, JobRunner* runner, QWidget* parent = nullptr);

    TimeAxis* axis() const { return m_axis; }
    TimelineState* state() const { return m_state; }
    TimeRuler* ruler() const { return m_ruler; }
    WaveformView* waveform() const { return m_waveform; }
    MfccView* mfcc() const { return m_mfcc; }
    LabelLane* labelLane() const { return m_labels; }
    LabelLane* predictionLane() const { return m_predicted; }

    void setAudio(std::shared_ptr<const LoadedAudio> audio);
    const std::shared_ptr<const LoadedAudio>& audio() const { return m_audio; }
    void setClasses(std::vector<ClassRecord> classes);
    void setRegions(std::vector<RegionRecord> labels, std::vector<RegionRecord> predicted);

    // How many pixels one wheel notch scrolls, and how much one zoom step changes the scale.
    static constexpr double kZoomStep = 1.5;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fit();
    void zoomToSelection();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void syncScrollBar();
    void updateExportWindows();
    double anchorX() const;

    TimelineState* m_state;
    TimeAxis* m_axis;
    TimeRuler* m_ruler;
    WaveformView* m_waveform;
    MfccView* m_mfcc;
    LabelLane* m_labels;
    LabelLane* m_predicted;
    QScrollBar* m_scroll;
    std::shared_ptr<const LoadedAudio> m_audio;
    std::vector<RegionRecord> m_labelRegions;
};

} // namespace hhs::ui
