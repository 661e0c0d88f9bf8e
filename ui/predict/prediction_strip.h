// PredictionStrip: the picture of one prediction: the file's waveform, beneath it the
// prediction ribbon (one cell per window, in the class's colour, as opaque as the window is
// confident), a small time ruler, the selected stretch and the playhead. Hovering the ribbon
// shows the window's time and every class probability; a click selects the stretch under the
// mouse. Part of PredictionView. GUI thread only.
#pragma once

#include "predict/predicted_file.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace hhs::ui {

class PredictionStrip : public QWidget
{
    Q_OBJECT
public:
    explicit PredictionStrip(QWidget* parent = nullptr);

    // `colours`: one per class of the prediction, in the model's order.
    void setResult(std::shared_ptr<const PredictedFile> result, std::vector<QColor> colours);
    void setSelectedStretch(int index); // -1: none
    void setPlayhead(std::optional<double> seconds);

    // What the ribbon shows (tests and tooltips).
    int cellCount() const;
    QColor cellColour(int window) const; // with the window's confidence as alpha
    QString windowToolTip(int window) const;
    // The window / stretch at a time in seconds; -1 when none.
    int windowAt(double seconds) const;
    int stretchAt(double seconds) const;
    QRect ribbonRect() const;
    double secondsAtX(double x) const;
    double xForSeconds(double seconds) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stretchClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    double duration() const;
    QRect waveRect() const;
    QRect rulerRect() const;
    void paintWave(QPainter& painter) const;
    void paintRibbon(QPainter& painter) const;
    void paintRuler(QPainter& painter) const;

    std::shared_ptr<const PredictedFile> m_result;
    std::vector<QColor> m_colours;
    int m_selected = -1;
    int m_hover = -1;
    std::optional<double> m_playhead;
};

} // namespace hhs::ui
