// A column of widgets that scrolls up and down when its dock is shorter than its content, so a
// panel that gains lines (a training summary, test results) never pushes the timeline or grows
// the window. GUI thread only.
#pragma once

class QLayout;
class QScrollArea;
class QWidget;

namespace hhs::ui {

// Puts `content` in a frameless vertical scroll area owned by `parent`. The area is as wide as
// the content needs (no horizontal scrolling) and as short as the dock makes it.
QScrollArea* scrollColumn(QWidget* content, QWidget* parent);
// The same for a layout of widgets.
QScrollArea* scrollColumn(QLayout* content, QWidget* parent);

} // namespace hhs::ui
