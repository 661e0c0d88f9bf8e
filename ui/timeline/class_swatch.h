// classSwatch: the small coloured square that stands for a class next to its name in lists and
// tables (class list, prediction stretches, review rows). GUI thread only (it paints a pixmap).
#pragma once

#include <QColor>
#include <QIcon>

namespace hhs::ui {

QIcon classSwatch(const QColor& colour, int size = 12);

} // namespace hhs::ui
