// TrainingCharts: a run's learning curves, live or stored. Two Qt Charts side by side: accuracy
// (training and validation per epoch, 0..1) and loss (the same per epoch, plus the training loss
// per batch smoothed with an exponential moving average at fractional epochs). Training is drawn
// in blues, validation in oranges, the same in both charts; hovering a curve shows its value, a
// dashed line marks the epoch whose weights were kept, and the context menu saves both charts as
// one PNG or SVG image. GUI thread only: feed it from queued signals (one call per batch at most).
#pragma once

#include "jobs/result.h"
#include "ml/model.h"

#include <QWidget>
#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace hhs::ui {

enum class ChartSeries { TrainAccuracy, ValidationAccuracy, TrainLoss, ValidationLoss, BatchLoss };

class TrainingCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    // The smoothing of the per-batch loss: each batch moves the curve this far towards it.
    static constexpr double kBatchSmoothing = 0.1;
    // The per-batch curve keeps at most this many points (it skips batches beyond that).
    static constexpr int kMaxBatchPoints = 2000;

    void clear();                      // empties every series; the planned epochs stay
    void setPlannedEpochs(int epochs); // the x range shown from the start
    void addEpoch(const hhs::EpochMetrics& metrics);
    void addBatch(int epoch, int batchesDone, int batchesTotal, double loss);
    void setHistory(const std::vector<hhs::EpochMetrics>& history); // a stored run, no batches
    void setBestEpoch(int epoch); // marks the epoch whose weights were kept; 0 = none

    int epochCount() const { return static_cast<int>(m_history.size()); }
    int bestEpoch() const { return m_bestEpoch; }
    QLineSeries* series(ChartSeries which) const;
    QValueAxis* xAxis(bool lossChart) const;
    QValueAxis* yAxis(bool lossChart) const;
    // The hover tooltip: the series, the nearest point's epoch and its value.
    QString hoverText(ChartSeries which, const QPointF& point) const;
    static QString fullName(ChartSeries which);

    // One image of both charts, as they are on screen: ".png" or ".svg" by the suffix.
    hhs::Status save(const QString& path) const;

public Q_SLOTS:
    // Asks where to save (PNG or SVG) and reports a failure; does nothing under HHS_NO_DIALOGS.
    void saveWithDialog();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct ChartParts
    {
        QChart* chart = nullptr;
        QChartView* view = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        QLineSeries* best = nullptr;
    };

    ChartParts makeChart(const QString& title);
    QLineSeries* addSeries(ChartParts& parts, const QString& name, const QColor& colour,
                           qreal width, Qt::PenStyle style);
    void showTooltip(ChartSeries which, const QPointF& point, bool state);
    void appendEpochPoints(const hhs::EpochMetrics& metrics);
    void coverLoss(double value);
    void updateXRange();
    void updateBestMarker();
    void updatePointMarkers();
    void appendBatchPoint(const QPointF& point);

    ChartParts m_accuracy;
    ChartParts m_loss;
    QLineSeries* m_series[5] = {};

    std::vector<hhs::EpochMetrics> m_history;
    int m_plannedEpochs = 0;
    int m_bestEpoch = 0;
    double m_maxLoss = 0;
    double m_lastBatchX = 0;

    // The per-batch curve: the moving average, and which batches become points.
    double m_smoothedLoss = 0;
    bool m_hasSmoothed = false;
    long long m_batchesSeen = 0;
    int m_batchStride = 1;
};

} // namespace hhs::ui
