// The training panel's two drawings: the learning-curve charts (what each series holds after
// epochs and batches arrive, how the axes follow, the smoothing and thinning of the per-batch
// loss, saving as PNG/SVG and the errors for bad paths) and the confusion matrix (clicks and keys
// select and activate cells, tooltips, colours of right and wrong answers, empty rows, Korean
// names). Also writes charts.png and confusion.png (test::scratchPath) for a person to look at.
#include "gui_test_support.h"
#include "train/confusion_matrix_view.h"
#include "train/training_charts.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>
#include <cmath>

using namespace hhs;
using namespace hhs::ui;

namespace {

EpochMetrics metricsFor(int epoch)
{
    EpochMetrics m;
    m.epoch = epoch;
    m.trainLoss = 1.1 * std::exp(-0.08 * epoch) + 0.05;
    m.validationLoss = 1.0 * std::exp(-0.06 * epoch) + 0.2 + 0.004 * epoch;
    m.trainAccuracy = 0.95 - 0.6 * std::exp(-0.12 * epoch);
    m.validationAccuracy = 0.86 - 0.5 * std::exp(-0.1 * epoch);
    m.seconds = 3.5;
    return m;
}

// A realistic run: 30 epochs of 40 batches with noisy batch losses.
void feedRun(TrainingCharts& charts, int epochs)
{
    charts.setPlannedEpochs(epochs);
    for (int e = 1; e <= epochs; ++e) {
        const EpochMetrics m = metricsFor(e);
        for (int b = 1; b <= 40; ++b)
            charts.addBatch(e, b, 40, m.trainLoss * (1.0 + 0.35 * std::sin(b * 2.3 + e)));
        charts.addEpoch(m);
    }
}

const QStringList kStyles{QStringLiteral("boom bap"), QStringLiteral("trap"),
                          QStringLiteral("singing")};
const std::vector<QColor> kStyleColours{QColor(0xd9, 0x8c, 0x1f), QColor(0x7b, 0x4f, 0xc9),
                                        QColor(0x2f, 0x9e, 0x6a)};
const std::vector<std::vector<int>> kCounts{{38, 12, 0}, {5, 52, 3}, {2, 4, 44}};

} // namespace

class TrainWidgetsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Each epoch adds exactly one point, at x = epoch, to each of the four epoch curves.
    void epochsFillTheFourCurves()
    {
        TrainingCharts charts;
        for (int e = 1; e <= 7; ++e)
            charts.addEpoch(metricsFor(e));
        QCOMPARE(charts.epochCount(), 7);
        for (ChartSeries which : {ChartSeries::TrainAccuracy, ChartSeries::ValidationAccuracy,
                                  ChartSeries::TrainLoss, ChartSeries::ValidationLoss})
            QCOMPARE(charts.series(which)->count(), 7);
        QCOMPARE(charts.series(ChartSeries::BatchLoss)->count(), 0);
        const EpochMetrics m = metricsFor(5);
        QCOMPARE(charts.series(ChartSeries::TrainAccuracy)->at(4), QPointF(5, m.trainAccuracy));
        QCOMPARE(charts.series(ChartSeries::ValidationAccuracy)->at(4),
                 QPointF(5, m.validationAccuracy));
        QCOMPARE(charts.series(ChartSeries::TrainLoss)->at(4), QPointF(5, m.trainLoss));
        QCOMPARE(charts.series(ChartSeries::ValidationLoss)->at(4), QPointF(5, m.validationLoss));
    }

    // The loss axis starts at 0 and grows to cover a large loss; accuracy stays 0..1.
    void lossAxisCoversLargeLoss()
    {
        TrainingCharts charts;
        charts.addEpoch(metricsFor(1));
        EpochMetrics spike = metricsFor(2);
        spike.validationLoss = 7.3;
        charts.addEpoch(spike);
        QCOMPARE(charts.yAxis(true)->min(), 0.0);
        QVERIFY(charts.yAxis(true)->max() >= 7.3 * 1.1 - 1e-9);
        QVERIFY(charts.yAxis(true)->max() <= 7.3 * 1.1 * 1.5);
        QCOMPARE(charts.yAxis(false)->min(), 0.0);
        QCOMPARE(charts.yAxis(false)->max(), 1.0);
    }

    // The x axis shows the planned epochs from the start, with whole-epoch ticks (at most ~10),
    // and grows when a run goes past them.
    void xAxisShowsPlannedEpochs()
    {
        TrainingCharts charts;
        for (int planned : {1, 7, 30, 50, 120, 200}) {
            charts.setPlannedEpochs(planned);
            for (bool loss : {false, true}) {
                QValueAxis* x = charts.xAxis(loss);
                QCOMPARE(x->max(), double(planned));
                QCOMPARE(x->tickType(), QValueAxis::TicksDynamic);
                QCOMPARE(x->tickInterval(), std::round(x->tickInterval()));
                QVERIFY(planned / x->tickInterval() <= 10.0);
            }
        }
        charts.setPlannedEpochs(5);
        charts.addEpoch(metricsFor(6));
        QCOMPARE(charts.xAxis(true)->max(), 6.0);
    }

    // Batches land at fractional epochs; the curve is an exponential moving average (alpha 0.1)
    // that stays between the smallest and largest loss fed, and clear() restarts it.
    void batchesAreSmoothed()
    {
        TrainingCharts charts;
        charts.setPlannedEpochs(3);
        for (int b = 1; b <= 10; ++b)
            charts.addBatch(2, b, 10, b % 2 ? 1.0 : 2.0);
        QLineSeries* batches = charts.series(ChartSeries::BatchLoss);
        QCOMPARE(batches->count(), 10);
        QCOMPARE(batches->at(0), QPointF(1.1, 1.0));
        QCOMPARE(batches->at(1), QPointF(1.2, 1.1)); // 1.0 + 0.1 * (2.0 - 1.0)
        QCOMPARE(batches->at(9).x(), 2.0);
        for (const QPointF& p : batches->points())
            QVERIFY(p.y() >= 1.0 && p.y() <= 2.0);
        charts.clear();
        QCOMPARE(batches->count(), 0);
        charts.addBatch(1, 1, 10, 5.0);
        QCOMPARE(batches->at(0).y(), 5.0);
    }

    // A long run keeps at most kMaxBatchPoints per-batch points, planned or not, and still
    // reaches the last batch.
    void batchCurveIsThinned()
    {
        TrainingCharts planned;
        planned.setPlannedEpochs(50);
        for (int e = 1; e <= 50; ++e)
            for (int b = 1; b <= 400; ++b)
                planned.addBatch(e, b, 400, 1.0);
        QLineSeries* line = planned.series(ChartSeries::BatchLoss);
        QVERIFY(line->count() <= TrainingCharts::kMaxBatchPoints);
        QVERIFY(line->count() >= TrainingCharts::kMaxBatchPoints / 2);
        QCOMPARE(line->at(line->count() - 1).x(), 50.0);

        TrainingCharts unplanned;
        for (int e = 1; e <= 25; ++e)
            for (int b = 1; b <= 400; ++b)
                unplanned.addBatch(e, b, 400, 1.0);
        QVERIFY(unplanned.series(ChartSeries::BatchLoss)->count() <=
                TrainingCharts::kMaxBatchPoints);
        QCOMPARE(unplanned.xAxis(true)->max(), 25.0);
    }

    // clear() empties every curve and the kept-weights marker; setHistory shows a stored run
    // in place of what was there, without a batch curve.
    void clearAndHistory()
    {
        TrainingCharts charts;
        feedRun(charts, 4);
        charts.setBestEpoch(3);
        QCOMPARE(charts.bestEpoch(), 3);
        charts.clear();
        QCOMPARE(charts.epochCount(), 0);
        QCOMPARE(charts.bestEpoch(), 0);
        for (ChartSeries which :
             {ChartSeries::TrainAccuracy, ChartSeries::ValidationAccuracy, ChartSeries::TrainLoss,
              ChartSeries::ValidationLoss, ChartSeries::BatchLoss})
            QCOMPARE(charts.series(which)->count(), 0);

        feedRun(charts, 3);
        std::vector<EpochMetrics> history;
        for (int e = 1; e <= 12; ++e)
            history.push_back(metricsFor(e));
        charts.setHistory(history);
        QCOMPARE(charts.epochCount(), 12);
        QCOMPARE(charts.series(ChartSeries::ValidationLoss)->count(), 12);
        QCOMPARE(charts.series(ChartSeries::ValidationLoss)->at(11).y(),
                 history[11].validationLoss);
        QCOMPARE(charts.series(ChartSeries::BatchLoss)->count(), 0);
        QVERIFY(charts.xAxis(false)->max() >= 12);
    }

    // The kept-weights marker is a visible line at that epoch in both charts.
    void bestEpochMarker()
    {
        TrainingCharts charts;
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        feedRun(charts, 10);
        charts.setBestEpoch(7);
        // The dashed line in both charts; its legend entry only under the accuracy chart.
        for (ChartSeries which : {ChartSeries::TrainAccuracy, ChartSeries::TrainLoss}) {
            int markers = 0;
            for (QAbstractSeries* s : charts.series(which)->chart()->series()) {
                auto* line = qobject_cast<QLineSeries*>(s);
                if (!line || !line->name().contains(QLatin1String("kept (epoch"))) continue;
                ++markers;
                const QList<QLegendMarker*> legend = line->chart()->legend()->markers(line);
                QCOMPARE(legend.size(), 1);
                QCOMPARE(legend.first()->isVisible(), which == ChartSeries::TrainAccuracy);
                QCOMPARE(legend.first()->label(), QStringLiteral("kept (epoch 7)"));
                QCOMPARE(line->count(), 2);
                QCOMPARE(line->at(0).x(), 7.0);
                QCOMPARE(line->at(1).x(), 7.0);
            }
            QCOMPARE(markers, 1);
        }
        charts.setBestEpoch(0); // no marker and no legend entry
        QChart* chart = charts.series(ChartSeries::TrainLoss)->chart();
        for (QAbstractSeries* s : chart->series()) {
            auto* line = qobject_cast<QLineSeries*>(s);
            if (!line->name().contains(QLatin1String("kept (epoch"))) continue;
            QCOMPARE(line->count(), 0);
            QVERIFY(!chart->legend()->markers(line).first()->isVisible());
        }
    }

    // Hovering names the series, the nearest epoch and its value.
    void hoverText()
    {
        TrainingCharts charts;
        for (int e = 1; e <= 9; ++e) {
            EpochMetrics m = metricsFor(e);
            if (e == 7) m.validationAccuracy = 0.8124;
            charts.addEpoch(m);
        }
        QCOMPARE(charts.hoverText(ChartSeries::ValidationAccuracy, QPointF(7.3, 0.8)),
                 QStringLiteral("validation accuracy, epoch 7: 0.812"));
        QVERIFY(charts.hoverText(ChartSeries::TrainLoss, QPointF(1.9, 1))
                    .startsWith(QLatin1String("training loss, epoch 2: ")));
    }

    // save() writes a PNG of the widget's size and an SVG; a wrong suffix or a missing folder is
    // an error naming the path.
    void saveImages()
    {
        TrainingCharts charts;
        charts.resize(1000, 380);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        feedRun(charts, 30);
        charts.setBestEpoch(24);

        const QString png = test::scratchPath(QStringLiteral("charts.png"));
        QVERIFY2(charts.save(png).ok(), qPrintable(charts.save(png).message()));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), charts.size());
        QVERIFY(QFileInfo(png).size() > 1000);

        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("charts.svg"));
        QVERIFY(charts.save(svgPath).ok());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.startsWith("<?xml") || text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));

        const QString wrong = dir.filePath(QStringLiteral("x.txt"));
        const Status bad = charts.save(wrong);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().contains(wrong), qPrintable(bad.message()));
        QVERIFY(!QFile::exists(wrong));

        const QString missing = dir.filePath(QStringLiteral("no such folder/charts.png"));
        const Status unwritable = charts.save(missing);
        QVERIFY(!unwritable.ok());
        QVERIFY2(unwritable.message().contains(missing), qPrintable(unwritable.message()));
    }

    // The context menu offers "Save Chart As…"; under HHS_NO_DIALOGS it opens no dialog.
    void contextMenuOffersSave()
    {
        QVERIFY(qEnvironmentVariableIsSet("HHS_NO_DIALOGS"));
        TrainingCharts charts;
        charts.resize(700, 300);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(100, 100),
                                charts.mapToGlobal(QPoint(100, 100)));
        QApplication::sendEvent(&charts, &event);
        auto* menu = charts.findChild<QMenu*>();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Save Chart As…"));
        menu->actions().first()->trigger(); // returns at once: no dialog
        menu->close();
    }

    // A click on a cell selects it and reports (truth, predicted).
    void clickActivatesCell()
    {
        ConfusionMatrixView view;
        view.setMatrix(kStyles, kStyleColours, kCounts);
        view.resize(520, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &ConfusionMatrixView::cellActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.cellRect(0, 2).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 0);
        QCOMPARE(spy.at(0).at(1).toInt(), 2);
        QCOMPARE(view.selectedCell(), std::make_optional(std::make_pair(0, 2)));
        // The recall column and the headers are not cells.
        QTest::mouseClick(&view, Qt::LeftButton, {},
                          view.cellRect(0, 2).center() + QPoint(view.cellRect(0, 2).width(), 0) +
                              QPoint(8, 0));
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(spy.count(), 1);
    }

    // Arrow keys move the selection (stopping at the edges), Return and Enter activate it.
    void keysMoveAndActivate()
    {
        ConfusionMatrixView view;
        view.setMatrix(kStyles, kStyleColours, kCounts);
        view.resize(520, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
        QSignalSpy spy(&view, &ConfusionMatrixView::cellActivated);
        QTest::keyClick(&view, Qt::Key_Right); // the first arrow selects the top-left cell
        QCOMPARE(view.selectedCell(), std::make_optional(std::make_pair(0, 0)));
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedCell(), std::make_optional(std::make_pair(2, 1)));
        QCOMPARE(spy.count(), 0);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 2);
        QCOMPARE(spy.at(0).at(1).toInt(), 1);
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Up);
        QTest::keyClick(&view, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 1);
        QCOMPARE(spy.at(1).at(1).toInt(), 0);
    }

    // Tooltips say how many of a class went where.
    void cellToolTips()
    {
        ConfusionMatrixView view;
        view.setMatrix(kStyles, {}, {{36, 12, 2}, {0, 0, 0}, {1, 1, 48}});
        QCOMPARE(view.cellToolTip(0, 1),
                 QStringLiteral("12 of 50 boom bap segments were predicted as trap (24 %)"));
        QCOMPARE(view.cellToolTip(0, 0),
                 QStringLiteral("36 of 50 boom bap segments were predicted correctly (72 %)"));
        QCOMPARE(view.cellToolTip(1, 2), QStringLiteral("No trap segments in the test set"));
        QVERIFY(view.cellToolTip(3, 3).contains(QLatin1String("84 of 100")));
    }

    // An all-zero row (a class missing from the test set) paints; no division by zero.
    void emptyRowPaints()
    {
        ConfusionMatrixView view;
        view.setMatrix(kStyles, kStyleColours, {{30, 5, 1}, {0, 0, 0}, {2, 3, 40}});
        view.resize(520, 420);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        const QImage empty = [] {
            ConfusionMatrixView none;
            none.resize(300, 200);
            return none.grab().toImage();
        }();
        QVERIFY(!empty.isNull());
        QVERIFY(!ConfusionMatrixView().cellRect(0, 0).isValid());
    }

    // A right answer and a confusion with the same count and row share look different: the
    // diagonal green-teal, the confusion orange-red.
    void diagonalAndConfusionColoursDiffer()
    {
        ConfusionMatrixView view;
        view.setMatrix(kStyles, kStyleColours, {{20, 20, 0}, {0, 40, 0}, {0, 0, 40}});
        view.resize(520, 420);
        const QImage image = view.grab().toImage();
        const auto sample = [&](int t, int p) {
            return image.pixelColor(view.cellRect(t, p).topLeft() + QPoint(8, 8));
        };
        const QColor right = sample(0, 0);
        const QColor wrong = sample(0, 1);
        QVERIFY(right != wrong);
        QVERIFY2(right.green() > right.red(), qPrintable(right.name()));
        QVERIFY2(wrong.red() > wrong.green(), qPrintable(wrong.name()));
    }

    // Korean class names are laid out and drawn (and appear in the tooltips).
    void koreanClassNames()
    {
        ConfusionMatrixView view;
        const QStringList korean{QStringLiteral("붐뱁"), QStringLiteral("트랩"),
                                 QStringLiteral("싱잉 (노래하는 랩, 아주 긴 이름)")};
        view.setMatrix(korean, kStyleColours, kCounts);
        view.resize(560, 440);
        const QImage image = view.grab().toImage();
        QVERIFY(image.save(test::scratchPath(QStringLiteral("confusion_korean.png"))));
        QVERIFY(view.cellToolTip(0, 1).contains(QStringLiteral("붐뱁")));
        QVERIFY(view.cellToolTip(0, 1).contains(QStringLiteral("트랩")));
    }

    // Size hints grow with the number of classes; the minimum is smaller than the hint.
    void sizeHints()
    {
        ConfusionMatrixView view;
        view.setMatrix(kStyles, kStyleColours, kCounts);
        const QSize three = view.sizeHint();
        QVERIFY(view.minimumSizeHint().width() < three.width());
        QVERIFY(view.minimumSizeHint().height() < three.height());
        view.setMatrix(kStyles + QStringList{QStringLiteral("drill")}, {}, {});
        QVERIFY(view.sizeHint().width() > three.width());
    }

    // The pictures for a person to judge: both widgets at a usual size.
    void renderPictures()
    {
        TrainingCharts charts;
        charts.resize(1000, 380);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        feedRun(charts, 30);
        charts.setBestEpoch(24);
        QVERIFY(charts.save(test::scratchPath(QStringLiteral("charts.png"))).ok());
        QVERIFY(charts.save(test::scratchPath(QStringLiteral("charts.svg"))).ok());

        ConfusionMatrixView view;
        view.setMatrix(kStyles, kStyleColours, kCounts);
        view.resize(560, 440);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setSelectedCell(0, 1);
        QVERIFY(view.grab().save(test::scratchPath(QStringLiteral("confusion.png"))));
    }
};

QTEST_MAIN(TrainWidgetsTest)
#include "train_widgets_test.moc"
