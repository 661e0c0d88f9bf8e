#include "timeline/mfcc_legend.h"

#include "timeline/colour_map.h"
#include "timeline/mfcc_tiles.h"

#include <QPainter>

namespace hhs::ui {
namespace {
constexpr int kBarWidth = 90;
constexpr int kGap = 8;

QString rangeText(const QString& name, MfccScale::Range range)
{
    return MfccLegend::tr("%1: %2 to %3").arg(name).arg(int(range.low)).arg(int(range.high));
}
} // namespace

MfccLegend::MfccLegend(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mfccLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(tr("Each band of coefficients has its own colour range: c0 (loudness) and c1 "
                  "(spectral tilt) vary far more than c2 to c12."));
}

QFont MfccLegend::legendFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    return small;
}

QStringList MfccLegend::texts() const
{
    return {tr("MFCC"),
            tr("low"),
            tr("high"),
            rangeText(QStringLiteral("c0"), MfccScale::kEnergy),
            rangeText(QStringLiteral("c1"), MfccScale::kTilt),
            rangeText(QStringLiteral("c2–12"), MfccScale::kOther)};
}

QSize MfccLegend::sizeHint() const
{
    const QFontMetrics fm(legendFont());
    int width = kBarWidth;
    for (const QString& text : texts())
        width += fm.horizontalAdvance(text) + kGap;
    return {width, fm.height() + 2};
}

QSize MfccLegend::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void MfccLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setFont(legendFont());
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics fm(painter.font());
    const QStringList text = texts();
    const int baseline = (height() + fm.ascent() - fm.descent()) / 2;
    int x = 4;
    auto write = [&](const QString& s) {
        painter.drawText(QPoint(x, baseline), s);
        x += fm.horizontalAdvance(s) + kGap;
    };
    write(text[0]);
    write(text[1]);
    const QRect bar(x - kGap / 2, (height() - 8) / 2, kBarWidth - kGap, 8);
    for (int i = 0; i < bar.width(); ++i) {
        painter.setPen(QColor(viridis(double(i) / std::max(1, bar.width() - 1))));
        painter.drawLine(bar.left() + i, bar.top(), bar.left() + i, bar.bottom());
    }
    painter.setPen(palette().color(QPalette::WindowText));
    x = bar.right() + kGap;
    for (int i = 2; i < text.size(); ++i)
        write(text[i]);
}

} // namespace hhs::ui
