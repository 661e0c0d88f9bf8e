// RegionsPanel: the Regions dock — every label region of the current track (or, with All
// tracks, of every track) in a table (class, name, start, end, length, tempo, track), sortable
// by any column and filtered by a text box (class or name). Clicking a row selects the region in
// the timeline and moves the playhead there; the name is edited in place (one undoable edit);
// Delete (the window's Delete Region) removes the selected region. Tempo comes from the current
// track's analysis (TrackAnalysis) once it is ready; another track's region opens that track with
// the region's stretch selected. GUI thread only.
#pragma once

#include <QWidget>
#include <cstdint>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace hhs::ui {

class ProjectController;
class TimelineController;
class TimelineState;

class RegionsPanel : public QWidget
{
    Q_OBJECT
public:
    RegionsPanel(ProjectController* project, TimelineController* timeline, TimelineState* state,
                 QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    QCheckBox* allTracks() const { return m_allTracks; }

private:
    void applyFilter();
    void followSelection();
    void renameFromRow(int row);

    ProjectController* m_project;
    TimelineController* m_timeline;
    TimelineState* m_state;
    QLineEdit* m_filter;
    QCheckBox* m_allTracks;
    QTableWidget* m_table;
    bool m_refreshing = false;
};

} // namespace hhs::ui
