// TrackList: the project's tracks (name, duration, how much of it is labelled per class as a
// small stacked bar, a warning with Relink when the file is missing or changed). Selecting a
// row makes it the current track; activating it (double-click, Enter) loads it again. GUI thread
// only.
#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace hhs::ui {

class ProjectController;

class TrackList : public QWidget
{
    Q_OBJECT
public:
    explicit TrackList(ProjectController* controller, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

private:
    void rebuild();
    void syncCurrent();
    void relinkSelected();

    ProjectController* m_controller;
    QTreeWidget* m_tree;
    QPushButton* m_relink;
    bool m_rebuilding = false;
};

} // namespace hhs::ui
