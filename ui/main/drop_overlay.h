// DropOverlay: what a file dragged over the window will do. While files are dragged over the
// window it covers it with two targets, "Import into the project" and "Predict with the active
// model"; the one under the pointer lights up, and a target that cannot take the files says
// why (no project open, no model trained yet). Draws only: the window asks zoneAt() and
// decides. GUI thread only.
#pragma once

#include <QWidget>

namespace hhs::ui {

class DropOverlay : public QWidget
{
    Q_OBJECT
public:
    enum class Zone { None, Import, Predict };

    explicit DropOverlay(QWidget* parent);

    // Shows the overlay over the whole parent. An empty reason means the target is available.
    void begin(const QString& importReason, const QString& predictText,
               const QString& predictReason);
    void end();
    // The target under `pos` (parent coordinates); None when it is unavailable.
    Zone zoneAt(const QPoint& pos) const;
    void setHovered(Zone zone);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect zoneRect(Zone zone) const;
    void paintZone(QPainter& painter, Zone zone, const QString& title, const QString& detail,
                   bool available);

    QString m_importReason;
    QString m_predictText;
    QString m_predictReason;
    Zone m_hovered = Zone::None;
};

} // namespace hhs::ui
