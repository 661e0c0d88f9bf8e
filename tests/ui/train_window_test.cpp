// Training and prediction in the window, end to end on a generated demo project: Train draws
// one chart point per epoch and ends with a confusion matrix whose cells list their test
// segments and take the timeline to them; Stop ends a long run promptly and keeps the finished
// epochs as a run; the run becomes the active model; a file dropped on the window's right half
// is predicted (ribbon and verdict); Predict Into Layer fills the predicted lane and A accepts
// a region; the settings are remembered; and the GUI thread never stalls over 100 ms meanwhile.
#include "demo/demo_corpus.h"
#include "demo/demo_project.h"
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "main/main_window.h"
#include "main/model_workspace.h"
#include "main/timeline_controller.h"
#include "must.h"
#include "predict/predicted_file.h"
#include "predict/prediction_controller.h"
#include "predict/prediction_panel.h"
#include "predict/prediction_view.h"
#include "predict/review_panel.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"
#include "train/confusion_matrix_view.h"
#include "train/runs_panel.h"
#include "train/train_panel.h"
#include "train/train_settings_form.h"
#include "train/training_charts.h"
#include "train/training_controller.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

// The demo project: its clips (three styles) and the medley.
constexpr int kDemoTracks = 3 * hhs::demo::CorpusOptions{}.clipsPerStyle + 1;

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 120000;

} // namespace

// The last trainingFinished of a controller.
struct Finished
{
    explicit Finished(TrainingController* training)
    {
        connection =
            QObject::connect(training, &TrainingController::trainingFinished,
                             [this](std::int64_t, const RunDetails& d, bool wasCancelled, bool) {
                                 details = d;
                                 cancelled = wasCancelled;
                             });
    }
    ~Finished() { QObject::disconnect(connection); }
    std::optional<RunDetails> details;
    bool cancelled = false;
    QMetaObject::Connection connection;
};

class TrainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        hhs::test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        demo::CorpusOptions options;
        options.clipSeconds = 15;
        options.medleySeconds = 45;
        Result<QString> project =
            demo::createDemoProject(m_dir.filePath(QStringLiteral("데모")),
                                    m_dir.filePath(QStringLiteral("데모.hhs")), options);
        if (!project) QFAIL(qPrintable(project.message()));
        m_projectPath = *project;
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_projectPath));
    }

    void trainingDrawsOnePointPerEpochAndEndsWithAConfusionMatrix()
    {
        ModelWorkspace* models = m_window->models();
        TrainPanel* panel = models->trainPanel();
        // The Train panel is in front on a new window and counts the segments by itself once
        // the project is open.
        QTRY_VERIFY_WITH_TIMEOUT(panel->summaryLabel()->text().contains(QStringLiteral("singing")),
                                 kWaitMs);
        models->showTrainPanel();
        TrainingRequest request = panel->settingsForm()->request();
        request.settings.epochs = 4;
        request.settings.learningRate = 1e-3;
        request.settings.batchSize = 16;
        panel->settingsForm()->setRequest(request);
        // The summary counts segments per class and per part before anything is trained.
        QTRY_VERIFY_WITH_TIMEOUT(panel->summaryLabel()->text().contains(QStringLiteral("trap")),
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->startButton()->isEnabled(), kWaitMs);

        // Each epoch adds exactly one point to each epoch series, as it ends.
        std::vector<int> pointsAtEpoch;
        const QMetaObject::Connection counting =
            connect(models->training(), &TrainingController::epochFinished, this,
                    [&](const EpochMetrics& m) {
                        pointsAtEpoch.push_back(
                            int(panel->charts()->series(ChartSeries::ValidationAccuracy)->count()));
                        QCOMPARE(m.epoch, int(pointsAtEpoch.size()));
                    });
        Finished finished(models->training());
        hhs::test::Heartbeat heartbeat;
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY(panel->stopButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.details.has_value(), kWaitMs);
        qInfo("GUI thread during training: at most %lld ms of its own work between %d ticks",
              heartbeat.worstMs(), heartbeat.beats());
        QVERIFY2(heartbeat.worstMs() <= 100, qPrintable(QString::number(heartbeat.worstMs())));
        disconnect(counting);
        QCOMPARE(pointsAtEpoch, (std::vector<int>{1, 2, 3, 4}));
        QCOMPARE(panel->charts()->series(ChartSeries::TrainLoss)->count(), 4);
        QVERIFY(panel->charts()->series(ChartSeries::BatchLoss)->count() > 0);
        QVERIFY(panel->confusion()->hasMatrix());
        QVERIFY(panel->resultLabel()->text().contains(QStringLiteral("%")));
        QVERIFY(!panel->stopButton()->isEnabled());

        // The run is kept, listed and active.
        const std::vector<RunRecord> runs = test::must(models->training()->runs());
        QCOMPARE(int(runs.size()), 1);
        QVERIFY(QFileInfo::exists(runs[0].modelPath));
        QVERIFY(runs[0].modelPath.contains(QStringLiteral("데모.models")));
        QCOMPARE(test::must(models->training()->activeRun())->id, runs[0].id);
        QCOMPARE(models->runsPanel()->table()->rowCount(), 1);
        QCOMPARE(models->prediction()->modelPath(), runs[0].modelPath);

        // A cell lists its segments and takes the timeline to the first one.
        ConfusionMatrixView* matrix = panel->confusion();
        int truth = -1;
        for (int t = 0; t < 3 && truth < 0; ++t)
            for (int p = 0; p < 3; ++p)
                if (!matrix->cellRect(t, p).isEmpty() && !finished.details->cell(t, p).empty()) {
                    truth = t;
                    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(t, p).center());
                    break;
                }
        QVERIFY(truth >= 0);
        QVERIFY(panel->cellSegments()->topLevelItemCount() > 0);
        const QTreeWidgetItem* first = panel->cellSegments()->topLevelItem(0);
        const QString source = first->data(0, Qt::UserRole).toString();
        const double start = first->data(0, Qt::UserRole + 1).toDouble();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->project()->currentTrack() &&
                                     m_window->project()->currentTrack()->contentHash == source,
                                 kWaitMs);
        TimelineState* state = m_window->timeline()->state();
        QTRY_VERIFY_WITH_TIMEOUT(state->selection().has_value(), kWaitMs);
        QCOMPARE(state->selection()->start, start);

        // A stored run shows its curves again.
        panel->charts()->clear();
        panel->showRun(runs[0].id);
        QCOMPARE(panel->charts()->series(ChartSeries::ValidationLoss)->count(), 4);
    }

    void stopEndsALongRunAndKeepsTheFinishedEpochs()
    {
        ModelWorkspace* models = m_window->models();
        TrainPanel* panel = models->trainPanel();
        TrainingRequest request = panel->settingsForm()->request();
        request.settings.epochs = 500;
        panel->settingsForm()->setRequest(request);
        int epochs = 0;
        const QMetaObject::Connection counting = connect(
            models->training(), &TrainingController::epochFinished, this, [&] { ++epochs; });
        Finished finished(models->training());
        // Counted from here, so the test does not depend on what ran before it.
        const std::size_t runsBefore = test::must(models->training()->runs()).size();
        const std::optional<RunRecord> activeBefore = test::must(models->training()->activeRun());
        QTRY_VERIFY_WITH_TIMEOUT(panel->startButton()->isEnabled(), kWaitMs);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(epochs >= 2, kWaitMs);
        // The window stays usable meanwhile: another track loads and can be labelled.
        const std::int64_t other = m_window->project()->tracks().back().id;
        m_window->project()->setCurrentTrack(other);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), 20000);
        QVERIFY(models->training()->isRunning());
        QVERIFY(m_window->project()->label(0, 1, QStringLiteral("singing")));
        QVERIFY(m_window->project()->undoStack()->canUndo());
        m_window->project()->undoStack()->undo();
        QElapsedTimer stopping;
        stopping.start();
        QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.details.has_value(), kWaitMs);
        qInfo("stop took %lld ms", stopping.elapsed());
        QVERIFY(finished.cancelled);
        const RunDetails& details = *finished.details;
        QVERIFY(details.info.history.size() >= 2 && details.info.history.size() < 500);
        QCOMPARE(panel->progressBar()->format(), QStringLiteral("Stopped"));
        const std::vector<RunRecord> runsAfter = test::must(models->training()->runs());
        QCOMPARE(runsAfter.size(), runsBefore + 1);
        // A stopped run is kept but does not replace the model that predicts (with none, it
        // becomes the one that predicts).
        QVERIFY(test::must(models->training()->activeRun()).has_value());
        QCOMPARE(test::must(models->training()->activeRun())->id,
                 activeBefore ? activeBefore->id : runsAfter.back().id);
        disconnect(counting);
    }

    void anLstmTrainsFromThePanelToo()
    {
        ModelWorkspace* models = m_window->models();
        TrainPanel* panel = models->trainPanel();
        models->showTrainPanel();
        TrainingRequest request = panel->settingsForm()->request();
        request.settings.kind = ModelKind::Lstm;
        request.settings.epochs = 2;
        panel->settingsForm()->setRequest(request);
        Finished finished(models->training());
        QTRY_VERIFY_WITH_TIMEOUT(panel->startButton()->isEnabled(), kWaitMs);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.details.has_value(), kWaitMs);
        QCOMPARE(finished.details->info.kind, ModelKind::Lstm);
        QCOMPARE(int(finished.details->info.history.size()), 2);
        QCOMPARE(panel->charts()->series(ChartSeries::ValidationAccuracy)->count(), 2);
        QCOMPARE(test::must(models->training()->activeRun())->modelKind, QStringLiteral("lstm"));
    }

    // Once a run is scored, one click makes its model again from every label, as a new run
    // that predicts; the scored run and its scores stay.
    void aScoredRunTrainsAgainOnEveryLabelAsANewRun()
    {
        ModelWorkspace* models = m_window->models();
        TrainingController* training = models->training();
        RunsPanel* runs = models->runsPanel();
        // A scored run of its own (two epochs to the end), not one another test left.
        TrainingRequest request = models->trainPanel()->settingsForm()->request();
        request.settings.kind = ModelKind::Cnn;
        request.settings.epochs = 2;
        {
            Finished trained(training);
            QVERIFY(training->start(request));
            QTRY_VERIFY_WITH_TIMEOUT(trained.details.has_value(), kWaitMs);
        }
        const std::vector<RunRecord> before = test::must(training->runs());
        const RunRecord scored = *test::must(training->run(before.back().id));
        QVERIFY(before.back().detailsJson.isEmpty()); // the list reads no details
        QCOMPARE(before.back().bestEpoch, scored.bestEpoch);
        Result<RunDetails> scoredDetails = runDetailsFromJson(scored.detailsJson);
        QVERIFY(scoredDetails);
        QVERIFY(scoredDetails->info.bestEpoch > 0);
        runs->selectRun(scored.id);
        QVERIFY(runs->allLabelsButton()->isEnabled());

        Finished finished(training);
        QTest::mouseClick(runs->allLabelsButton(), Qt::LeftButton);
        QVERIFY(training->isRunning());
        QVERIFY(!runs->allLabelsButton()->isEnabled()); // one training at a time
        QVERIFY(models->trainPanel()->resultLabel()->text().contains(
            QStringLiteral("again on every label")));
        QTRY_VERIFY_WITH_TIMEOUT(finished.details.has_value(), kWaitMs);
        QVERIFY(!finished.cancelled);
        const ModelInfo& info = finished.details->info;
        QVERIFY(info.trainedOnAll);
        QCOMPARE(info.settings.epochs, scoredDetails->info.bestEpoch);
        QCOMPARE(info.test.accuracy, scoredDetails->info.test.accuracy);
        QCOMPARE(finished.details->testSegments.size(), scoredDetails->testSegments.size());
        QVERIFY(models->trainPanel()->resultLabel()->text().contains(
            QStringLiteral("trained again on every labelled segment")));

        const std::vector<RunRecord> after = test::must(training->runs());
        QCOMPARE(after.size(), before.size() + 1);
        const RunRecord made = after.back();
        QVERIFY2(made.modelPath.endsWith(QStringLiteral("-cnn-all.model")),
                 qPrintable(made.modelPath));
        QVERIFY(made.modelPath.contains(QStringLiteral("데모.models")));
        QVERIFY(made.name.contains(QStringLiteral("every label")));
        QVERIFY(QFileInfo::exists(made.modelPath));
        QVERIFY(QFileInfo::exists(scored.modelPath));
        QCOMPARE(test::must(training->activeRun())->id, made.id);
        QCOMPARE(models->prediction()->modelPath(), made.modelPath);
        runs->selectRun(made.id);
        QVERIFY(!runs->allLabelsButton()->isEnabled()); // already trained on every label
        QVERIFY(!training->canTrainOnAllLabels(made.id));
    }

    // A run belongs to the project it was trained on, even when another one was opened
    // meanwhile.
    void aRunFinishingAfterTheProjectChangedIsKeptInItsOwnProject()
    {
        ModelWorkspace* models = m_window->models();
        TrainPanel* panel = models->trainPanel();
        TrainingRequest request = panel->settingsForm()->request();
        request.settings.epochs = 3;
        Finished finished(models->training());
        const std::size_t runsBefore = test::must(models->training()->runs()).size();
        QVERIFY(models->training()->start(request));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("다른.hhs"))));
        QTRY_VERIFY_WITH_TIMEOUT(finished.details.has_value(), kWaitMs);
        QVERIFY(!models->training()->isRunning());
        QVERIFY(test::must(models->training()->runs()).empty()); // the new project has none
        QVERIFY(!panel->stopButton()->isEnabled());
        QVERIFY(m_window->openProject(m_projectPath));
        QCOMPARE(test::must(models->training()->runs()).size(), runsBefore + 1);
        // The active run is still the one chosen in its own project.
        QVERIFY(test::must(models->training()->activeRun()).has_value());
    }

    // Closing the window mid-run stops the training and still keeps the run.
    void closingTheWindowDuringTrainingKeepsTheRun()
    {
        const std::size_t before = test::must(m_window->models()->training()->runs()).size();
        auto second = std::make_unique<MainWindow>();
        second->show();
        QVERIFY(second->openProject(m_projectPath));
        TrainingRequest request = second->models()->trainPanel()->settingsForm()->request();
        request.settings.kind = ModelKind::Cnn;
        request.settings.epochs = 500;
        int epochs = 0;
        connect(second->models()->training(), &TrainingController::epochFinished, this,
                [&] { ++epochs; });
        QVERIFY(second->models()->training()->start(request));
        QTRY_VERIFY_WITH_TIMEOUT(epochs >= 1, kWaitMs);
        QElapsedTimer closing;
        closing.start();
        second->close();
        second.reset();
        qInfo("closing during training took %lld ms", closing.elapsed());
        QCOMPARE(test::must(m_window->models()->training()->runs()).size(), before + 1);
    }

    void droppedFileIsPredictedWithRibbonAndVerdict()
    {
        ModelWorkspace* models = m_window->models();
        const QString file = m_dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav"));
        QVERIFY(hhs::test::writeToneFile(file, 20));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        // The right half of the window predicts.
        const QPoint point(m_window->width() * 3 / 4, m_window->height() / 2);
        hhs::test::Heartbeat heartbeat;
        QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        PredictionPanel* panel = models->predictionPanel();
        QCOMPARE(panel->entryIds().size(), 1);
        const int id = panel->entryIds().front();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result(id) != nullptr, kWaitMs);
        qInfo("GUI thread during prediction: at most %lld ms of its own work between %d ticks",
              heartbeat.worstMs(), heartbeat.beats());
        QVERIFY2(heartbeat.worstMs() <= 100, qPrintable(QString::number(heartbeat.worstMs())));
        const Prediction& prediction = panel->result(id)->prediction;
        QCOMPARE(int(prediction.windows.size()), 6); // 20 s in 3 s windows
        double sum = 0;
        for (double p : prediction.verdictProbabilities)
            sum += p;
        QVERIFY(std::abs(sum - 1.0) < 1e-3);
        panel->selectEntry(id);
        QVERIFY(panel->view()->isVisible());
        // Nothing was imported.
        QCOMPARE(int(m_window->project()->tracks().size()), kDemoTracks);

        // Add to Project: the file becomes a track with the prediction in its lane.
        QVERIFY(panel->addToProjectButton()->isEnabled());
        QSignalSpy predicted(models->prediction(), &PredictionController::predictedIntoLayer);
        QTest::mouseClick(panel->addToProjectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(predicted.count(), 1, kWaitMs);
        QCOMPARE(int(m_window->project()->tracks().size()), kDemoTracks + 1);
        QCOMPARE(m_window->project()->currentTrack()->fileName, QFileInfo(file).fileName());
        QCOMPARE(int(m_window->project()->predictedRegions().size()), predicted[0][1].toInt());
        QVERIFY(!m_window->project()->predictedRegions().empty());
    }

    void droppedM4aIsPredicted()
    {
        // What a downloader hands out: AAC in .m4a, made here from a tone by the ffmpeg program.
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty()) {
            if (qgetenv("CI") == "true")
                QFAIL("the ffmpeg program is missing (scripts/install-deps)");
            QSKIP("the ffmpeg program is not installed");
        }
        const QString wav = m_dir.filePath(QStringLiteral("download source.wav"));
        const QString m4a = m_dir.filePath(QStringLiteral("[킬링벌스] download.m4a"));
        QVERIFY(hhs::test::writeToneFile(wav, 20));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-i"), wav, QStringLiteral("-c:a"), QStringLiteral("aac"),
                      m4a});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);

        const int tracksBefore = int(m_window->project()->tracks().size());
        PredictionPanel* panel = m_window->models()->predictionPanel();
        const int entriesBefore = int(panel->entryIds().size());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m4a)});
        const QPoint point(m_window->width() * 3 / 4, m_window->height() / 2);
        QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(int(panel->entryIds().size()), entriesBefore + 1);
        const int id = panel->entryIds().back();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result(id) != nullptr, kWaitMs);
        QCOMPARE(int(panel->result(id)->prediction.windows.size()), 6); // 20 s in 3 s windows
        QCOMPARE(int(m_window->project()->tracks().size()), tracksBefore);
    }

    void filesDroppedOnThePanelQueueOnceAndCancelStopsTheQueue()
    {
        PredictionPanel* panel = m_window->models()->predictionPanel();
        const QString first = m_dir.filePath(QStringLiteral("큐 1.wav"));
        const QString second = m_dir.filePath(QStringLiteral("큐 2.wav"));
        QVERIFY(hhs::test::writeToneFile(first, 60));
        QVERIFY(hhs::test::writeToneFile(second, 60));
        const int before = int(panel->entryIds().size());
        Q_EMIT panel->filesDropped({first, second});
        QCOMPARE(int(panel->entryIds().size()), before + 2);
        QVERIFY(panel->cancelButton()->isEnabled());
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->models()->prediction()->isBusy(), kWaitMs);
        const int last = panel->entryIds().back();
        QCOMPARE(panel->state(last), PredictionPanel::State::Failed);
        QCOMPARE(panel->message(last), cancelledMessage());
        QVERIFY(!panel->cancelButton()->isEnabled());
    }

    // Only the newest results (and the one on screen) hold their decoded samples; an older one
    // draws from its overview and loads its samples again when it is shown.
    void olderResultsReleaseTheirSamplesAndLoadThemAgain()
    {
        PredictionPanel* panel = m_window->models()->predictionPanel();
        panel->clearFinished();
        QStringList files;
        for (int i = 0; i < 5; ++i) {
            files << m_dir.filePath(QStringLiteral("메모리 %1.wav").arg(i));
            QVERIFY(hhs::test::writeToneFile(files.back(), 7));
        }
        const int before = int(panel->entryIds().size());
        m_window->models()->predictFiles(files);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->models()->prediction()->isBusy(), kWaitMs);
        const QList<int> ids = panel->entryIds().mid(before);
        QCOMPARE(ids.size(), 5);
        int withSamples = 0;
        for (int id : ids) {
            QVERIFY(panel->result(id));
            withSamples += hasSamples(*panel->result(id));
            // The waveform still has its length and the ribbon its windows.
            QCOMPARE(int(audioSeconds(*panel->result(id)->audio)), 7);
        }
        QCOMPARE(withSamples, PredictionPanel::kResultsWithSamples + 1); // + the one on screen
        int released = -1;
        for (int id : ids)
            if (!hasSamples(*panel->result(id))) released = id;
        QVERIFY(released >= 0);
        panel->selectEntry(released);
        QTRY_VERIFY_WITH_TIMEOUT(hasSamples(*panel->result(released)), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->view()->playButton()->isEnabled(), kWaitMs);
    }

    void exportingAModelNeverLosesIt()
    {
        TrainingController* training = m_window->models()->training();
        const RunRecord run = test::must(training->runs()).front();
        const qint64 size = QFileInfo(run.modelPath).size();
        QVERIFY(size > 0);
        // Onto itself: nothing to do, nothing lost.
        QVERIFY(training->exportModel(run.id, run.modelPath).ok());
        QCOMPARE(QFileInfo(run.modelPath).size(), size);
        const QString copy = m_dir.filePath(QStringLiteral("내보낸 모델.model"));
        QVERIFY(training->exportModel(run.id, copy).ok());
        QCOMPARE(QFileInfo(copy).size(), size);
        const Status refused =
            training->exportModel(run.id, m_dir.filePath(QStringLiteral("no such folder/x.model")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("no such folder")));
    }

    void predictIntoLayerThenAcceptWithA()
    {
        ModelWorkspace* models = m_window->models();
        std::int64_t medley = 0;
        for (const TrackRecord& track : m_window->project()->tracks())
            if (track.fileName.contains(QStringLiteral("medley"))) medley = track.id;
        QVERIFY(medley != 0);
        m_window->project()->setCurrentTrack(medley);
        QSignalSpy predicted(models->prediction(), &PredictionController::predictedIntoLayer);
        models->prediction()->predictIntoLayer(medley);
        QTRY_COMPARE_WITH_TIMEOUT(predicted.count(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->project()->predictedRegions().empty(), kWaitMs);
        const std::size_t labelsBefore = m_window->project()->labelRegions().size();
        ReviewPanel* review = models->reviewPanel();
        QVERIFY(!review->disagreements().empty()); // the medley has no labels yet
        m_window->timeline()->state()->setPlayhead(
            m_window->project()->predictedRegions().front().start + 0.1);
        review->list()->clearSelection();
        QVERIFY(review->acceptAction()->isEnabled());
        review->acceptAction()->trigger();
        QCOMPARE(m_window->project()->labelRegions().size(), labelsBefore + 1);
    }

    void settingsAreRememberedForTheNextRun()
    {
        TrainSettingsForm* form = m_window->models()->trainPanel()->settingsForm();
        TrainingRequest request = form->request();
        request.settings.kind = ModelKind::Lstm;
        request.settings.epochs = 7;
        request.settings.batchSize = 64;
        request.segmentSeconds = 2.5;
        request.settings.split.method = SplitMethod::Random;
        form->setRequest(request);
        const TrainingRequest saved = TrainSettingsForm::savedDefaults();
        QCOMPARE(saved.settings.kind, ModelKind::Lstm);
        QCOMPARE(saved.settings.epochs, 7);
        QCOMPARE(saved.settings.batchSize, 64);
        QCOMPARE(saved.segmentSeconds, 2.5);
        QCOMPARE(saved.settings.split.method, SplitMethod::Random);
        TrainSettingsForm fresh;
        QCOMPARE(fresh.request().settings.epochs, 7);
    }

    // Like the epochs, the learning rate is the chosen model's default (the LSTM's measured
    // 0.0003, the CNN's notebook 0.0001) until the user sets one, which then stays.
    void theLearningRateFollowsTheModelUntilChanged()
    {
        TrainSettingsForm form;
        form.setRequest(TrainingRequest{});
        QComboBox* model = nullptr;
        for (QComboBox* box : form.findChildren<QComboBox*>())
            if (box->findText(QStringLiteral("LSTM"), Qt::MatchContains) >= 0) model = box;
        QVERIFY(model);
        QCOMPARE(form.request().settings.effectiveLearningRate(), kNotebookLearningRate);
        model->setCurrentIndex(model->findData(int(ModelKind::Lstm)));
        QCOMPARE(form.request().settings.epochs, kNotebookLstmEpochs);
        QCOMPARE(form.request().settings.effectiveLearningRate(), kLstmLearningRate);
        model->setCurrentIndex(model->findData(int(ModelKind::Cnn)));
        QCOMPARE(form.request().settings.effectiveLearningRate(), kNotebookLearningRate);
        TrainingRequest chosen = form.request();
        chosen.settings.learningRate = 5e-4;
        form.setRequest(chosen);
        model->setCurrentIndex(model->findData(int(ModelKind::Lstm)));
        QCOMPARE(form.request().settings.effectiveLearningRate(), 5e-4);
    }

    // The summary before training: counts, and an impossible split or a thin class says what
    // to do, and Train stays disabled. The counts come from the records alone: the audio files
    // are gone by the time the panel counts them.
    void thinProjectsAreExplainedBeforeTraining()
    {
        const QString a = m_dir.filePath(QStringLiteral("얇은 a.wav"));
        const QString b = m_dir.filePath(QStringLiteral("얇은 b.wav"));
        QVERIFY(hhs::test::writeToneFile(a, 12));
        QVERIFY(hhs::test::writeToneFile(b, 12));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("thin.hhs"))));
        m_window->project()->importPaths({a, b});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->project()->tracks().size()), 2, kWaitMs);
        for (const TrackRecord& track : m_window->project()->tracks()) {
            m_window->project()->setCurrentTrack(track.id);
            QVERIFY(m_window->project()->label(0, 12, QStringLiteral("trap")));
        }
        QVERIFY(QFile::remove(a) && QFile::remove(b));
        TrainPanel* panel = m_window->models()->trainPanel();
        TrainingRequest request = panel->settingsForm()->request();
        request.settings.split.method = SplitMethod::ByRecording;
        request.segmentSeconds = 3;
        panel->settingsForm()->setRequest(request);
        m_window->models()->showTrainPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->summaryLabel()->text().contains(QStringLiteral("boom bap")),
                                 kWaitMs);
        const QString summary = panel->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("No segments of boom bap")), qPrintable(summary));
        // trap: 2 recordings x 12 s / 3 s
        QVERIFY2(summary.contains(QStringLiteral("<td>trap</td><td align='right'>8</td>")),
                 qPrintable(summary));
        QVERIFY(!panel->startButton()->isEnabled());
        // Starting anyway (the menu) explains instead of crashing.
        QVERIFY(m_window->models()->training()->start(request));
        QSignalSpy failed(m_window->models()->training(), &TrainingController::trainingFailed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
        QVERIFY(!failed[0][0].toString().isEmpty());
        QVERIFY(!m_window->models()->training()->isRunning());
    }

    void warningsSayWhatToDo()
    {
        TrainingPreview preview;
        preview.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                           QStringLiteral("singing")};
        preview.segmentsPerClass = {200, 30, 5};
        preview.summary.regionsWithoutSegments = 2;
        const QStringList warnings = trainingWarnings(preview, SplitMethod::Random);
        QCOMPARE(warnings.size(), 4);
        QVERIFY(warnings[0].contains(QStringLiteral("trap has 30 segments against 200")));
        QVERIFY(warnings[1].contains(QStringLiteral("Only 5 segment(s) of singing")));
        QVERIFY(warnings[2].contains(QStringLiteral("2 labelled region(s) are shorter")));
        QVERIFY(warnings[3].contains(QStringLiteral("optimistic")));
        preview.segmentsPerClass = {40, 40, 40};
        preview.summary = {};
        QVERIFY(trainingWarnings(preview, SplitMethod::ByRecording).isEmpty());
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TrainWindowTest)
#include "train_window_test.moc"
