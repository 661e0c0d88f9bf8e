// TimelineState: what the lanes share besides the time axis: the playhead, the selection
// (a stretch of seconds, possibly empty) and the selected region of the label layer. Lanes and
// the keyboard edit it; the lanes repaint when it changes. GUI thread only.
#pragma once

#include <QObject>
#include <cstdint>
#include <optional>

namespace hhs::ui {

struct TimeRange
{
    double start = 0;
    double end = 0;
    double length() const { return end - start; }
};

class TimelineState : public QObject
{
    Q_OBJECT
public:
    explicit TimelineState(QObject* parent = nullptr);

    double playhead() const { return m_playhead; }
    void setPlayhead(double seconds);

    // The selected stretch, ordered; nullopt when nothing (or a single point) is selected.
    std::optional<TimeRange> selection() const;
    void setSelection(double start, double end);
    void setSelectionStart(double seconds); // "[" : the start at the playhead
    void setSelectionEnd(double seconds);   // "]"
    void clearSelection();

    std::optional<std::int64_t> selectedRegion() const { return m_region; }
    // Selects a region and makes its stretch the selection.
    void selectRegion(std::int64_t id, double start, double end);
    void clearRegion();

    void reset();

Q_SIGNALS:
    void playheadChanged(double seconds);
    void selectionChanged();

private:
    double m_playhead = 0;
    std::optional<double> m_start;
    std::optional<double> m_end;
    std::optional<std::int64_t> m_region;
};

} // namespace hhs::ui
