#include "train/confusion_matrix_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <algorithm>

namespace hhs::ui {

namespace {

constexpr int kMargin = 12;
constexpr int kSummaryGap = 6; // between the matrix and its recall column / precision row
constexpr int kSwatch = 10;    // side of a class's colour swatch
constexpr int kMaxHeaderWidth = 160;
constexpr int kPreferredCell = 76;
constexpr int kMinimumCell = 54; // "100.0 %" fits
constexpr int kMaximumCell = 120;

} // namespace

QString ConfusionMatrixView::percentText(double part, double whole, int decimals)
{
    return QLocale().toString(100.0 * part / whole, 'f', decimals);
}

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setMatrix(const QStringList& classes,
                                    const std::vector<QColor>& classColours,
                                    const std::vector<std::vector<int>>& counts)
{
    const int n = static_cast<int>(classes.size());
    m_classes = classes;
    m_classColours = classColours;
    m_counts.assign(n, std::vector<int>(n, 0));
    for (int t = 0; t < n && t < static_cast<int>(counts.size()); ++t)
        for (int p = 0; p < n && p < static_cast<int>(counts[t].size()); ++p)
            m_counts[t][p] = std::max(0, counts[t][p]);
    if (m_selected && (m_selected->first >= n || m_selected->second >= n)) m_selected.reset();
    relayout();
    updateGeometry();
    update();
}

void ConfusionMatrixView::clear()
{
    setMatrix({}, {}, {});
}

void ConfusionMatrixView::setSelectedCell(int truth, int predicted)
{
    const int n = classCount();
    if (truth < 0 || predicted < 0 || truth >= n || predicted >= n)
        m_selected.reset();
    else
        m_selected = std::make_pair(truth, predicted);
    update();
}

int ConfusionMatrixView::rowTotal(int truth) const
{
    int sum = 0;
    for (int count : m_counts[truth])
        sum += count;
    return sum;
}

int ConfusionMatrixView::columnTotal(int predicted) const
{
    int sum = 0;
    for (const auto& row : m_counts)
        sum += row[predicted];
    return sum;
}

int ConfusionMatrixView::total() const
{
    int sum = 0;
    for (int t = 0; t < classCount(); ++t)
        sum += rowTotal(t);
    return sum;
}

int ConfusionMatrixView::correct() const
{
    int sum = 0;
    for (int c = 0; c < classCount(); ++c)
        sum += m_counts[c][c];
    return sum;
}

ConfusionMatrixView::Layout ConfusionMatrixView::layoutFor(QSize size, int minCell,
                                                           int maxCell) const
{
    const int n = hasMatrix() ? classCount() : 3;
    const QFontMetrics fm(font());
    Layout layout;
    const int titleSide = fm.height() + 6;
    int headerWidth = fm.horizontalAdvance(tr("precision"));
    for (const QString& name : m_classes)
        headerWidth = std::max(headerWidth, kSwatch + 6 + fm.horizontalAdvance(name));
    headerWidth = std::min(headerWidth, kMaxHeaderWidth) + 10;
    // Column headers: up to two lines of name over a colour bar.
    const int headerHeight = 2 * fm.height() + kSwatch / 2 + 8;

    const int left = titleSide + headerWidth;
    const int top = titleSide + headerHeight;
    const int fitW = (size.width() - 2 * kMargin - left - kSummaryGap) / (n + 1);
    const int fitH = (size.height() - 2 * kMargin - top - kSummaryGap) / (n + 1);
    layout.cell = std::clamp(std::min(fitW, fitH), minCell, maxCell);
    const int side = (n + 1) * layout.cell + kSummaryGap;

    // Centre the block (titles, headers and grid) in the widget.
    const int x0 = std::max(kMargin, (size.width() - left - side) / 2);
    const int y0 = std::max(kMargin, (size.height() - top - side) / 2);
    layout.grid = QRect(x0 + left, y0 + top, side, side);
    layout.rowHeaders = QRect(x0 + titleSide, layout.grid.top(), headerWidth, side);
    layout.columnHeaders = QRect(layout.grid.left(), y0 + titleSide, side, headerHeight);
    layout.trueTitle = QRect(x0, layout.grid.top(), titleSide, n * layout.cell);
    layout.predictedTitle = QRect(layout.grid.left(), y0, n * layout.cell, titleSide);
    return layout;
}

QSize ConfusionMatrixView::sizeHint() const
{
    const Layout layout = layoutFor(QSize(0, 0), kPreferredCell, kPreferredCell);
    return {layout.grid.right() + kMargin + 1, layout.grid.bottom() + kMargin + 1};
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    if (!hasMatrix()) return {120, 40}; // "No test results yet"
    const Layout layout = layoutFor(QSize(0, 0), kMinimumCell, kMinimumCell);
    return {layout.grid.right() + kMargin + 1, layout.grid.bottom() + kMargin + 1};
}

void ConfusionMatrixView::relayout()
{
    m_layout = layoutFor(size(), kMinimumCell, kMaximumCell);
}

void ConfusionMatrixView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QRect ConfusionMatrixView::gridCell(int row, int column) const
{
    const int n = classCount();
    const int x = m_layout.grid.left() + column * m_layout.cell + (column == n ? kSummaryGap : 0);
    const int y = m_layout.grid.top() + row * m_layout.cell + (row == n ? kSummaryGap : 0);
    return {x, y, m_layout.cell, m_layout.cell};
}

QRect ConfusionMatrixView::cellRect(int truth, int predicted) const
{
    const int n = classCount();
    if (truth < 0 || predicted < 0 || truth >= n || predicted >= n) return {};
    return gridCell(truth, predicted);
}

std::optional<std::pair<int, int>> ConfusionMatrixView::cellAt(QPoint pos) const
{
    const int n = classCount();
    for (int row = 0; row <= n; ++row)
        for (int column = 0; column <= n; ++column)
            if (gridCell(row, column).contains(pos)) return std::make_pair(row, column);
    return std::nullopt;
}

QString ConfusionMatrixView::cellToolTip(int truth, int predicted) const
{
    const int n = classCount();
    if (truth < 0 || predicted < 0 || truth > n || predicted > n || n == 0) return {};
    if (truth == n && predicted == n) {
        const int all = total();
        if (all == 0) return tr("No segments in the test set");
        return tr("Accuracy: %1 of %2 segments were predicted correctly (%3 %)")
            .arg(correct())
            .arg(all)
            .arg(percentText(correct(), all, 1));
    }
    if (predicted == n) {
        const int rowSum = rowTotal(truth);
        if (rowSum == 0) return tr("No %1 segments in the test set").arg(m_classes[truth]);
        return tr("Recall of %1: %2 of %3 %1 segments were recognised (%4 %)")
            .arg(m_classes[truth])
            .arg(m_counts[truth][truth])
            .arg(rowSum)
            .arg(percentText(m_counts[truth][truth], rowSum, 1));
    }
    if (truth == n) {
        const int columnSum = columnTotal(predicted);
        if (columnSum == 0) return tr("No segment was predicted as %1").arg(m_classes[predicted]);
        return tr("Precision of %1: %2 of %3 segments predicted as %1 were %1 (%4 %)")
            .arg(m_classes[predicted])
            .arg(m_counts[predicted][predicted])
            .arg(columnSum)
            .arg(percentText(m_counts[predicted][predicted], columnSum, 1));
    }
    const int rowSum = rowTotal(truth);
    if (rowSum == 0) return tr("No %1 segments in the test set").arg(m_classes[truth]);
    const int count = m_counts[truth][predicted];
    if (truth == predicted)
        return tr("%1 of %2 %3 segments were predicted correctly (%4 %)")
            .arg(count)
            .arg(rowSum)
            .arg(m_classes[truth], percentText(count, rowSum, 0));
    return tr("%1 of %2 %3 segments were predicted as %4 (%5 %)")
        .arg(count)
        .arg(rowSum)
        .arg(m_classes[truth], m_classes[predicted], percentText(count, rowSum, 0));
}

bool ConfusionMatrixView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto cell = hasMatrix() ? cellAt(help->pos()) : std::nullopt;
        if (cell) {
            QToolTip::showText(help->globalPos(), cellToolTip(cell->first, cell->second), this,
                               gridCell(cell->first, cell->second));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent* event)
{
    const auto cell = hasMatrix() ? cellAt(event->position().toPoint()) : std::nullopt;
    if (cell && cell->first < classCount() && cell->second < classCount())
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent* event)
{
    const auto cell = hasMatrix() ? cellAt(event->position().toPoint()) : std::nullopt;
    if (event->button() != Qt::LeftButton || !cell || cell->first >= classCount() ||
        cell->second >= classCount()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    setSelectedCell(cell->first, cell->second);
    Q_EMIT cellActivated(cell->first, cell->second);
}

void ConfusionMatrixView::keyPressEvent(QKeyEvent* event)
{
    const int n = classCount();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    auto [row, column] = m_selected.value_or(std::make_pair(0, 0));
    switch (event->key()) {
    case Qt::Key_Left:
        column = m_selected ? std::max(0, column - 1) : 0;
        break;
    case Qt::Key_Right:
        column = m_selected ? std::min(n - 1, column + 1) : 0;
        break;
    case Qt::Key_Up:
        row = m_selected ? std::max(0, row - 1) : 0;
        break;
    case Qt::Key_Down:
        row = m_selected ? std::min(n - 1, row + 1) : 0;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected) Q_EMIT cellActivated(m_selected->first, m_selected->second);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setSelectedCell(row, column);
}

} // namespace hhs::ui
