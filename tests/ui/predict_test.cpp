// The prediction and review panels driven like a user would: files queued in the Predictions
// dock finish one after another with a result view whose ribbon has one cell per window and
// whose verdict bars add up to 100 %; a broken file or a missing model fails with a message
// naming the file while the queue goes on; no model at all is refused with advice; a project
// track predicted into its layer fills the project's predicted regions; the Review dock lists
// disagreements most confident first, accepts with A / Shift+A and Ctrl+Z undoes. The model is
// a tiny CNN trained through the ML engine in initTestCase.
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "jobs/job_runner.h"
#include "ml/ml_engine.h"
#include "playback/player.h"
#include "predict/prediction_controller.h"
#include "predict/prediction_panel.h"
#include "predict/prediction_strip.h"
#include "predict/prediction_view.h"
#include "predict/review_panel.h"
#include "project/project.h"
#include "project/track_import.h"
#include "timeline/timeline_state.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <memory>
#include <numeric>
#include <random>

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 120000; // LibTorch loads in ~1 s, but the pool may be busy
const QStringList kClasses = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                              QStringLiteral("singing")};

// 3 classes x 3 recordings x 8 segments of noise around a per-class offset: enough for the
// trainer to run; what the model learns does not matter here.
Dataset tinyDataset()
{
    Dataset dataset;
    dataset.classes = kClasses;
    const FeatureParams params;
    const int frames = int(params.notebookFramesPerSegment(params.samplesForSeconds(3.0)));
    std::mt19937 random(11);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    for (int label = 0; label < kClasses.size(); ++label)
        for (int source = 0; source < 3; ++source)
            for (int s = 0; s < 8; ++s) {
                DatasetSegment segment;
                segment.label = label;
                segment.source = QStringLiteral("song-%1-%2").arg(label).arg(source);
                segment.sourceName = segment.source + QStringLiteral(".wav");
                segment.startSeconds = 3.0 * s;
                segment.endSeconds = segment.startSeconds + 3.0;
                segment.mfcc.frames = frames;
                segment.mfcc.coefficients = params.mfccCount;
                segment.mfcc.data.resize(std::size_t(frames) * params.mfccCount);
                for (float& v : segment.mfcc.data)
                    v = noise(random) + 4.0f * float(label);
                dataset.segments.push_back(std::move(segment));
            }
    return dataset;
}
} // namespace

class PredictTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_model;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<ProjectController> m_project;
    std::unique_ptr<TimelineState> m_timeline;
    std::unique_ptr<PredictionPanel> m_panel;
    std::unique_ptr<PredictionController> m_controller;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    void waitFinished(int entry)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->state(entry) == PredictionPanel::State::Done ||
                                     m_panel->state(entry) == PredictionPanel::State::Failed,
                                 kWaitMs);
    }
    int lastEntry() const { return m_panel->entryIds().back(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        Result<MlEngine*> engine = loadMlEngine();
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.message()));
        TrainingSettings settings;
        settings.epochs = 2;
        settings.batchSize = 8;
        settings.split.method = SplitMethod::Random;
        m_model = path(QStringLiteral("models/model.hhsmodel"));
        Result<TrainedRun> run = (*engine)->train(tinyDataset(), settings, {}, m_model, {});
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.message()));
        QVERIFY(QFileInfo::exists(m_model));

        m_runner = std::make_unique<JobRunner>();
        m_project = std::make_unique<ProjectController>(m_runner.get());
        m_timeline = std::make_unique<TimelineState>();
        m_panel = std::make_unique<PredictionPanel>();
        m_panel->resize(1000, 620);
        m_panel->show();
        m_controller =
            std::make_unique<PredictionController>(m_runner.get(), m_project.get(), m_panel.get());
        m_controller->setModel(m_model, QStringLiteral("Tiny CNN"));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_panel.reset();
        m_runner->waitForIdle();
    }

    // One 20-second file: one ribbon cell per window, verdict bars summing to 100 %.
    void predictsOneFile()
    {
        const QString wav = path(QStringLiteral("tone.wav"));
        QVERIFY(test::writeToneFile(wav, 20));
        QSignalSpy ready(m_controller.get(), &PredictionController::resultReady);
        QSignalSpy finished(m_controller.get(), &PredictionController::queueFinished);
        m_controller->predictFiles({wav});
        const int entry = lastEntry();
        QCOMPARE(m_panel->state(entry), PredictionPanel::State::Predicting);
        waitFinished(entry);
        QCOMPARE(m_panel->state(entry), PredictionPanel::State::Done);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.front().front().toInt(), entry);
        QTRY_COMPARE(finished.count(), 1);

        PredictionView* view = m_panel->view();
        const auto result = view->result();
        QVERIFY(result);
        QCOMPARE(result, m_panel->result(entry));
        const Prediction& p = result->prediction;
        QCOMPARE(p.classes, kClasses);
        QVERIFY(p.windows.size() >= 6); // 20 s in 3-s windows
        QCOMPARE(view->ribbonCellCount(), int(p.windows.size()));
        for (int i = 0; i < view->ribbonCellCount(); ++i) {
            const PredictionWindow& w = p.windows[std::size_t(i)];
            const QColor cell = view->ribbonCellColour(i);
            const QColor expected = classColour({}, p.classes[w.classIndex], w.classIndex);
            QCOMPARE(cell.rgb(), expected.rgb());
            QVERIFY(std::abs(cell.alphaF() - windowConfidence(w)) < 0.01);
        }
        const std::vector<double> percentages = view->verdictPercentages();
        QCOMPARE(int(percentages.size()), 3);
        QVERIFY(std::abs(std::accumulate(percentages.begin(), percentages.end(), 0.0) - 100) < 0.5);
        for (const QString& name : kClasses)
            QVERIFY(view->verdictText().contains(name));
        QVERIFY(view->ribbonToolTip(0).contains(QStringLiteral("0:00")));
        QCOMPARE(view->stretchTable()->rowCount(), int(p.stretches.size()));
        QVERIFY(m_panel->statusText(entry).contains(p.classes[p.verdictClass]));

        // Clicking a stretch selects it; without an audio device the view says why it is silent.
        QTableWidget* table = view->stretchTable();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(0, 1)).center());
        QCOMPARE(view->selectedStretch(), 0);
        QTest::mouseClick(
            view->strip(), Qt::LeftButton, {},
            QPoint(view->strip()->width() - 3, view->strip()->ribbonRect().center().y()));
        QCOMPARE(view->selectedStretch(), int(p.stretches.size()) - 1);
        QTest::mouseClick(view->playButton(), Qt::LeftButton);
        if (!m_panel->player()->available()) QVERIFY(!view->noticeText().isEmpty());

        view->grab().save(test::scratchPath(QStringLiteral("prediction.png")));
        m_panel->grab().save(test::scratchPath(QStringLiteral("prediction_panel.png")));
    }

    // Two files queue and finish in the order given; the queue reads its model file once, and
    // the next queue reads it again (it may have changed).
    void queuesTwoFilesInOrder()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), kWaitMs);
        const int readsBefore = m_controller->modelReads();
        const QString a = path(QStringLiteral("first.wav"));
        const QString b = path(QStringLiteral("second.wav"));
        QVERIFY(test::writeToneFile(a, 8));
        QVERIFY(test::writeToneFile(b, 7));
        QSignalSpy ready(m_controller.get(), &PredictionController::resultReady);
        m_controller->predictFiles({a, b});
        const QList<int> ids = m_panel->entryIds().mid(m_panel->entryIds().size() - 2);
        QCOMPARE(m_panel->state(ids[1]), PredictionPanel::State::Queued);
        QCOMPARE(m_panel->statusText(ids[1]), QStringLiteral("queued"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, kWaitMs);
        QCOMPARE(ready[0].front().toInt(), ids[0]);
        QCOMPARE(ready[1].front().toInt(), ids[1]);
        QCOMPARE(m_panel->result(ids[0])->path, a);
        QCOMPARE(m_panel->result(ids[1])->path, b);
        QCOMPARE(m_controller->modelReads(), readsBefore + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), kWaitMs);
        m_controller->predictFiles({a});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, kWaitMs);
        QCOMPARE(m_controller->modelReads(), readsBefore + 2);
    }

    // A text file named .wav fails with its name in the message; the next file still predicts.
    void brokenFileFailsAndQueueGoesOn()
    {
        const QString broken = path(QStringLiteral("not audio.wav"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is a text file, not a song\n");
        file.close();
        const QString good = path(QStringLiteral("after.wav"));
        QVERIFY(test::writeToneFile(good, 6));
        m_controller->predictFiles({broken, good});
        const QList<int> ids = m_panel->entryIds().mid(m_panel->entryIds().size() - 2);
        waitFinished(ids[1]);
        QCOMPARE(m_panel->state(ids[0]), PredictionPanel::State::Failed);
        QVERIFY2(m_panel->message(ids[0]).contains(QStringLiteral("not audio.wav")),
                 qPrintable(m_panel->message(ids[0])));
        QVERIFY(m_panel->statusText(ids[0]).startsWith(QStringLiteral("failed")));
        QCOMPARE(m_panel->state(ids[1]), PredictionPanel::State::Done);
        QCOMPARE(m_panel->result(ids[1])->path, good); // the model read for the broken file served

        // Clear finished empties the list of done and failed entries.
        QVERIFY(m_panel->clearButton()->isEnabled());
        QTest::mouseClick(m_panel->clearButton(), Qt::LeftButton);
        QVERIFY(m_panel->entryIds().isEmpty());
        QCOMPARE(m_panel->queueList()->count(), 0);
        QVERIFY(!m_panel->view()->result());
    }

    // No model: advice, nothing queued. A model file that is gone: the entry fails naming it.
    void missingModel()
    {
        const QString wav = path(QStringLiteral("tone.wav"));
        QSignalSpy errors(m_controller.get(), &PredictionController::errorOccurred);
        m_controller->setModel({});
        m_controller->predictFiles({wav});
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.front().front().toString(), PredictionController::noModelMessage());
        QVERIFY(m_panel->entryIds().isEmpty());

        m_controller->setModel(path(QStringLiteral("gone.hhsmodel")), QStringLiteral("Gone"));
        m_controller->predictFiles({wav});
        const int entry = lastEntry();
        waitFinished(entry);
        QCOMPARE(m_panel->state(entry), PredictionPanel::State::Failed);
        QVERIFY2(m_panel->message(entry).contains(QStringLiteral("gone.hhsmodel")),
                 qPrintable(m_panel->message(entry)));
        m_controller->setModel(m_model, QStringLiteral("Tiny CNN"));
        m_panel->clearFinished();
    }

    // A Korean file name survives decoding, prediction and display.
    void koreanFileName()
    {
        const QString wav = path(QStringLiteral("[킬링벌스] 비와이.wav"));
        QVERIFY(test::writeToneFile(wav, 9));
        m_controller->predictFiles({wav});
        const int entry = lastEntry();
        waitFinished(entry);
        QVERIFY2(m_panel->state(entry) == PredictionPanel::State::Done,
                 qPrintable(m_panel->message(entry)));
        QCOMPARE(m_panel->result(entry)->path, wav);
        m_panel->selectEntry(entry);
        QCOMPARE(m_panel->view()->result()->path, wav);
        QVERIFY(m_panel->queueList()->currentItem()->text().contains(
            QStringLiteral("[킬링벌스] 비와이.wav")));
        m_panel->clearFinished();
    }

    // A project track predicted into its layer: the project holds the stretches afterwards.
    void predictsIntoTheLayer()
    {
        const QString projectPath = path(QStringLiteral("project.hhsproj"));
        QVERIFY(m_project->open(projectPath).ok());
        // A new project starts with the notebook's three classes: the model's.
        QStringList projectClasses;
        for (const ClassRecord& record : m_project->classes())
            projectClasses << record.name;
        for (const QString& name : kClasses)
            if (!projectClasses.contains(name)) QVERIFY(m_project->addClass(name));
        const QString wav = path(QStringLiteral("track.wav"));
        QVERIFY(test::writeToneFile(wav, 30));
        Result<ImportSummary> imported = importPaths(*m_project->project(), {wav}, false, {});
        QVERIFY(imported.ok());
        m_project->reload();
        const std::int64_t trackId = m_project->tracks().front().id;
        m_project->setCurrentTrack(trackId);

        QSignalSpy done(m_controller.get(), &PredictionController::predictedIntoLayer);
        m_controller->predictIntoLayer(trackId);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWaitMs);
        QCOMPARE(done.front()[0].value<std::int64_t>(), trackId);
        const int count = done.front()[1].toInt();
        QVERIFY(count > 0);
        QCOMPARE(int(m_project->predictedRegions().size()), count);
        const RegionRecord& first = m_project->predictedRegions().front();
        QCOMPARE(first.layer, Layer::Predicted);
        QVERIFY(first.confidence.has_value());
        QVERIFY(kClasses.contains(first.className));
    }

    // Review: disagreements most confident first; A accepts, Ctrl+Z undoes, Shift+A accepts all.
    void reviewsAndAccepts()
    {
        const std::int64_t trackId = m_project->currentTrack()->id;
        QVERIFY(m_project->label(0, 10, QStringLiteral("boom bap")));
        QVERIFY(m_project->label(10, 20, QStringLiteral("trap")));
        QVERIFY(m_project->project()
                    ->replacePredictedRegions(trackId, {{0, 6, QStringLiteral("boom bap"), 0.9},
                                                        {6, 12, QStringLiteral("trap"), 0.7},
                                                        {12, 20, QStringLiteral("trap"), 0.6},
                                                        {20, 30, QStringLiteral("singing"), 0.95}})
                    .ok());
        m_project->reload();

        ReviewPanel review(m_project.get(), m_timeline.get());
        review.resize(640, 300);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&review));
        QCOMPARE(review.actions().size(), 2);

        const auto& rows = review.disagreements();
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows[0].predicted.className, QStringLiteral("singing")); // 95 %, no label
        QVERIFY(rows[0].overNoLabel());
        QCOMPARE(rows[1].predicted.className, QStringLiteral("trap")); // 70 %, over boom bap
        QCOMPARE(rows[1].labelClasses, QStringList{QStringLiteral("boom bap")});
        QTreeWidget* list = review.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("no label"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("boom bap"));
        QVERIFY(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("95")));
        review.grab().save(test::scratchPath(QStringLiteral("review.png")));

        // Clicking a row asks the timeline to show it.
        QSignalSpy jumps(&review, &ReviewPanel::jumpRequested);
        const QRect rowRect = list->visualItemRect(list->topLevelItem(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowRect.center());
        QCOMPARE(jumps.count(), 1);
        QCOMPARE(jumps.front()[0].toDouble(), 6.0);
        QCOMPARE(jumps.front()[1].toDouble(), 12.0);

        // A on the selected row (trap 6–12 over boom bap): the label layer takes it.
        const auto labelAt = [this](double t) {
            for (const RegionRecord& r : m_project->labelRegions())
                if (t >= r.start && t < r.end) return r.className;
            return QString();
        };
        QCOMPARE(labelAt(8), QStringLiteral("boom bap"));
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(labelAt(8), QStringLiteral("trap"));
        QCOMPARE(labelAt(3), QStringLiteral("boom bap"));
        QCOMPARE(int(review.disagreements().size()), 1);

        // Ctrl+Z (the ProjectController's undo stack) brings the label back.
        m_project->undoStack()->undo();
        QCOMPARE(labelAt(8), QStringLiteral("boom bap"));
        QCOMPARE(int(review.disagreements().size()), 2);

        // Nothing selected: A takes the prediction under the playhead.
        list->clearSelection();
        list->setCurrentItem(nullptr);
        m_timeline->setPlayhead(25);
        QTest::keyClick(list, Qt::Key_A);
        QCOMPARE(labelAt(25), QStringLiteral("singing"));
        QCOMPARE(labelAt(8), QStringLiteral("boom bap"));

        // Shift+A accepts the whole track: no disagreement is left.
        QTest::keyClick(list, Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(labelAt(8), QStringLiteral("trap"));
        QVERIFY(review.disagreements().empty());
        QVERIFY(review.findChild<QLabel*>()->text().contains(QStringLiteral("agree")));

        // With nothing to accept under the playhead, A says what to do.
        QSignalSpy errors(&review, &ReviewPanel::errorOccurred);
        m_timeline->setPlayhead(35);
        QVERIFY(!review.accept());
        QCOMPARE(errors.count(), 1);
    }
};

QTEST_MAIN(PredictTest)
#include "predict_test.moc"
