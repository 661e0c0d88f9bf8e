// RegionsPanel: the Regions dock — every label region of the current track in a table (class,
// name, start, end, length, tempo), sortable by any column and filtered by a text box (class or
// name). Clicking a row selects the region in the timeline and moves the playhead there; the
// name is edited in place (one undoable edit); Delete (the window's Delete Region) removes
// the selected region. Tempo comes
// from the track's analysis (TrackAnalysis) once it is ready. GUI thread only.
#pragma once

#include <QWidget>
#include <cstdint>

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

private:
    void applyFilter();
    void followSelection();
    void renameFromRow(int row);

    ProjectController* m_project;
    TimelineController* m_timeline;
    TimelineState* m_state;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    bool m_refreshing = false;
};

} // namespace hhs::ui
