// MfccLegend: the MFCC lane's colour scale as a thin strip of its own under the lane (low … high
// in viridis, and the range of c0, c1 and c2–12), so it covers neither the map nor a selection.
// GUI thread only.
#pragma once

#include <QWidget>

namespace hhs::ui {

class MfccLegend : public QWidget
{
    Q_OBJECT
public:
    explicit MfccLegend(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The legend's text, in the order drawn (tests check it fits).
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QFont legendFont() const;
};

} // namespace hhs::ui
