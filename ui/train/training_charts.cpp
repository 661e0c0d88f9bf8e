#include "train/training_charts.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace hhs::ui {

namespace {

// Training in blues, validation in oranges: the same in both charts.
const QColor kTrainColour(0x1f, 0x6f, 0xb4);
const QColor kBatchColour(0x8c, 0xb8, 0xe0);
const QColor kValidationColour(0xe6, 0x6a, 0x0a);
const QColor kBestColour(0x3a, 0x8d, 0x5c);
// Past this many epochs the per-epoch dots would crowd the line: only the line is drawn.
constexpr int kMaxEpochsWithDots = 60;
constexpr double kDotRadius = 2.6;

int index(ChartSeries which)
{
    return static_cast<int>(which);
}

// A tick step that gives at most about six labelled epochs (they fit a narrow chart): 1, 2, 5, 10,
// 20, 25, 50, 100...
double epochTickStep(double span)
{
    for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 500.0})
        if (span / step <= 6.0) return step;
    return std::ceil(span / 6.0);
}

// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (times a power of ten) that is >= value.
double niceCeiling(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (m * power >= value * (1 - 1e-12)) return m * power;
    return 10 * power;
}

// Decimals that show a step (and so every tick) exactly: 0.2 -> 1, 0.16 -> 2, 2 -> 0.
int decimalsFor(double step)
{
    for (int d = 0; d < 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6) return d;
    }
    return 4;
}

} // namespace

TrainingCharts::TrainingCharts(QWidget* parent) : QWidget(parent)
{
    m_accuracy = makeChart(tr("Accuracy"));
    m_loss = makeChart(tr("Loss"));
    m_accuracy.y->setRange(0, 1);
    m_accuracy.y->setTickCount(6);
    m_accuracy.y->setLabelFormat(QStringLiteral("%.1f"));

    m_series[index(ChartSeries::BatchLoss)] =
        addSeries(m_loss, tr("per batch"), kBatchColour, 1.2, Qt::SolidLine);
    m_series[index(ChartSeries::TrainAccuracy)] =
        addSeries(m_accuracy, tr("training"), kTrainColour, 2.2, Qt::SolidLine);
    m_series[index(ChartSeries::ValidationAccuracy)] =
        addSeries(m_accuracy, tr("validation"), kValidationColour, 2.2, Qt::SolidLine);
    m_series[index(ChartSeries::TrainLoss)] =
        addSeries(m_loss, tr("training"), kTrainColour, 2.2, Qt::SolidLine);
    m_series[index(ChartSeries::ValidationLoss)] =
        addSeries(m_loss, tr("validation"), kValidationColour, 2.2, Qt::SolidLine);
    for (ChartSeries which :
         {ChartSeries::TrainAccuracy, ChartSeries::ValidationAccuracy, ChartSeries::TrainLoss,
          ChartSeries::ValidationLoss, ChartSeries::BatchLoss})
        connect(
            series(which), &QLineSeries::hovered, this,
            [this, which](const QPointF& point, bool state) { showTooltip(which, point, state); });
    for (ChartParts* parts : {&m_accuracy, &m_loss}) {
        parts->best = addSeries(*parts, QString(), kBestColour, 1.5, Qt::DashLine);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_accuracy.view);
    layout->addWidget(m_loss.view);
    clear();
}

TrainingCharts::ChartParts TrainingCharts::makeChart(const QString& title)
{
    ChartParts parts;
    parts.chart = new QChart;
    parts.chart->setTitle(title);
    QFont titleFont = parts.chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    parts.chart->setTitleFont(titleFont);
    parts.chart->setBackgroundRoundness(0);
    parts.chart->setDropShadowEnabled(false);
    // Tight margins and no y-axis title (the chart's title names it): the legend and the tick
    // labels fit a 1280-pixel-wide window's Train panel uncut.
    parts.chart->setMargins(QMargins(2, 2, 6, 2));
    parts.chart->layout()->setContentsMargins(0, 0, 0, 0);
    parts.chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = parts.chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.92);
    parts.chart->legend()->setFont(legendFont);
    parts.chart->setAnimationOptions(QChart::NoAnimation);

    parts.x = new QValueAxis;
    parts.x->setTitleText(tr("epoch"));
    parts.x->setLabelFormat(QStringLiteral("%d"));
    parts.x->setTickType(QValueAxis::TicksDynamic);
    parts.x->setTickAnchor(0);
    parts.x->setMinorTickCount(0);
    parts.y = new QValueAxis;
    parts.chart->addAxis(parts.x, Qt::AlignBottom);
    parts.chart->addAxis(parts.y, Qt::AlignLeft);

    parts.view = new QChartView(parts.chart, this);
    parts.view->setRenderHint(QPainter::Antialiasing);
    parts.view->setMinimumSize(220, 160);
    parts.view->setContextMenuPolicy(Qt::NoContextMenu); // our context menu covers both charts
    return parts;
}

QLineSeries* TrainingCharts::addSeries(ChartParts& parts, const QString& name, const QColor& colour,
                                       qreal width, Qt::PenStyle style)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(colour, width, style, Qt::RoundCap, Qt::RoundJoin);
    line->setPen(pen);
    parts.chart->addSeries(line);
    line->attachAxis(parts.x);
    line->attachAxis(parts.y);
    return line;
}

QLineSeries* TrainingCharts::series(ChartSeries which) const
{
    return m_series[index(which)];
}

QValueAxis* TrainingCharts::xAxis(bool lossChart) const
{
    return lossChart ? m_loss.x : m_accuracy.x;
}

QValueAxis* TrainingCharts::yAxis(bool lossChart) const
{
    return lossChart ? m_loss.y : m_accuracy.y;
}

void TrainingCharts::clear()
{
    for (QLineSeries* line : m_series) {
        line->clear();
        line->clearPointsConfiguration();
    }
    m_history.clear();
    m_bestEpoch = 0;
    m_maxLoss = 0;
    m_lastBatchX = 0;
    m_smoothedLoss = 0;
    m_hasSmoothed = false;
    m_batchesSeen = 0;
    m_batchStride = 1;
    m_loss.y->setRange(0, 1);
    m_loss.y->setTickCount(6);
    m_loss.y->setLabelFormat(QStringLiteral("%.1f"));
    updateXRange();
    updateBestMarker();
    updatePointMarkers();
}

void TrainingCharts::setPlannedEpochs(int epochs)
{
    m_plannedEpochs = std::max(0, epochs);
    updateXRange();
}

void TrainingCharts::addEpoch(const EpochMetrics& metrics)
{
    m_history.push_back(metrics);
    if (m_history.back().epoch <= 0) m_history.back().epoch = epochCount();
    appendEpochPoints(m_history.back());
    updateXRange();
    if (epochCount() == kMaxEpochsWithDots + 1 || epochCount() == 1) updatePointMarkers();
}

void TrainingCharts::appendEpochPoints(const EpochMetrics& metrics)
{
    const double x = metrics.epoch;
    const auto add = [x](QLineSeries* line, double y) {
        if (!std::isfinite(y)) return;
        line->append(x, y);
        line->setPointConfiguration(line->count() - 1, QXYSeries::PointConfiguration::Size,
                                    kDotRadius);
    };
    add(series(ChartSeries::TrainAccuracy), metrics.trainAccuracy);
    add(series(ChartSeries::ValidationAccuracy), metrics.validationAccuracy);
    add(series(ChartSeries::TrainLoss), metrics.trainLoss);
    add(series(ChartSeries::ValidationLoss), metrics.validationLoss);
    coverLoss(metrics.trainLoss);
    coverLoss(metrics.validationLoss);
}

void TrainingCharts::addBatch(int epoch, int batchesDone, int batchesTotal, double loss)
{
    if (!std::isfinite(loss) || batchesTotal <= 0) return;
    m_smoothedLoss =
        m_hasSmoothed ? m_smoothedLoss + kBatchSmoothing * (loss - m_smoothedLoss) : loss;
    m_hasSmoothed = true;
    if (m_batchesSeen == 0 && m_plannedEpochs > 0) {
        // Room for the strided batches and each epoch's last batch, which is always drawn.
        const long long planned = static_cast<long long>(m_plannedEpochs) * batchesTotal;
        const long long budget = std::max(kMaxBatchPoints / 2, kMaxBatchPoints - m_plannedEpochs);
        m_batchStride = static_cast<int>(std::max(1LL, (planned + budget - 1) / budget));
    }
    const bool endOfEpoch = batchesDone >= batchesTotal;
    if (m_batchesSeen++ % m_batchStride != 0 && !endOfEpoch) return;
    const double x =
        epoch - 1 + std::clamp(batchesDone, 0, batchesTotal) / static_cast<double>(batchesTotal);
    appendBatchPoint(QPointF(x, m_smoothedLoss));
    coverLoss(m_smoothedLoss);
    m_lastBatchX = std::max(m_lastBatchX, x);
    if (std::ceil(m_lastBatchX) > m_loss.x->max()) updateXRange();
}

void TrainingCharts::appendBatchPoint(const QPointF& point)
{
    QLineSeries* line = series(ChartSeries::BatchLoss);
    if (line->count() >= kMaxBatchPoints) {
        // Rare (a run longer than planned): keep every other point and take half as many.
        const QList<QPointF> points = line->points();
        QList<QPointF> kept;
        kept.reserve(points.size() / 2 + 1);
        for (qsizetype i = 0; i < points.size(); i += 2)
            kept.append(points[i]);
        line->replace(kept);
        m_batchStride *= 2;
    }
    line->append(point);
}

void TrainingCharts::setHistory(const std::vector<EpochMetrics>& history)
{
    clear();
    for (const EpochMetrics& metrics : history) {
        m_history.push_back(metrics);
        if (m_history.back().epoch <= 0) m_history.back().epoch = epochCount();
        appendEpochPoints(m_history.back());
    }
    updateXRange();
    updatePointMarkers();
}

void TrainingCharts::setBestEpoch(int epoch)
{
    m_bestEpoch = std::max(0, epoch);
    updateBestMarker();
}

void TrainingCharts::coverLoss(double value)
{
    if (!std::isfinite(value) || value <= m_maxLoss) return;
    m_maxLoss = value;
    const double top = niceCeiling(std::max(m_maxLoss * 1.1, 1e-6));
    if (top == m_loss.y->max()) return;
    m_loss.y->setRange(0, top);
    m_loss.y->setLabelFormat(QStringLiteral("%.%1f").arg(decimalsFor(top / 5)));
    updateBestMarker();
}

void TrainingCharts::updateXRange()
{
    const int lastEpoch = m_history.empty() ? 0 : m_history.back().epoch;
    double top = std::max({m_plannedEpochs, lastEpoch, static_cast<int>(std::ceil(m_lastBatchX))});
    if (top <= 0) top = 10;
    for (QValueAxis* x : {m_accuracy.x, m_loss.x}) {
        if (x->max() == top && x->min() == 0) continue;
        // The interval first: the axis lays its labels out when the range changes.
        x->setTickInterval(epochTickStep(top));
        x->setRange(0, top);
    }
}

void TrainingCharts::updateBestMarker()
{
    for (ChartParts* parts : {&m_accuracy, &m_loss}) {
        parts->best->clear();
        // The marker's line is always in the chart; only its legend entry comes and goes, and
        // only in the accuracy chart (the same dashed line in the loss chart needs no second
        // entry in an already full legend).
        for (QLegendMarker* marker : parts->chart->legend()->markers(parts->best))
            marker->setVisible(m_bestEpoch > 0 && parts == &m_accuracy);
        if (m_bestEpoch <= 0) continue;
        parts->best->setName(tr("kept (epoch %1)").arg(m_bestEpoch));
        parts->best->append(m_bestEpoch, parts->y->min());
        parts->best->append(m_bestEpoch, parts->y->max());
    }
}

void TrainingCharts::updatePointMarkers()
{
    const bool dots = epochCount() <= kMaxEpochsWithDots;
    for (ChartSeries which : {ChartSeries::TrainAccuracy, ChartSeries::ValidationAccuracy,
                              ChartSeries::TrainLoss, ChartSeries::ValidationLoss})
        series(which)->setPointsVisible(dots);
}

// The legend's names are short (the chart's title says what they measure); hovering says it all.
QString TrainingCharts::fullName(ChartSeries which)
{
    switch (which) {
    case ChartSeries::TrainAccuracy:
        return tr("training accuracy");
    case ChartSeries::ValidationAccuracy:
        return tr("validation accuracy");
    case ChartSeries::TrainLoss:
        return tr("training loss");
    case ChartSeries::ValidationLoss:
        return tr("validation loss");
    case ChartSeries::BatchLoss:
        break;
    }
    return tr("training loss (per batch, smoothed)");
}

QString TrainingCharts::hoverText(ChartSeries which, const QPointF& point) const
{
    const QString name = fullName(which);
    if (which == ChartSeries::BatchLoss) {
        const QList<QPointF> points = series(which)->points();
        if (points.isEmpty()) return {};
        auto it = std::lower_bound(points.begin(), points.end(), point.x(),
                                   [](const QPointF& p, double x) { return p.x() < x; });
        if (it == points.end()) --it;
        if (it != points.begin() && point.x() - (it - 1)->x() < it->x() - point.x()) --it;
        return tr("%1, epoch %2: %3")
            .arg(name, QLocale().toString(it->x() + 1, 'f', 2),
                 QLocale().toString(it->y(), 'f', 3));
    }
    if (m_history.empty()) return {};
    const auto nearest = std::min_element(
        m_history.begin(), m_history.end(), [&point](const EpochMetrics& a, const EpochMetrics& b) {
            return std::abs(a.epoch - point.x()) < std::abs(b.epoch - point.x());
        });
    double value = 0;
    switch (which) {
    case ChartSeries::TrainAccuracy:
        value = nearest->trainAccuracy;
        break;
    case ChartSeries::ValidationAccuracy:
        value = nearest->validationAccuracy;
        break;
    case ChartSeries::TrainLoss:
        value = nearest->trainLoss;
        break;
    case ChartSeries::ValidationLoss:
        value = nearest->validationLoss;
        break;
    case ChartSeries::BatchLoss:
        break;
    }
    return tr("%1, epoch %2: %3")
        .arg(name)
        .arg(nearest->epoch)
        .arg(QLocale().toString(value, 'f', 3));
}

void TrainingCharts::showTooltip(ChartSeries which, const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(which, point), this);
}

} // namespace hhs::ui
