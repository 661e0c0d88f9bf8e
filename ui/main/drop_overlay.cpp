#include "main/drop_overlay.h"

#include <QPainter>
#include <QPainterPath>

namespace hhs::ui {
namespace {
constexpr int kMargin = 40;
constexpr int kGap = 24;
} // namespace

DropOverlay::DropOverlay(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setObjectName(QStringLiteral("dropOverlay"));
    hide();
}

void DropOverlay::begin(const QString& importReason, const QString& predictText,
                        const QString& predictReason)
{
    m_importReason = importReason;
    m_predictText = predictText;
    m_predictReason = predictReason;
    m_hovered = Zone::None;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

void DropOverlay::end()
{
    hide();
    m_hovered = Zone::None;
}

QRect DropOverlay::zoneRect(Zone zone) const
{
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int half = (area.width() - kGap) / 2;
    if (zone == Zone::Import) return QRect(area.left(), area.top(), half, area.height());
    if (zone == Zone::Predict)
        return QRect(area.left() + half + kGap, area.top(), half, area.height());
    return {};
}

DropOverlay::Zone DropOverlay::zoneAt(const QPoint& pos) const
{
    // The window is split down the middle: left imports, right predicts.
    const QPoint local = mapFromParent(pos);
    const Zone zone = local.x() < width() / 2 ? Zone::Import : Zone::Predict;
    if (zone == Zone::Import && !m_importReason.isEmpty()) return Zone::None;
    if (zone == Zone::Predict && !m_predictReason.isEmpty()) return Zone::None;
    return zone;
}

void DropOverlay::setHovered(Zone zone)
{
    if (zone == m_hovered) return;
    m_hovered = zone;
    update();
}

void DropOverlay::paintZone(QPainter& painter, Zone zone, const QString& title,
                            const QString& detail, bool available)
{
    const QRect box = zoneRect(zone);
    const bool hovered = m_hovered == zone;
    QPainterPath path;
    path.addRoundedRect(QRectF(box), 18, 18);
    const QColor accent =
        zone == Zone::Import ? QColor(0x4a, 0x78, 0xd0) : QColor(0xe0, 0x80, 0x3a);
    QColor fill = available ? accent : QColor(0x80, 0x80, 0x80);
    fill.setAlpha(hovered ? 200 : 90);
    painter.fillPath(path, fill);
    QPen border(available ? accent.lighter(130) : QColor(0xa0, 0xa0, 0xa0), hovered ? 4 : 2,
                Qt::DashLine);
    painter.setPen(border);
    painter.drawPath(path);

    painter.setPen(Qt::white);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    painter.setFont(big);
    const QRect titleRect = box.adjusted(20, box.height() / 2 - 60, -20, -box.height() / 2);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, title);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 1.1);
    painter.setFont(small);
    const QRect detailRect = box.adjusted(30, box.height() / 2 + 12, -30, -20);
    painter.drawText(detailRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
}

void DropOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(20, 20, 28, 170));
    paintZone(painter, Zone::Import, tr("Import into the Project"),
              m_importReason.isEmpty() ? tr("Each file becomes a track to listen to and label.")
                                       : m_importReason,
              m_importReason.isEmpty());
    paintZone(painter, Zone::Predict, tr("Predict"),
              m_predictReason.isEmpty() ? m_predictText : m_predictReason,
              m_predictReason.isEmpty());
}

} // namespace hhs::ui
