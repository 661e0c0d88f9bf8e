// TrackList: the project's tracks (name, duration, how much of it is labelled per class as a
// small stacked bar, a warning with Relink when the file is missing or changed), under a filter
// box that narrows them by file name. Selecting a row makes it the current track; activating it
// (double-click, Enter) loads it again. Remove Track (context menu, Delete in the list, the Edit
// menu) forgets the current track and its regions after asking, undoably; the audio file stays.
// GUI thread only.
#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hhs::ui {

class ProjectController;

class TrackPropertiesDialog;

class TrackList : public QWidget
{
    Q_OBJECT
public:
    explicit TrackList(ProjectController* controller, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* filter() const { return m_filter; }
    // Remove Track…: enabled when there is a current track.
    QAction* removeAction() const { return m_remove; }
    // Asks (unless HHS_NO_DIALOGS is set), naming the track and its labelled regions, then
    // removes the current track. False when there is none, the user declined or it failed.
    bool removeCurrent();
    // Track Properties…: enabled when there is a current track; opens its properties (the
    // file's streams and chapters read off the GUI thread). Returns the dialog, shown.
    QAction* propertiesAction() const { return m_properties; }
    TrackPropertiesDialog* showProperties();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void applyFilter();
    void syncCurrent();
    void relinkSelected();

    ProjectController* m_controller;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QPushButton* m_relink;
    QAction* m_remove;
    QAction* m_properties;
    bool m_rebuilding = false;
};

} // namespace hhs::ui
