// ConfusionMatrixView's drawing: headers, the coloured cells, the recall column, the precision
// row and the selection outline (see confusion_matrix_view.cpp for layout and input).
#include "train/confusion_matrix_view.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace hhs::ui {

namespace {

const QColor kEmptyCell(0xf3, 0xf3, 0xf3);
const QColor kSummaryCell(0xe9, 0xed, 0xf2);
const QColor kCornerCell(0xd8, 0xdf, 0xe8);
const QColor kDarkText(0x1d, 0x1d, 0x1f);

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// A ramp through three stops, t in 0..1.
QColor ramp(const QColor& low, const QColor& middle, const QColor& high, double t)
{
    return t < 0.5 ? mix(low, middle, t * 2) : mix(middle, high, (t - 0.5) * 2);
}

QColor textColourOn(const QColor& background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? kDarkText : QColor(Qt::white);
}

} // namespace

QColor ConfusionMatrixView::cellColour(int truth, int predicted) const
{
    const int rowSum = rowTotal(truth);
    const int count = m_counts[truth][predicted];
    if (rowSum == 0 || count == 0) return kEmptyCell;
    const double share = double(count) / rowSum;
    if (truth == predicted)
        return ramp(QColor(0xe3, 0xf4, 0xef), QColor(0x5f, 0xb8, 0xa5), QColor(0x0b, 0x6e, 0x63),
                    share);
    // Confusions are usually a small share: the square root makes 10 % already clearly orange.
    return ramp(QColor(0xfd, 0xe9, 0xd6), QColor(0xf3, 0x8b, 0x3c), QColor(0xbf, 0x24, 0x1a),
                std::sqrt(share));
}

void ConfusionMatrixView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_elided.clear();
    if (!hasMatrix()) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No test results yet"));
        return;
    }
    if (!isEnabled()) painter.setOpacity(0.45);
    paintHeaders(painter);
    paintCells(painter);
    paintSummaries(painter);
    paintSelection(painter);
}

void ConfusionMatrixView::paintSwatch(QPainter& painter, QRect rect, int cls) const
{
    const bool known =
        cls < static_cast<int>(m_classColours.size()) && m_classColours[cls].isValid();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(known ? m_classColours[cls] : palette().color(QPalette::Button));
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
}

void ConfusionMatrixView::paintHeaders(QPainter& painter) const
{
    const int n = classCount();
    const QColor text = palette().color(QPalette::WindowText);
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(text);
    painter.drawText(m_layout.predictedTitle, Qt::AlignCenter, tr("predicted class"));
    painter.save();
    const QRect title = m_layout.trueTitle;
    painter.translate(title.center());
    painter.rotate(-90);
    painter.drawText(QRect(-title.height() / 2, -title.width() / 2, title.height(), title.width()),
                     Qt::AlignCenter, tr("true class"));
    painter.restore();

    painter.setFont(font());
    const QFontMetrics fm(font());
    const int textRoom = kSwatch + 6;
    for (int c = 0; c < n; ++c) {
        // Row header: swatch and name, right-aligned against the grid.
        const QRect row(m_layout.rowHeaders.left(), gridCell(c, 0).top(),
                        m_layout.rowHeaders.width() - 8, m_layout.cell);
        const QString rowName = fm.elidedText(m_classes[c], Qt::ElideRight, row.width() - textRoom);
        if (rowName != m_classes[c]) m_elided << m_classes[c];
        const int rowWidth = fm.horizontalAdvance(rowName);
        paintSwatch(painter,
                    QRect(row.right() - rowWidth - textRoom + 1, row.center().y() - kSwatch / 2,
                          kSwatch, kSwatch),
                    c);
        painter.setPen(text);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, rowName);

        // Column header: the name centred over the column, on two lines when it needs them
        // ("boom / bap"), over a bar of the class's colour.
        const QRect cell = gridCell(0, c);
        const QRect column(cell.left() + 2, m_layout.columnHeaders.top(), cell.width() - 4,
                           m_layout.columnHeaders.height() - kSwatch / 2 - 2);
        QString columnName = m_classes[c];
        const QRect needed =
            fm.boundingRect(column, Qt::AlignCenter | Qt::TextWordWrap, columnName);
        if (needed.width() > column.width() || needed.height() > column.height()) {
            columnName = fm.elidedText(columnName, Qt::ElideRight, column.width());
            m_elided << m_classes[c];
        }
        painter.setPen(text);
        painter.drawText(column, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, columnName);
        paintSwatch(painter,
                    QRect(cell.left() + 4, column.bottom() + 2, cell.width() - 8, kSwatch / 2), c);
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect recallCell = gridCell(0, n);
    painter.drawText(QRect(recallCell.left(), m_layout.columnHeaders.top(), recallCell.width(),
                           m_layout.columnHeaders.height()),
                     Qt::AlignCenter, fm.elidedText(tr("recall"), Qt::ElideRight, m_layout.cell));
    painter.drawText(QRect(m_layout.rowHeaders.left(), gridCell(n, 0).top(),
                           m_layout.rowHeaders.width() - 8, m_layout.cell),
                     Qt::AlignRight | Qt::AlignVCenter, tr("precision"));
}

void ConfusionMatrixView::paintCells(QPainter& painter) const
{
    const int n = classCount();
    QFont countFont = font();
    countFont.setBold(true);
    countFont.setPointSizeF(
        std::clamp(m_layout.cell * 0.2, font().pointSizeF(), font().pointSizeF() * 1.8));
    QFont shareFont = font();
    shareFont.setPointSizeF(font().pointSizeF() * 0.85);
    const bool roomForShare = m_layout.cell >= 52;
    for (int t = 0; t < n; ++t) {
        const int rowSum = rowTotal(t);
        for (int p = 0; p < n; ++p) {
            const QRectF cell = QRectF(gridCell(t, p)).adjusted(1.5, 1.5, -1.5, -1.5);
            const QColor background = cellColour(t, p);
            painter.setPen(Qt::NoPen);
            painter.setBrush(background);
            painter.drawRoundedRect(cell, 3, 3);
            const int count = m_counts[t][p];
            QColor ink = textColourOn(background);
            if (count == 0) ink = QColor(0x9a, 0x9a, 0x9a);
            painter.setPen(ink);
            painter.setFont(countFont);
            if (!roomForShare || rowSum == 0) {
                painter.drawText(cell, Qt::AlignCenter, QLocale().toString(count));
                continue;
            }
            const QRectF upper(cell.left(), cell.top(), cell.width(), cell.height() * 0.6);
            const QRectF lower(cell.left(), upper.bottom(), cell.width(), cell.height() * 0.3);
            painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(count));
            painter.setFont(shareFont);
            painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop,
                             tr("%1 %").arg(percentText(count, rowSum, 0)));
        }
    }
}

void ConfusionMatrixView::paintSummaries(QPainter& painter) const
{
    const int n = classCount();
    const auto draw = [&](QRect rect, const QColor& background, const QString& text, bool bold) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(background);
        painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
        QFont f = font();
        f.setBold(bold);
        painter.setFont(f);
        painter.setPen(kDarkText);
        painter.drawText(rect, Qt::AlignCenter, text);
    };
    const QString none = QStringLiteral("–");
    for (int c = 0; c < n; ++c) {
        const int rowSum = rowTotal(c);
        const int columnSum = columnTotal(c);
        draw(gridCell(c, n), kSummaryCell,
             rowSum == 0 ? none : tr("%1 %").arg(percentText(m_counts[c][c], rowSum, 1)), false);
        draw(gridCell(n, c), kSummaryCell,
             columnSum == 0 ? none : tr("%1 %").arg(percentText(m_counts[c][c], columnSum, 1)),
             false);
    }
    // The corner: the overall accuracy, with its name above when there is room.
    const int all = total();
    const QRect corner = gridCell(n, n);
    const bool named = m_layout.cell >= 60;
    draw(corner, kCornerCell, QString(), true);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(kDarkText);
    painter.drawText(corner.adjusted(0, named ? m_layout.cell / 5 : 0, 0, 0), Qt::AlignCenter,
                     all == 0 ? none : tr("%1 %").arg(percentText(correct(), all, 1)));
    if (named) {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        painter.setFont(small);
        painter.setPen(QColor(0x4a, 0x50, 0x5a));
        painter.drawText(corner.adjusted(0, m_layout.cell / 5, 0, 0),
                         Qt::AlignHCenter | Qt::AlignTop, tr("accuracy"));
    }
}

void ConfusionMatrixView::paintSelection(QPainter& painter) const
{
    if (!m_selected) return;
    const QRectF cell = QRectF(gridCell(m_selected->first, m_selected->second));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(Qt::white), 5));
    painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4);
    painter.setPen(
        QPen(hasFocus() ? QColor(0x1d, 0x1d, 0x1f) : QColor(0x60, 0x60, 0x66), hasFocus() ? 3 : 2));
    painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace hhs::ui
