// The studio window driven like a user would: open a project, import a generated file (also
// by dropping it), select with the mouse, label with a class key, undo and redo, change a
// region's class, resize it by its edge, label with the keyboard only ([ ] and a class key),
// walk regions with Tab / Shift+Tab, delete, zoom. Every check reads what core stored, through
// a second connection to the project file where it matters.
#include "dataset/notebook_json.h"
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "jobs/job_runner.h"
#include "jobs/progress_panel.h"
#include "main/class_list.h"
#include "main/main_window.h"
#include "main/timeline_controller.h"
#include "main/track_list.h"
#include "must.h"
#include "playback/player.h"
#include "project/project.h"
#include "timeline/label_lane.h"
#include "timeline/mfcc_view.h"
#include "timeline/time_axis.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"
#include "timeline/waveform_view.h"

#include <QAudioDevice>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMediaDevices>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <atomic>
#include <memory>

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 30000;
constexpr double kTrackSeconds = 40;
} // namespace

class StudioWindowTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wav;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;

    LabelLane* lane() const { return m_window->timeline()->labelLane(); }
    TimeAxis* axis() const { return m_window->timeline()->axis(); }
    TimelineState* state() const { return m_window->timeline()->state(); }
    QPoint at(double seconds) const
    {
        return QPoint(int(std::lround(axis()->xForSeconds(seconds))), lane()->height() / 2);
    }
    // The label layer as another program would read it from the file.
    std::vector<RegionRecord> storedRegions() const
    {
        Result<std::unique_ptr<Project>> project = Project::open(m_projectPath);
        if (!project) return {};
        return test::must((*project)->regions());
    }
    double pixel() const { return axis()->secondsPerPixel() * 1.01; }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openProject(m_projectPath));
    }
    void importTrack()
    {
        m_window->project()->importPaths({m_wav});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
    }
    void dragInLane(double from, double to)
    {
        QTest::mousePress(lane(), Qt::LeftButton, {}, at(from));
        QTest::mouseMove(lane(), at((from + to) / 2));
        QTest::mouseMove(lane(), at(to));
        QTest::mouseRelease(lane(), Qt::LeftButton, {}, at(to));
    }
    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
    }
    void seekTo(double seconds)
    {
        TimeRuler* ruler = m_window->timeline()->ruler();
        QTest::mouseClick(ruler, Qt::LeftButton, {},
                          QPoint(int(std::lround(axis()->xForSeconds(seconds))), 10));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        hhs::test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        m_wav = m_dir.filePath(QStringLiteral("[킬링벌스] 비와이 테스트.wav"));
        QVERIFY(hhs::test::writeToneFile(m_wav, kTrackSeconds));
    }

    void init()
    {
        static int run = 0;
        m_projectPath = m_dir.filePath(QStringLiteral("프로젝트-%1.hhs").arg(++run));
        openWindow();
    }

    void cleanup() { m_window.reset(); }

    // The title names the project; a new project has the three default classes with keys 1-3.
    void opensProject()
    {
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("프로젝트")));
        QTreeWidget* classes = m_window->classList()->tree();
        QCOMPARE(classes->topLevelItemCount(), 3);
        QCOMPARE(classes->topLevelItem(0)->text(0), QStringLiteral("boom bap"));
        QCOMPARE(classes->topLevelItem(0)->text(1), QStringLiteral("1"));
        QCOMPARE(classes->topLevelItem(2)->text(1), QStringLiteral("3"));
        QCOMPARE(MainWindow::recentProjects().value(0),
                 QFileInfo(m_projectPath).absoluteFilePath());
    }

    // Save As copies the project, labels included, and continues in the copy.
    void saveAsContinuesInTheCopy()
    {
        importTrack();
        dragInLane(6, 16);
        key(Qt::Key_3);
        const QString copy = m_dir.filePath(QStringLiteral("사본.hhs"));
        QVERIFY(m_window->project()->saveCopyAs(copy).ok());
        QCOMPARE(m_window->project()->path(), copy);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("사본")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
        dragInLane(20, 25);
        key(Qt::Key_1);
        Result<std::unique_ptr<Project>> copied = Project::open(copy);
        QVERIFY(copied.ok());
        QCOMPARE(int(test::must((*copied)->regions()).size()), 2);
        QCOMPARE(int(storedRegions().size()), 1); // the original stays as it was
    }

    // The progress panel shows a running job and its Cancel button stops it: the job sees
    // cancelled() on its thread, its result comes back as the cancelled error, the panel hides.
    void cancelButtonStopsJob()
    {
        QSignalSpy finished(m_window->runner(), &JobRunner::jobFinished);
        bool sawCancel = false;
        m_window->runner()->start<bool>(
            QStringLiteral("waiting"),
            [](const JobControl& job) -> Result<bool> {
                while (!job.cancelled())
                    QThread::msleep(1);
                return cancelledError();
            },
            [&sawCancel](Result<bool> result) {
                sawCancel = !result.ok() && result.message() == cancelledMessage();
            });
        QVERIFY(m_window->progressPanel()->isVisible());
        QTest::mouseClick(m_window->progressPanel()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(sawCancel);
        QVERIFY(!m_window->progressPanel()->isVisible());
    }

    // Two visible jobs at once show two bars, each moving with its own job's progress, and a
    // background job's progress reaches only its own handler.
    void eachVisibleJobHasItsOwnBar()
    {
        JobRunner* runner = m_window->runner();
        QSignalSpy started(runner, &JobRunner::jobStarted);
        std::atomic<bool> release{false};
        auto work = [&release](double at) {
            return [&release, at](const JobControl& job) -> Result<bool> {
                job.report(at, QStringLiteral("stage"));
                while (!release && !job.cancelled())
                    QThread::msleep(1);
                return true;
            };
        };
        double backgroundSeen = -1;
        // The long lane has two threads: both run at once whatever the shared pool holds.
        runner->start<bool>(QStringLiteral("first"), work(0.25), {}, JobRunner::Kind::Visible,
                            JobRunner::Lane::Long);
        runner->start<bool>(QStringLiteral("second"), work(0.75), {}, JobRunner::Kind::Visible,
                            JobRunner::Lane::Long);
        runner->start<bool>(
            QStringLiteral("quiet"), work(0.5), {}, JobRunner::Kind::Background,
            JobRunner::Lane::Shared,
            [&backgroundSeen](double fraction, const QString&) { backgroundSeen = fraction; });
        QCOMPARE(started.count(), 2); // the background job is not announced
        const int first = started.at(0).at(0).toInt();
        const int second = started.at(1).at(0).toInt();
        ProgressPanel* panel = m_window->progressPanel();
        QCOMPARE(panel->shownJobs(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(panel->bar(first)->value(), 250, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(panel->bar(second)->value(), 750, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(backgroundSeen, 0.5, kWaitMs);
        release = true;
        runner->waitForIdle();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), kWaitMs);
        QCOMPARE(panel->shownJobs(), 0);
    }

    // An imported file becomes a track, shown with its Korean name, and its MFCC gets drawn.
    void importShowsTrack()
    {
        importTrack();
        QTreeWidget* tracks = m_window->trackList()->tree();
        QCOMPARE(tracks->topLevelItemCount(), 1);
        QCOMPARE(tracks->topLevelItem(0)->text(0), QStringLiteral("[킬링벌스] 비와이 테스트.wav"));
        QCOMPARE(tracks->topLevelItem(0)->text(1), QStringLiteral("0:40"));
        QVERIFY(std::abs(axis()->duration() - kTrackSeconds) < 0.01);
        MfccView* mfcc = m_window->timeline()->mfcc();
        QTRY_COMPARE_WITH_TIMEOUT(mfcc->tilesReady(), mfcc->tileCount(), kWaitMs);
        QVERIFY(mfcc->tileCount() > 1);
    }

    // Drag in the label lane, press 1: the stretch is stored as boom bap. Ctrl+Z removes it
    // from the file, Ctrl+Shift+Z puts it back.
    void labelWithMouseAndKeyThenUndoRedo()
    {
        importTrack();
        dragInLane(5, 12);
        QVERIFY(state()->selection());
        key(Qt::Key_1);
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].className, QStringLiteral("boom bap"));
        QVERIFY(std::abs(stored[0].start - 5) <= pixel());
        QVERIFY(std::abs(stored[0].end - 12) <= pixel());
        QCOMPARE(int(lane()->regions().size()), 1);

        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(int(storedRegions().size()), 0);
        QCOMPARE(int(lane()->regions().size()), 0);
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].className, QStringLiteral("boom bap"));
    }

    // Clicking a region selects it; 2 relabels it as trap; dragging its end edge resizes it.
    void changeClassAndResize()
    {
        importTrack();
        dragInLane(10, 20);
        key(Qt::Key_1);
        state()->clearSelection();
        QTest::mouseClick(lane(), Qt::LeftButton, {}, at(15));
        QVERIFY(state()->selectedRegion());
        key(Qt::Key_2);
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].className, QStringLiteral("trap"));

        const double end = stored[0].end;
        QTest::mousePress(lane(), Qt::LeftButton, {}, at(end));
        QTest::mouseMove(lane(), at(end + 2));
        QTest::mouseMove(lane(), at(end + 4));
        QTest::mouseRelease(lane(), Qt::LeftButton, {}, at(end + 4));
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QVERIFY(std::abs(stored[0].end - (end + 4)) <= pixel());
        QVERIFY(std::abs(stored[0].start - 10) <= pixel());
        QCOMPARE(stored[0].className, QStringLiteral("trap"));

        // Shrinking from the start keeps the rest of the region.
        const double start = stored[0].start;
        QTest::mousePress(lane(), Qt::LeftButton, {}, at(start));
        QTest::mouseMove(lane(), at(start + 3));
        QTest::mouseRelease(lane(), Qt::LeftButton, {}, at(start + 3));
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QVERIFY(std::abs(stored[0].start - (start + 3)) <= pixel());
    }

    // Without the mouse: seek, [, seek, ], 3 labels singing; Tab / Shift+Tab walk the regions;
    // Delete removes the selected one.
    void keyboardOnlyLabelling()
    {
        importTrack();
        seekTo(3);
        key(Qt::Key_BracketLeft);
        seekTo(9);
        key(Qt::Key_BracketRight);
        key(Qt::Key_3);
        seekTo(20);
        key(Qt::Key_BracketLeft);
        seekTo(30);
        key(Qt::Key_BracketRight);
        key(Qt::Key_1);
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 2);
        QCOMPARE(stored[0].className, QStringLiteral("singing"));
        QVERIFY(std::abs(stored[0].start - 3) <= pixel());
        QVERIFY(std::abs(stored[0].end - 9) <= pixel());
        QCOMPARE(stored[1].className, QStringLiteral("boom bap"));

        state()->clearSelection();
        seekTo(0);
        key(Qt::Key_Tab);
        QCOMPARE(state()->selectedRegion().value_or(-1), stored[0].id);
        key(Qt::Key_Tab);
        QCOMPARE(state()->selectedRegion().value_or(-1), stored[1].id);
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(state()->selectedRegion().value_or(-1), stored[0].id);

        key(Qt::Key_Delete);
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].className, QStringLiteral("boom bap"));
        QCOMPARE(m_window->project()->undoStack()->count(), 3);
    }

    // The one-pass flow: a class key when a song starts, C when it changes. The regions touch
    // exactly, one per song, with the right classes; a cut next to a boundary changes nothing;
    // [ snaps to a boundary nearer than the shortest region.
    void onePassLabellingLeavesOneTouchingRegionPerSong()
    {
        importTrack();
        auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("labellingToolBar"));
        QVERIFY(toolBar);
        QVERIFY(toolBar->actions().contains(m_window->timelineController()->cutAction()));
        seekTo(0);
        key(Qt::Key_1);
        seekTo(12);
        key(Qt::Key_C);
        key(Qt::Key_2);
        seekTo(25);
        key(Qt::Key_C);
        key(Qt::Key_3);
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 3);
        QCOMPARE(stored[0].className, QStringLiteral("boom bap"));
        QCOMPARE(stored[1].className, QStringLiteral("trap"));
        QCOMPARE(stored[2].className, QStringLiteral("singing"));
        QCOMPARE(stored[0].start, 0.0);
        QCOMPARE(stored[0].end, stored[1].start); // exactly: no gap, no sliver
        QCOMPARE(stored[1].end, stored[2].start);
        QVERIFY(std::abs(stored[1].start - 12) <= pixel()); // paused: no reaction time
        QVERIFY(std::abs(stored[2].start - 25) <= pixel());
        QVERIFY(std::abs(stored[2].end - kTrackSeconds) < 0.01);
        QCOMPARE(m_window->project()->undoStack()->count(), 5);

        // A cut a fraction of a second after a boundary is refused and says why.
        seekTo(stored[1].start + 0.25);
        key(Qt::Key_C);
        QCOMPARE(int(storedRegions().size()), 3);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("boundary")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // [ there lands on the boundary itself, and ] just before the next one on it too.
        key(Qt::Key_BracketLeft);
        seekTo(stored[2].start - 0.3);
        key(Qt::Key_BracketRight);
        QVERIFY(state()->selection().has_value());
        QCOMPARE(state()->selection()->start, stored[1].start);
        QCOMPARE(state()->selection()->end, stored[2].start);

        // Undo takes back one key at a time: the singing label, then the second cut.
        m_window->project()->undoStack()->undo();
        m_window->project()->undoStack()->undo();
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 2);
        QCOMPARE(stored[1].className, QStringLiteral("trap"));
        QVERIFY(std::abs(stored[1].end - kTrackSeconds) < 0.01);
    }

    // A dragged selection or a dragged edge that ends a fraction of a second from a region
    // meets it exactly: no sliver of a gap.
    void draggedEdgesMeetTheirNeighbours()
    {
        importTrack();
        dragInLane(10, 20);
        key(Qt::Key_1);
        dragInLane(20.3, 25);
        key(Qt::Key_2);
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 2);
        QCOMPARE(stored[1].start, stored[0].end);
        dragInLane(30, 36);
        key(Qt::Key_3);
        const double end = storedRegions()[1].end;
        QTest::mousePress(lane(), Qt::LeftButton, {}, at(end));
        QTest::mouseMove(lane(), at(end + 2));
        QTest::mouseMove(lane(), at(29.7));
        QTest::mouseRelease(lane(), Qt::LeftButton, {}, at(29.7));
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 3);
        QCOMPARE(stored[1].end, stored[2].start);
    }

    // Labels survive closing the window (no Save) and come back on reopening.
    void reopenKeepsLabels()
    {
        importTrack();
        dragInLane(2, 8);
        key(Qt::Key_2);
        m_window->close();
        m_window.reset();
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
        QCOMPARE(int(lane()->regions().size()), 1);
        QCOMPARE(lane()->regions()[0].className, QStringLiteral("trap"));
    }

    // +, -, F and Ctrl+wheel change the zoom; F fits the whole track again.
    void zoomKeys()
    {
        importTrack();
        const double fit = axis()->secondsPerPixel();
        key(Qt::Key_Plus);
        QVERIFY(axis()->secondsPerPixel() < fit);
        key(Qt::Key_Plus);
        key(Qt::Key_Minus);
        QVERIFY(axis()->secondsPerPixel() < fit);
        key(Qt::Key_F);
        QCOMPARE(axis()->secondsPerPixel(), fit);
        QWheelEvent wheel(QPointF(100, 50), m_window->timeline()->mapToGlobal(QPointF(100, 50)), {},
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(m_window->timeline(), &wheel);
        QVERIFY(axis()->secondsPerPixel() < fit);

        // At the closest zoom single samples are drawn: the wave crosses the lane's middle.
        state()->setPlayhead(10);
        for (int i = 0; i < 40; ++i)
            key(Qt::Key_Plus);
        QVERIFY(axis()->secondsPerPixel() * 22050 < 0.1);
        const QImage image = m_window->timeline()->waveform()->grab().toImage();
        int wavePixels = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qBlue(image.pixel(x, y)) > 120 && qRed(image.pixel(x, y)) < 90) ++wavePixels;
        QVERIFY(wavePixels > image.width() / 2);
    }

    // File > Export Dataset writes the notebook JSON of the labelled regions: a 10 s boom bap
    // region gives three 3-second segments and a 7 s trap region two; the summary says so.
    void exportDataset()
    {
        importTrack();
        Project& project = *m_window->project()->project();
        const std::int64_t track = m_window->project()->tracks().front().id;
        m_window->project()->pushEdit(*project.label(track, 1, 11, QStringLiteral("boom bap")));
        m_window->project()->pushEdit(*project.label(track, 20, 27, QStringLiteral("trap")));
        QSignalSpy exported(m_window->project(), &ProjectController::datasetExported);
        const QString out = m_dir.filePath(QStringLiteral("데이터.json"));
        m_window->project()->exportDataset(out);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kWaitMs);
        QVERIFY2(exported[0][0].toBool(), qPrintable(exported[0][1].toString()));
        QVERIFY(exported[0][1].toString().contains(QStringLiteral("boom bap: 3, trap: 2")));
        Result<Dataset> dataset = readNotebookJson(out);
        QVERIFY(dataset.ok());
        QCOMPARE(int(dataset->segments.size()), 5);
        QCOMPARE(dataset->frames(), 130);
        QCOMPARE(dataset->coefficients(), 13);
        QCOMPARE(dataset->classes.front(), QStringLiteral("boom bap"));
    }

    // A tracklist gives named, unlabelled regions; Tab then walks the songs and a class key
    // labels the selected song, keeping its name. Undo takes the label back off.
    void tracklistThenLabelSongs()
    {
        importTrack();
        const QString list = m_dir.filePath(QStringLiteral("트랙리스트.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Killing verse tracklist\n00:00 비와이 - Day Day\n00:15 Artist - Trap Song\n"
                   "00:31 Singer - Ballad\n");
        file.close();
        QSignalSpy imported(m_window->project(), &ProjectController::labelsImported);
        m_window->project()->importLabels(list, LabelFileFormat::Tracklist);
        QVERIFY(imported.wait(kWaitMs));
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(2).toString()));
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 3);
        QCOMPARE(stored[0].name, QStringLiteral("비와이 - Day Day"));
        QVERIFY(!stored[0].classId);
        QCOMPARE(stored[2].end, kTrackSeconds);

        seekTo(0);
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        key(Qt::Key_2);
        stored = storedRegions();
        QCOMPARE(int(stored.size()), 3);
        QCOMPARE(stored[1].className, QStringLiteral("trap"));
        QCOMPARE(stored[1].name, QStringLiteral("Artist - Trap Song"));
        QCOMPARE(stored[1].start, 15.0);
        QCOMPARE(stored[1].end, 31.0);
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!storedRegions()[1].classId);
    }

    // Moving a class up in the class list moves its hotkey: 1 now labels with trap.
    void reorderedClassesMoveHotkeys()
    {
        importTrack();
        QTreeWidget* classes = m_window->classList()->tree();
        QVERIFY(m_window->project()->moveClass(QStringLiteral("trap"), 0));
        QCOMPARE(classes->topLevelItem(0)->text(0), QStringLiteral("trap"));
        QCOMPARE(classes->topLevelItem(0)->text(1), QStringLiteral("1"));
        dragInLane(4, 8);
        key(Qt::Key_1);
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].className, QStringLiteral("trap"));
        QCOMPARE(classes->topLevelItem(0)->text(2), QStringLiteral("1")); // one 3-s segment
        QVERIFY(m_window->project()->renameClass(QStringLiteral("trap"), QStringLiteral("트랩")));
        QCOMPARE(storedRegions()[0].className, QStringLiteral("트랩"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedRegions()[0].className, QStringLiteral("trap"));
    }

    // A track whose file went away shows a warning; Relink points it at the file's new place.
    void missingFileAndRelink()
    {
        const QString moved = m_dir.filePath(QStringLiteral("옮길 파일.wav"));
        QVERIFY(hhs::test::writeToneFile(moved, 5));
        m_window->project()->importPaths({moved});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
        const std::int64_t id = m_window->project()->tracks().front().id;
        m_window.reset();
        const QString elsewhere = m_dir.filePath(QStringLiteral("새 위치.wav"));
        QVERIFY(QFile::rename(moved, elsewhere));
        openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->project()->trackState(id), TrackState::Missing,
                                  kWaitMs);
        QTreeWidgetItem* item = m_window->trackList()->tree()->topLevelItem(0);
        QVERIFY(!item->icon(0).isNull());
        QVERIFY(item->toolTip(0).contains(QStringLiteral("missing")));
        m_window->project()->relinkTrack(id, elsewhere);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->project()->trackState(id), TrackState::Ok, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
        Result<std::unique_ptr<Project>> project = Project::open(m_projectPath);
        QVERIFY(project.ok());
        QCOMPARE(test::must((*project)->tracks()).front().path, elsewhere);
    }

    // Without an audio output the status bar says so, Space does nothing harmful, and
    // clicking the ruler still moves the playhead.
    void noAudioOutputNotice()
    {
        if (!QMediaDevices::audioOutputs().isEmpty()) QSKIP("this machine has an audio output");
        importTrack();
        QVERIFY(!m_window->player()->available());
        QVERIFY(m_window->player()->notice().contains(QStringLiteral("No audio output")));
        bool shown = false;
        for (QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
            shown = shown || label->text() == m_window->player()->notice();
        QVERIFY(shown);
        key(Qt::Key_Space);
        QVERIFY(!m_window->player()->isPlaying());
        seekTo(12);
        QVERIFY(std::abs(state()->playhead() - 12) <= pixel());
    }

    // The predicted lane appears only when the track has a predicted layer, under the labels;
    // Z zooms to the selection.
    void predictedLaneAndZoomToSelection()
    {
        importTrack();
        QVERIFY(m_window->timeline()->predictionLane()->isHidden());
        const std::int64_t track = m_window->project()->tracks().front().id;
        QVERIFY(m_window->project()
                    ->project()
                    ->replacePredictedRegions(track, {{0, 12, QStringLiteral("trap"), 0.8},
                                                      {12, 30, QStringLiteral("singing"), 0.6}})
                    .ok());
        m_window->project()->reload();
        QVERIFY(!m_window->timeline()->predictionLane()->isHidden());
        QCOMPARE(int(m_window->timeline()->predictionLane()->regions().size()), 2);
        QCOMPARE(int(lane()->regions().size()), 0);

        dragInLane(10, 14);
        key(Qt::Key_Z);
        QVERIFY(std::abs(axis()->start() - 10) <= 0.05);
        QVERIFY(std::abs(axis()->end() - 14) <= 0.05);
    }

    // Dropping an audio file on the window imports it as a track.
    void dropImports()
    {
        const QString second = m_dir.filePath(QStringLiteral("드롭.wav"));
        QVERIFY(hhs::test::writeToneFile(second, 6));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(second)});
        const QPoint point(400, 300);
        QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(point, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_window->project()->tracks().size()), 1, kWaitMs);
        Result<std::unique_ptr<Project>> project = Project::open(m_projectPath);
        QVERIFY(project.ok());
        QCOMPARE(int(test::must((*project)->tracks()).size()), 1);
        QCOMPARE(test::must((*project)->tracks())[0].fileName, QStringLiteral("드롭.wav"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
    }
};

QTEST_MAIN(StudioWindowTest)
#include "studio_window_test.moc"
