// ConfusionMatrixView: a test run's confusion matrix drawn as a coloured grid of counts, rows the
// true class and columns the predicted one, with each class's recall in an extra column, its
// precision in an extra row and the overall accuracy in the corner. Colours follow the share of
// the row: right answers in teal, confusions in orange to red, so mistakes stand out. A cell is
// selected with the mouse or the arrow keys and activated by a click or Enter (for example to list
// those segments). GUI thread only.
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

namespace hhs::ui {

class ConfusionMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    // counts[truth][predicted]; classColours may be empty (neutral swatches). Missing counts are 0.
    void setMatrix(const QStringList& classes, const std::vector<QColor>& classColours,
                   const std::vector<std::vector<int>>& counts);
    void clear();
    bool hasMatrix() const { return !m_classes.isEmpty(); }

    std::optional<std::pair<int, int>> selectedCell() const { return m_selected; }
    void setSelectedCell(int truth, int predicted); // out of range clears the selection
    QRect cellRect(int truth, int predicted) const; // widget coordinates; empty when out of range
    QString cellToolTip(int truth, int predicted) const;
    // The class names the last paint had to cut short (none when the view is big enough).
    QStringList elidedNames() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static constexpr int kSwatch = 10; // side of a class's colour swatch
    static QString percentText(double part, double whole, int decimals);

    // Where everything goes at the current size; recomputed on resize and on a new matrix.
    struct Layout
    {
        QRect grid;          // the n x n cells plus the recall column and precision row
        int cell = 0;        // side of a square cell
        QRect rowHeaders;    // class names left of the grid
        QRect columnHeaders; // class names above the grid
        QRect trueTitle;     // "true class", rotated, left of the row headers
        QRect predictedTitle;
    };

    int classCount() const { return static_cast<int>(m_classes.size()); }
    int rowTotal(int truth) const;
    int columnTotal(int predicted) const;
    int total() const;
    int correct() const;
    void relayout();
    Layout layoutFor(QSize size, int minCell, int maxCell) const;
    QRect gridCell(int row, int column) const; // includes the summary row/column (index n)
    std::optional<std::pair<int, int>> cellAt(QPoint pos) const; // summary cells included
    QColor cellColour(int truth, int predicted) const;
    void paintHeaders(QPainter& painter) const;
    void paintCells(QPainter& painter) const;
    void paintSummaries(QPainter& painter) const;
    void paintSelection(QPainter& painter) const;
    void paintSwatch(QPainter& painter, QRect rect, int cls) const;
    mutable QStringList m_elided; // filled by paintEvent

    QStringList m_classes;
    std::vector<QColor> m_classColours;
    std::vector<std::vector<int>> m_counts;
    std::optional<std::pair<int, int>> m_selected;
    Layout m_layout;
};

} // namespace hhs::ui
