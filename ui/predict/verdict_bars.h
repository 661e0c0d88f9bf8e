// VerdictBars: a prediction's overall verdict as one horizontal bar per class (the class's
// colour, its name and the mean probability in per cent), the winning class in bold. Part of
// PredictionView. GUI thread only.
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace hhs::ui {

class VerdictBars : public QWidget
{
    Q_OBJECT
public:
    explicit VerdictBars(QWidget* parent = nullptr);

    // One probability and one colour per class, in the same order; `winner` is bold.
    void setVerdict(const QStringList& classes, const std::vector<double>& probabilities,
                    const std::vector<QColor>& colours, int winner);
    void clear();

    // "boom bap 62.0 %, trap 30.5 %, singing 7.5 %" (tests, accessibility).
    QString text() const;
    // The percentages drawn, in class order.
    std::vector<double> percentages() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;

    QStringList m_classes;
    std::vector<double> m_probabilities;
    std::vector<QColor> m_colours;
    int m_winner = -1;
};

} // namespace hhs::ui
