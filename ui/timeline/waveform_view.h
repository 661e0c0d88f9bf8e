// WaveformView: the current track's waveform at any zoom, from the whole track down to single
// samples. Wide views read the PeakPyramid (a few thousand values whatever the length); close
// views read the samples, and past one pixel per sample it draws the samples as a line with
// dots. Export window boundaries are drawn faintly behind it. GUI thread only; the audio is
// shared read-only with the player and the MFCC worker.
#pragma once

#include "audio/loader.h"
#include "dataset/segment_plan.h"
#include "timeline/lane.h"

#include <memory>

namespace hhs::ui {

class WaveformView : public Lane
{
    Q_OBJECT
public:
    WaveformView(TimeAxis* axis, TimelineState* state, QWidget* parent = nullptr);

    void setAudio(std::shared_ptr<const LoadedAudio> audio);
    void setExportWindows(ExportWindows windows);

    QSize sizeHint() const override { return {400, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintPeaks(QPainter& painter, double samplesPerPixel) const;
    void paintSamples(QPainter& painter, double samplesPerPixel) const;

    std::shared_ptr<const LoadedAudio> m_audio;
    ExportWindows m_windows;
};

// Shared by the label lane: faint window boundaries and shaded dropped tails.
void paintExportWindows(QPainter& painter, const TimeAxis& axis, const ExportWindows& windows,
                        int height);

} // namespace hhs::ui
