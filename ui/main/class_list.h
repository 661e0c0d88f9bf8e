// ClassList: the project's classes in order with their colour swatch, hotkey (1-9 by position),
// and how many export segments they have across all tracks; buttons add, rename, recolour and
// reorder them (each an undoable edit). GUI thread only.
#pragma once

#include <QWidget>

class QTreeWidget;

namespace hhs::ui {

class ProjectController;

class ClassList : public QWidget
{
    Q_OBJECT
public:
    explicit ClassList(ProjectController* controller, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // The hotkey label of the class at `position` ("1".."9"), empty past nine.
    static QString hotkey(int position);

private:
    void rebuild();
    QString selectedName() const;
    void addClass();
    void renameClass();
    void recolourClass();
    void moveSelected(int delta);

    ProjectController* m_controller;
    QTreeWidget* m_tree;
};

} // namespace hhs::ui
