#include "predict/verdict_bars.h"

#include <QPainter>
#include <algorithm>

namespace hhs::ui {

VerdictBars::VerdictBars(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void VerdictBars::setVerdict(const QStringList& classes, const std::vector<double>& probabilities,
                             const std::vector<QColor>& colours, int winner)
{
    m_classes = classes;
    m_probabilities = probabilities;
    m_probabilities.resize(std::size_t(classes.size()), 0.0);
    m_colours = colours;
    m_winner = winner;
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

void VerdictBars::clear()
{
    setVerdict({}, {}, {}, -1);
}

QString VerdictBars::text() const
{
    QStringList parts;
    for (int i = 0; i < m_classes.size(); ++i)
        parts << tr("%1 %2 %")
                     .arg(m_classes[i])
                     .arg(100.0 * m_probabilities[std::size_t(i)], 0, 'f', 1);
    return parts.join(QStringLiteral(", "));
}

std::vector<double> VerdictBars::percentages() const
{
    std::vector<double> result;
    for (double p : m_probabilities)
        result.push_back(100.0 * p);
    return result;
}

int VerdictBars::rowHeight() const
{
    return fontMetrics().height() + 6;
}

QSize VerdictBars::sizeHint() const
{
    return {360, std::max(1, int(m_classes.size())) * rowHeight() + 2};
}

QSize VerdictBars::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void VerdictBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    int nameWidth = 0;
    for (const QString& name : m_classes)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(name));
    QFont bold = font();
    bold.setBold(true);
    nameWidth += 14;
    const int percentWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("100.0 %")) + 10;
    const int barLeft = nameWidth;
    const int barWidth = std::max(20, width() - barLeft - percentWidth);
    for (int i = 0; i < m_classes.size(); ++i) {
        const int top = i * rowHeight();
        const double p = std::clamp(m_probabilities[std::size_t(i)], 0.0, 1.0);
        const QColor colour = i < int(m_colours.size()) ? m_colours[std::size_t(i)] : Qt::gray;
        painter.setFont(i == m_winner ? bold : font());
        painter.setPen(palette().text().color());
        painter.drawText(QRect(0, top, nameWidth - 8, rowHeight()),
                         Qt::AlignRight | Qt::AlignVCenter, m_classes[i]);
        const QRectF track(barLeft, top + 4, barWidth, rowHeight() - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().alternateBase());
        painter.drawRoundedRect(track, 3, 3);
        painter.setBrush(colour);
        painter.drawRoundedRect(
            QRectF(track.left(), track.top(), track.width() * p, track.height()), 3, 3);
        painter.setPen(palette().text().color());
        painter.drawText(QRect(barLeft + barWidth + 6, top, percentWidth, rowHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("%1 %").arg(100.0 * p, 0, 'f', 1));
    }
}

} // namespace hhs::ui
