// ReviewPanel: the content of the "Review" dock. For the current track it lists where the
// predicted layer disagrees with the label layer (see project/disagreements.h), most confident
// first, and accepts predictions into the label layer: Accept (A) takes the selected row's region,
// or else the predicted region under the playhead; Accept All (Shift+A) takes the whole track.
// Accepting trims the label stretches it overlaps and is one undoable step of the
// ProjectController. Clicking a row (or Enter) asks the timeline to show that stretch.
// GUI thread only.
#pragma once

#include "project/disagreements.h"

#include <QList>
#include <QWidget>
#include <cstdint>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace hhs::ui {

class ProjectController;
class TimelineState;

class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the panel.
    ReviewPanel(ProjectController* project, TimelineState* timeline, QWidget* parent = nullptr);

    // Accept and Accept All, for the window's menu (their shortcuts work in the whole window).
    QList<QAction*> actions() const { return {m_accept, m_acceptAll}; }
    QAction* acceptAction() const { return m_accept; }
    QAction* acceptAllAction() const { return m_acceptAll; }

    const std::vector<Disagreement>& disagreements() const { return m_rows; }
    QTreeWidget* list() const { return m_list; }
    // The predicted region Accept would take now: the selected row's, else the one under the
    // playhead.
    std::optional<std::int64_t> acceptTarget() const;

public Q_SLOTS:
    bool accept();
    bool acceptAll();
    void refresh();

Q_SIGNALS:
    // The timeline should show (and select) this stretch.
    void jumpRequested(double start, double end);
    // An accept was refused (the message says why).
    void errorOccurred(const QString& message);

private:
    void jumpTo(int row);
    void updateActions();
    QColor colourOf(const QString& className) const;

    ProjectController* m_project;
    TimelineState* m_timeline;
    std::vector<Disagreement> m_rows;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_acceptButton;
    QPushButton* m_acceptAllButton;
    QAction* m_accept;
    QAction* m_acceptAll;
};

} // namespace hhs::ui
