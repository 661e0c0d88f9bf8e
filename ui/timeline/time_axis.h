// TimeAxis: the one mapping between seconds and pixels that every lane of the timeline asks
// (ruler, waveform, MFCC, labels, predictions), so zoom and scroll can never disagree. Holds
// the track's duration, the view's width, the scale (seconds per pixel) and the first visible
// second; emits changed() after any of them moves. GUI thread only.
#pragma once

#include <QObject>

namespace hhs::ui {

class TimeAxis : public QObject
{
    Q_OBJECT
public:
    // The closest zoom: this many pixels per sample, so single samples are distinct dots.
    static constexpr double kPixelsPerSampleMax = 16.0;

    explicit TimeAxis(QObject* parent = nullptr);

    void setTrack(double durationSeconds, int sampleRate);
    double duration() const { return m_duration; }
    int sampleRate() const { return m_sampleRate; }

    void setViewWidth(int pixels);
    int viewWidth() const { return m_width; }

    double secondsPerPixel() const { return m_secondsPerPixel; }
    double start() const { return m_start; }
    double end() const { return m_start + m_width * m_secondsPerPixel; }

    double xForSeconds(double seconds) const { return (seconds - m_start) / m_secondsPerPixel; }
    double secondsForX(double x) const { return m_start + x * m_secondsPerPixel; }

    double minSecondsPerPixel() const;
    double maxSecondsPerPixel() const; // the whole track fits the view

    // Zooms by `factor` (> 1 zooms in) keeping the second under pixel `anchorX` in place.
    void zoomBy(double factor, double anchorX);
    void setSecondsPerPixel(double secondsPerPixel, double anchorX);
    void setStart(double seconds);
    void scrollByPixels(double pixels) { setStart(m_start + pixels * m_secondsPerPixel); }
    void fit();
    // Shows [from, to] filling the view (zoom to selection).
    void showRange(double from, double to);
    // Scrolls so `seconds` is visible: by pages when `centre` is false, else centred.
    void follow(double seconds, bool centre);
    void ensureVisible(double from, double to);

    // The scroll position in whole pixels for a scroll bar: [0, scrollRange()].
    qint64 scrollRange() const;
    qint64 scrollPosition() const;
    void setScrollPosition(qint64 pixels);

Q_SIGNALS:
    void changed();

private:
    bool clampAndUpdate(double secondsPerPixel, double start);

    double m_duration = 0;
    int m_sampleRate = 22050;
    int m_width = 1;
    double m_secondsPerPixel = 0.01;
    double m_start = 0;
};

} // namespace hhs::ui
