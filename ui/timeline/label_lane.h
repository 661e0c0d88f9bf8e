// LabelLane: one layer of a track's regions as coloured blocks with their class and song
// name. The label layer is editable: drag on empty space selects a stretch, a click selects a
// region, dragging a region's edge resizes it (snapping to the playhead and to neighbours),
// and the right-click menu changes its class or deletes it. The lane only asks (signals); the
// label controller edits the project. The predicted layer uses the same lane read-only.
// GUI thread only.
#pragma once

#include "dataset/segment_plan.h"
#include "project/records.h"
#include "timeline/lane.h"

#include <optional>
#include <vector>

namespace hhs::ui {

class LabelLane : public Lane
{
    Q_OBJECT
public:
    LabelLane(TimeAxis* axis, TimelineState* state, bool editable, QWidget* parent = nullptr);

    void setRegions(std::vector<RegionRecord> regions);
    const std::vector<RegionRecord>& regions() const { return m_regions; }
    void setClasses(std::vector<ClassRecord> classes);
    void setExportWindows(ExportWindows windows);

    // The region under pixel x, if any.
    const RegionRecord* regionAt(double x) const;

    QSize sizeHint() const override { return {400, 44}; }
    // How close (pixels) a press must be to an edge to drag it, and a drag to snap.
    static constexpr double kEdgeGrab = 5;
    static constexpr double kSnap = 8;

Q_SIGNALS:
    void resizeRequested(std::int64_t regionId, double start, double end);
    void classChangeRequested(std::int64_t regionId, const QString& className);
    void deleteRequested(std::int64_t regionId);
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct EdgeDrag
    {
        std::int64_t regionId = 0;
        bool startEdge = true;
        double start = 0;
        double end = 0;
        double low = 0; // how far the edge may go
        double high = 0;
    };
    QColor colourOf(const RegionRecord& region) const;
    std::optional<EdgeDrag> edgeAt(double x) const;
    double snapped(double seconds, std::int64_t ignoreRegion) const;

    bool m_editable;
    std::vector<RegionRecord> m_regions;
    std::vector<ClassRecord> m_classes;
    ExportWindows m_windows;
    std::optional<EdgeDrag> m_edgeDrag;
    std::optional<double> m_selectAnchor;
    double m_pressX = 0;
};

} // namespace hhs::ui
