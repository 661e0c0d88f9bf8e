// MainWindow: the studio's window. Menus (File, Edit, Playback with speed, volume and the
// output device, Select, View, Help with the keyboard shortcuts), the track and class lists as
// docks, the timeline of the current track in the middle, and a status bar with the running
// job's progress and Cancel, the speed and volume, the audio output notice and the playhead
// time. A project opens from the File menu, the command line or the recent list. Files dragged
// onto the window are imported (left half) or predicted (right half), as the drop overlay
// shows. Training and prediction live in ModelWorkspace's docks. Edits are saved as they are
// made, so quitting never asks. The work lives in ProjectController (project, undo, imports)
// and TimelineController (view, playback, keys). GUI thread only.
#pragma once

#include "main/import_labels_question.h"
#include "project/label_files.h"

#include <QMainWindow>

class QLabel;
class QMenu;

namespace hhs::ui {

class ClassList;
class DropOverlay;
class ModelWorkspace;
class PlaybackControls;
class JobRunner;
class Player;
class ProgressPanel;
class ShortcutsWindow;
class ProjectController;
class TimelineController;
class TimelineState;
class TimelineWidget;
class TrackList;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a project; shows the error and returns false when it cannot.
    bool openProject(const QString& path);

    JobRunner* runner() const { return m_runner; }
    ProjectController* project() const { return m_project; }
    TimelineController* timelineController() const { return m_timelineController; }
    TimelineWidget* timeline() const { return m_timeline; }
    Player* player() const { return m_player; }
    TrackList* trackList() const { return m_tracks; }
    ClassList* classList() const { return m_classes; }
    ProgressPanel* progressPanel() const { return m_progress; }
    ModelWorkspace* models() const { return m_models; }

    // File ▸ Import Labels after the file is chosen: onto the current track; when it has
    // labelled regions, `answer` (Ask: the question) says whether to replace them, add beside
    // them or do nothing. Starts the import's job (ProjectController::labelsImported ends it);
    // false when none was started (no track, or the question cancelled).
    bool importLabelsFile(const QString& path, LabelFileFormat format,
                          ExistingLabels answer = ExistingLabels::Ask);
    // File ▸ Import Tracklist after the text is pasted: the same, for the songs of a tracklist
    // (a video's description) given as text.
    bool importTracklistText(const QString& text, ExistingLabels answer = ExistingLabels::Ask);

    static QStringList recentProjects();
    // Shows an error in the status bar and, unless HHS_NO_DIALOGS is set, in a message box.
    void showError(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void rebuildRecentMenu();
    void rememberRecent(const QString& path);
    void updateTitle();
    void newProject();
    void openProjectDialog();
    void saveAs();
    void importAudioDialog();
    void importLabelsDialog();
    void importTracklistDialog();
    // What a label import does with the current track's label regions (asking when `answer`
    // is Ask and there are some); nullopt: no track, or cancelled.
    std::optional<Overlap> overlapForImport(ExistingLabels answer);
    void exportLabelsDialog();
    void exportDatasetDialog();

    JobRunner* m_runner;
    ProjectController* m_project;
    TimelineState* m_state;
    TimelineWidget* m_timeline;
    Player* m_player;
    PlaybackControls* m_playbackControls = nullptr;
    TimelineController* m_timelineController;
    TrackList* m_tracks;
    ClassList* m_classes;
    ProgressPanel* m_progress;
    ModelWorkspace* m_models = nullptr;
    DropOverlay* m_dropOverlay = nullptr;
    QLabel* m_audioNotice;
    QLabel* m_position;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_labelMenu = nullptr;
    ShortcutsWindow* m_shortcuts = nullptr;
    QList<QAction*> m_needsProject;
    QList<QAction*> m_needsTrack;
};

} // namespace hhs::ui
