#include "widgets/scroll_column.h"

#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <algorithm>

namespace hhs::ui {
namespace {
// What a column of `layout`'s items needs at `width`: each item's minimum height, except that
// an item whose height depends on its width (a wrapped label) needs that height.
int neededHeight(const QLayout* layout, int width)
{
    const QMargins margins = layout->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    int height = margins.top() + margins.bottom();
    int visible = 0;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->isEmpty()) continue;
        ++visible;
        height +=
            item->hasHeightForWidth() ? item->heightForWidth(inner) : item->minimumSize().height();
    }
    return height + std::max(0, visible - 1) * std::max(0, layout->spacing());
}

// The content of a column made from a layout. QScrollArea asks a content with a wrapped label
// for its heightForWidth, which a layout answers with its preferred height (a confusion matrix
// at its preferred size): answered with what the column needs instead, it scrolls only when the
// dock is really too short.
class ColumnContent : public QWidget
{
public:
    int heightForWidth(int width) const override
    {
        return layout() ? neededHeight(layout(), width) : QWidget::heightForWidth(width);
    }
};

// Keeps the area as wide as its content's minimum (plus a scroll bar), whatever the content
// shows later: a longer translation or summary widens the column instead of being cut.
class ScrollColumn : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        const int content = widget() ? widget()->minimumSizeHint().width() : 0;
        return {content + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
                QScrollArea::minimumSizeHint().height()};
    }
    QSize sizeHint() const override
    {
        const QSize content = widget() ? widget()->sizeHint() : QSize();
        return {std::max(content.width(), minimumSizeHint().width()), content.height()};
    }

    // Word-wrapped labels need their height for the column's width: QScrollArea sizes the
    // content by its minimum, which counts such a label as one line.
    void fitContent()
    {
        QWidget* content = widget();
        if (!content || !content->layout() || !content->layout()->hasHeightForWidth()) return;
        content->setMinimumHeight(neededHeight(content->layout(), viewport()->width()));
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QScrollArea::resizeEvent(event);
        fitContent();
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest) fitContent();
        return QScrollArea::eventFilter(watched, event);
    }
};
} // namespace

QScrollArea* scrollColumn(QWidget* content, QWidget* parent)
{
    auto* area = new ScrollColumn(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    content->installEventFilter(area);
    content->setAutoFillBackground(false);
    area->viewport()->setAutoFillBackground(false);
    return area;
}

QScrollArea* scrollColumn(QLayout* content, QWidget* parent)
{
    auto* widget = new ColumnContent;
    content->setContentsMargins(0, 0, 0, 0);
    widget->setLayout(content);
    return scrollColumn(widget, parent);
}

} // namespace hhs::ui
