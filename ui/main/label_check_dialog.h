// LabelCheckDialog: Tools ▸ Check Labels — every problem of the project's label layer
// (project/label_check.h: regions and gaps shorter than the shortest region, overlaps,
// regions without a class) in a list; double-clicking one shows it in the timeline; Fix applies
// the proposed fixes as one undoable edit and checks again. GUI thread only.
#pragma once

#include "project/label_check.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hhs::ui {

class ProjectController;
class TimelineController;

class LabelCheckDialog : public QDialog
{
    Q_OBJECT
public:
    LabelCheckDialog(ProjectController* project, TimelineController* timeline,
                     QWidget* parent = nullptr);

    // Checks the project again with the current labelling settings.
    void recheck();
    // Applies the fixes of the last check (one undoable edit), then checks again.
    bool fix();
    const LabelCheck& check() const { return m_check; }
    QTreeWidget* list() const { return m_list; }

private:
    ProjectController* m_project;
    TimelineController* m_timeline;
    LabelCheck m_check;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_fix;
};

} // namespace hhs::ui
