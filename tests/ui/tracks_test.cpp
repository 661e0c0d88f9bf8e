// The Tracks dock and label imports driven as a user would: remove a track with its regions
// (Delete in the list, one undoable step: undo restores the track with its id and regions,
// redo removes it again, the audio file is never touched), the filter box narrowing the list by
// file name (Korean names too) while the current track stays current, and Import Labels onto a
// track that has regions with each answer (replace, add beside with and without an overlap,
// cancel), and a track visited before coming back at once (no decoding, its MFCC and song
// changes ready) until its file changes, a pasted tracklist and a download's chapters becoming
// songs, and a label file of 100 000 lines imported as a job
// that can be cancelled, and the studio and hiphop-cli labelling one project at once. Every
// check reads what core stored through a second connection to the file.
#include "audio/signal_cache.h"
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "jobs/job_runner.h"
#include "main/import_labels_question.h"
#include "main/main_window.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "main/track_list.h"
#include "main/track_properties_dialog.h"
#include "main/tracklist_dialog.h"
#include "must.h"
#include "project/project.h"
#include "timeline/mfcc_view.h"
#include "timeline/timeline_widget.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <memory>
#include <sys/stat.h>

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 30000;

// Start and end times of regions, for comparing.
QList<QPair<double, double>> spans(const std::vector<RegionRecord>& regions)
{
    QList<QPair<double, double>> list;
    for (const RegionRecord& region : regions)
        list << qMakePair(region.start, region.end);
    return list;
}
} // namespace

class TracksTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_first, m_second, m_third;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;

    ProjectController* controller() const { return m_window->project(); }
    QTreeWidget* tree() const { return m_window->trackList()->tree(); }
    std::unique_ptr<Project> stored() const
    {
        Result<std::unique_ptr<Project>> project = Project::open(m_projectPath);
        return project ? std::move(*project) : nullptr;
    }
    // What a label import started by `start` ended with: ok, and its message. Fails the test
    // when no import starts.
    std::pair<bool, QString> importedBy(const std::function<bool()>& start)
    {
        QSignalSpy ended(controller(), &ProjectController::labelsImported);
        if (!start()) return {false, QStringLiteral("not started")};
        if (!ended.wait(kWaitMs) && ended.isEmpty()) return {false, QStringLiteral("timed out")};
        return {ended.first().at(0).toBool(), ended.first().at(2).toString()};
    }
    int visibleRows() const
    {
        int count = 0;
        for (int i = 0; i < tree()->topLevelItemCount(); ++i)
            count += tree()->topLevelItem(i)->isHidden() ? 0 : 1;
        return count;
    }
    void importAll()
    {
        controller()->importPaths({m_first, m_second, m_third});
        QTRY_COMPARE_WITH_TIMEOUT(int(controller()->tracks().size()), 3, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
    }
    std::int64_t trackId(const QString& path) const
    {
        for (const TrackRecord& track : controller()->tracks())
            if (track.path == path) return track.id;
        return 0;
    }
    void makeCurrent(const QString& path)
    {
        controller()->setCurrentTrack(trackId(path));
        QCOMPARE(controller()->currentTrack()->path, path);
    }
    void label(double start, double end, const QString& className)
    {
        QVERIFY(controller()->label(start, end, className));
    }
    QString writeLabels(const QString& name, const QByteArray& text) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        hhs::test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        // The decoded tracks this test keeps, apart from the user's and other tests'.
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("캐시")).toUtf8());
        m_first = m_dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav"));
        m_second = m_dir.filePath(QStringLiteral("Dingo Freestyle Medley.wav"));
        m_third = m_dir.filePath(QStringLiteral("[킬링벌스] 창모.wav"));
        QVERIFY(hhs::test::writeToneFile(m_first, 30));
        QVERIFY(hhs::test::writeToneFile(m_second, 12));
        QVERIFY(hhs::test::writeToneFile(m_third, 10));
    }

    void init()
    {
        static int run = 0;
        m_projectPath = m_dir.filePath(QStringLiteral("트랙-%1.hhs").arg(++run));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openProject(m_projectPath));
    }

    void cleanup() { m_window.reset(); }

    // Going back to a track shows it at once from memory: no job starts (no loading, no MFCC, no
    // song-change analysis) and everything is there before the event loop runs again. A file
    // changed on disk is loaded again.
    void aRevisitedTrackIsBackAtOnce()
    {
        importAll();
        TimelineController* timeline = m_window->timelineController();
        MfccView* mfcc = m_window->timeline()->mfcc();
        auto settled = [&](const QString& path) {
            makeCurrent(path);
            QTRY_VERIFY_WITH_TIMEOUT(timeline->trackLoaded(), kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(
                mfcc->tileCount() > 0 && mfcc->tilesReady() == mfcc->tileCount(), kWaitMs);
            QTRY_COMPARE_WITH_TIMEOUT(timeline->analysis()->trackId(), trackId(path), kWaitMs);
        };
        settled(m_first);
        const int firstTiles = mfcc->tileCount();
        const std::vector<SongChange> firstChanges = timeline->analysis()->songChanges();
        settled(m_second);
        QCOMPARE(timeline->recentAudio().entries(), 2);

        QSignalSpy started(m_window->runner(), &JobRunner::jobStarted);
        makeCurrent(m_first);
        QVERIFY(timeline->trackLoaded());
        QCOMPARE(mfcc->tileCount(), firstTiles);
        QCOMPARE(mfcc->tilesReady(), firstTiles);
        QCOMPARE(timeline->analysis()->trackId(), trackId(m_first));
        QCOMPARE(timeline->analysis()->songChanges().size(), firstChanges.size());
        QCOMPARE(started.count(), 0);

        settled(m_second);
        QVERIFY(hhs::test::writeToneFile(m_first, 20)); // the file is replaced: 30 s -> 20 s
        started.clear();
        makeCurrent(m_first);
        QVERIFY(!timeline->trackLoaded());
        QTRY_VERIFY_WITH_TIMEOUT(timeline->trackLoaded(), kWaitMs);
        QVERIFY(started.count() >= 1);
        QVERIFY(mfcc->tileCount() < firstTiles);
        QVERIFY(hhs::test::writeToneFile(m_first, 30)); // as the other tests expect it
    }

    // A track opened in an earlier session is read from the decoded tracks kept on disk, its
    // MFCC tiles too: nothing is decoded or computed again, and what is shown is the same.
    void aTrackOpenedInAnEarlierSessionIsNotDecodedAgain()
    {
        const SignalCache kept(SignalCache::defaultFolder());
        QVERIFY(kept.folder().startsWith(m_dir.path()));
        const QString signal = kept.entryPath(m_first, 22050);
        const QString tilesEntry = kept.entryPath(m_first, 22050, -1, mfccTilesKind({}));
        QFile::remove(signal);
        QFile::remove(tilesEntry);
        importAll();
        auto settle = [&](const QString& path) {
            makeCurrent(path);
            TimelineController* timeline = m_window->timelineController();
            MfccView* mfcc = m_window->timeline()->mfcc();
            QTRY_VERIFY_WITH_TIMEOUT(timeline->trackLoaded(), kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(
                mfcc->tileCount() > 0 && mfcc->tilesReady() == mfcc->tileCount(), kWaitMs);
            m_window->runner()->waitForIdle(); // what is kept is on disk
        };
        settle(m_first);
        QVERIFY(QFileInfo::exists(signal));
        QVERIFY(QFileInfo::exists(tilesEntry));
        // Stored ones are renamed into place; a read one is only marked as used.
        auto identity = [](const QString& path) {
            struct stat status
            {};
            return ::stat(path.toUtf8().constData(), &status) == 0 ? qint64(status.st_ino) : -1;
        };
        const qint64 signalInode = identity(signal);
        const qint64 tilesInode = identity(tilesEntry);
        const QDateTime stored = QFileInfo(signal).lastModified();
        const std::vector<float> samples = m_window->timeline()->audio()->samples;
        std::vector<std::vector<float>> tiles;
        MfccView* mfcc = m_window->timeline()->mfcc();
        for (int i = 0; i < mfcc->tileCount(); ++i)
            tiles.push_back(mfcc->tile(i)->mfcc.data);

        // The next session: a new window on the same project.
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openProject(m_projectPath));
        QTest::qWait(20); // a later modification time for the read entry
        settle(m_first);
        QCOMPARE(identity(signal), signalInode);
        QCOMPARE(identity(tilesEntry), tilesInode);
        QVERIFY(QFileInfo(signal).lastModified() > stored);
        QVERIFY(m_window->timeline()->audio()->samples == samples);
        mfcc = m_window->timeline()->mfcc();
        QCOMPARE(mfcc->tileCount(), int(tiles.size()));
        for (int i = 0; i < mfcc->tileCount(); ++i)
            QVERIFY2(mfcc->tile(i)->mfcc.data == tiles[std::size_t(i)],
                     qPrintable(QString::number(i)));
    }

    // Delete in the track list removes the current track and its regions in one step; the
    // next track becomes current; undo brings back the same id with the same classes and
    // times; redo removes it again. The audio file stays.
    void removeTrackIsOneUndoableStep()
    {
        importAll();
        makeCurrent(m_first);
        const std::int64_t id = trackId(m_first);
        label(0, 10, QStringLiteral("boom bap"));
        label(10, 22, QStringLiteral("trap"));
        const std::vector<RegionRecord> before = test::must(stored()->regions(id));
        QCOMPARE(int(before.size()), 2);
        const int steps = controller()->undoStack()->count();

        QVERIFY(m_window->trackList()->removeAction()->isEnabled());
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Delete);
        QCOMPARE(int(controller()->tracks().size()), 2);
        QCOMPARE(tree()->topLevelItemCount(), 2);
        QCOMPARE(controller()->undoStack()->count(), steps + 1);
        QVERIFY(controller()->currentTrack());
        QVERIFY(controller()->currentTrack()->id != id);
        QVERIFY(controller()->labelRegions().empty());
        QVERIFY(!stored()->track(id).ok());
        QVERIFY(test::must(stored()->regions(id)).empty());
        QVERIFY(QFileInfo::exists(m_first));

        controller()->undoStack()->undo();
        QCOMPARE(int(controller()->tracks().size()), 3);
        QCOMPARE(tree()->topLevelItemCount(), 3);
        QVERIFY(stored()->track(id).ok());
        const std::vector<RegionRecord> back = test::must(stored()->regions(id));
        QCOMPARE(spans(back), spans(before));
        QCOMPARE(back[0].className, QStringLiteral("boom bap"));
        QCOMPARE(back[1].className, QStringLiteral("trap"));
        QCOMPARE(back[0].id, before[0].id);

        controller()->undoStack()->redo();
        QCOMPARE(int(controller()->tracks().size()), 2);
        QVERIFY(!stored()->track(id).ok());
        QVERIFY(test::must(stored()->regions(id)).empty());
        QVERIFY(QFileInfo::exists(m_first));
    }

    // Removing the last track leaves no current track and the action disabled.
    void removeEveryTrack()
    {
        importAll();
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_window->trackList()->removeCurrent());
        QVERIFY(controller()->tracks().empty());
        QVERIFY(!controller()->currentTrack());
        QVERIFY(!m_window->trackList()->removeAction()->isEnabled());
        QVERIFY(!m_window->trackList()->removeCurrent());
        controller()->undoStack()->undo();
        QCOMPARE(int(controller()->tracks().size()), 1);
        QVERIFY(controller()->currentTrack());
    }

    // Typing in the filter hides the tracks whose file name does not contain it (any case,
    // Korean too); the clear button shows them all; the current track stays current.
    void filterNarrowsTheList()
    {
        importAll();
        makeCurrent(m_second);
        QLineEdit* filter = m_window->trackList()->filter();
        QVERIFY(filter->isClearButtonEnabled());
        QTest::keyClicks(filter, QStringLiteral("FREE")); // typed; QTest types ASCII only
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(controller()->currentTrack()->path, m_second);
        filter->setText(QStringLiteral("킬링벌스"));
        QCOMPARE(visibleRows(), 2);
        QCOMPARE(controller()->currentTrack()->path, m_second);
        filter->setText(QStringLiteral("비와이"));
        QCOMPARE(visibleRows(), 1);
        filter->setText(QStringLiteral("dingo freestyle"));
        QCOMPARE(visibleRows(), 1);
        QVERIFY(!tree()->topLevelItem(1)->isHidden());
        filter->setText(QStringLiteral("nothing like this"));
        QCOMPARE(visibleRows(), 0);
        QCOMPARE(controller()->currentTrack()->path, m_second);
        filter->clear();
        QCOMPARE(visibleRows(), 3);
        QCOMPARE(controller()->currentTrack()->path, m_second);
        // A rebuild (a new label) keeps the filter applied.
        filter->setText(QStringLiteral("창모"));
        label(0, 4, QStringLiteral("trap"));
        QCOMPARE(visibleRows(), 1);
    }

    // Import Labels onto a track with regions, with each answer.
    void importLabelsAsksWhatToDoWithExistingRegions()
    {
        importAll();
        makeCurrent(m_first);
        const std::int64_t id = trackId(m_first);
        label(0, 5, QStringLiteral("trap"));
        label(20, 25, QStringLiteral("singing"));
        const std::vector<RegionRecord> original = test::must(stored()->regions(id));
        // HHS_NO_DIALOGS: nothing is asked.
        QVERIFY(askHowToImportLabels(m_window.get(), QStringLiteral("x"), 2) ==
                ExistingLabels::Replace);
        const QString beside = writeLabels(QStringLiteral("beside.txt"),
                                           "6.0\t10.0\tboom bap\n10.0\t19.5\t노래 제목\n");
        const QString overlapping =
            writeLabels(QStringLiteral("overlap.txt"), "6.0\t10.0\tboom bap\n18.0\t21.0\ttrap\n");

        // Add beside, with an overlap: refused, naming the overlapped region's times.
        const auto [refused, why] = importedBy([&] {
            controller()->importLabels(overlapping, LabelFileFormat::Audacity, Overlap::Refuse);
            return true;
        });
        QVERIFY(!refused);
        QVERIFY2(why.contains(QStringLiteral("0:20")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("overlap.txt")));
        QVERIFY(test::must(stored()->regions(id)) == original);
        QVERIFY(!importedBy([&] {
                     return m_window->importLabelsFile(overlapping, LabelFileFormat::Audacity,
                                                       ExistingLabels::AddBeside);
                 }).first);
        QVERIFY(test::must(stored()->regions(id)) == original);

        // Add beside, without an overlap: both old and new regions.
        const int steps = controller()->undoStack()->count();
        QVERIFY(importedBy([&] {
                    return m_window->importLabelsFile(beside, LabelFileFormat::Audacity,
                                                      ExistingLabels::AddBeside);
                }).first);
        QCOMPARE(controller()->undoStack()->count(), steps + 1);
        std::vector<RegionRecord> now = test::must(stored()->regions(id));
        QCOMPARE(spans(now), (QList<QPair<double, double>>{{0, 5}, {6, 10}, {10, 19.5}, {20, 25}}));
        QCOMPARE(now[1].className, QStringLiteral("boom bap"));
        QCOMPARE(now[2].name, QStringLiteral("노래 제목"));
        controller()->undoStack()->undo();
        QVERIFY(test::must(stored()->regions(id)) == original);

        // Replace: only the file's regions stay; undo brings the old ones back.
        QVERIFY(importedBy([&] {
                    return m_window->importLabelsFile(overlapping, LabelFileFormat::Audacity,
                                                      ExistingLabels::Replace);
                }).first);
        now = test::must(stored()->regions(id));
        QCOMPARE(spans(now), (QList<QPair<double, double>>{{6, 10}, {18, 21}}));
        QCOMPARE(now[1].className, QStringLiteral("trap"));
        controller()->undoStack()->undo();
        QVERIFY(test::must(stored()->regions(id)) == original);

        // Cancel: nothing is imported, nothing joins the undo stack.
        const int before = controller()->undoStack()->count();
        QVERIFY(
            !m_window->importLabelsFile(beside, LabelFileFormat::Audacity, ExistingLabels::Cancel));
        QCOMPARE(controller()->undoStack()->count(), before);
        QVERIFY(test::must(stored()->regions(id)) == original);

        // A track without regions is not asked about: the answer does not apply.
        makeCurrent(m_second);
        const QString songs = writeLabels(QStringLiteral("songs.txt"), "1.0\t3.0\ttrap\n");
        QVERIFY(importedBy([&] {
                    return m_window->importLabelsFile(songs, LabelFileFormat::Audacity,
                                                      ExistingLabels::Cancel);
                }).first);
        QCOMPARE(int(test::must(stored()->regions(trackId(m_second))).size()), 1);
    }

    // A label file of many lines imports as a job: its progress shows by name in the runner,
    // Cancel leaves the project and the undo stack as they were, and otherwise every line
    // becomes a region in one undoable step.
    void aLargeLabelFileImportsAsAJobThatCanBeCancelled()
    {
        importAll();
        makeCurrent(m_first); // 30 s
        QByteArray text;
        constexpr int kLines = 100000;
        for (int i = 0; i < kLines; ++i)
            text += QByteArray::number(i * 2.5e-4, 'f', 6) + '\t' +
                    QByteArray::number(i * 2.5e-4 + 1e-4, 'f', 6) +
                    (i % 2 ? "\ttrap\n" : "\tsong\n");
        const QString many = writeLabels(QStringLiteral("많은 라벨.txt"), text);
        const std::int64_t id = trackId(m_first);
        const int steps = controller()->undoStack()->count();

        QSignalSpy ended(controller(), &ProjectController::labelsImported);
        controller()->importLabels(many, LabelFileFormat::Audacity);
        m_window->runner()->cancel();
        QVERIFY(ended.wait(kWaitMs));
        QCOMPARE(ended.first().at(0).toBool(), false);
        QCOMPARE(ended.first().at(1).toBool(), true); // cancelled, not an error
        QVERIFY(test::must(stored()->regions(id)).empty());
        QCOMPARE(controller()->undoStack()->count(), steps);

        QSignalSpy progress(m_window->runner(), &JobRunner::jobProgress);
        const auto [ok, message] = importedBy([&] {
            controller()->importLabels(many, LabelFileFormat::Audacity);
            return true;
        });
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("50000 labelled")), qPrintable(message));
        bool named = false;
        for (const QList<QVariant>& report : progress)
            named = named || report.at(2).toString().contains(QStringLiteral("많은 라벨.txt"));
        QVERIFY(named);
        QCOMPARE(int(test::must(stored()->regions(id)).size()), kLines);
        QCOMPARE(int(controller()->labelRegions().size()), kLines);
        QCOMPARE(controller()->undoStack()->count(), steps + 1);
        controller()->undoStack()->undo();
        QVERIFY(test::must(stored()->regions(id)).empty());
    }

    // File ▸ Import Tracklist…: a pasted description shows the songs it makes and the lines it
    // does not read as it is typed; a time out of order is named by its line and disables the
    // import; Make Songs imports them as one undoable step.
    void aPastedTracklistShowsWhatItMakesAndImports()
    {
        importAll();
        makeCurrent(m_first); // 30 s
        const std::int64_t id = trackId(m_first);
        const int steps = controller()->undoStack()->count();
        QAction* action = nullptr;
        for (QAction* candidate : m_window->findChildren<QAction*>())
            if (candidate->text() == TracklistDialog::tr("Import &Tracklist…")) action = candidate;
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        bool checked = false;
        QSignalSpy ended(controller(), &ProjectController::labelsImported);
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<TracklistDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                if (QWidget* other = QApplication::activeModalWidget()) other->close();
                return;
            }
            [&] {
                QVERIFY(!dialog->importButton()->isEnabled());
                dialog->editor()->setFocus();
                QTest::keyClicks(dialog->editor(), QStringLiteral("00:10 a"));
                QTest::keyClick(dialog->editor(), Qt::Key_Return);
                QTest::keyClicks(dialog->editor(), QStringLiteral("00:05 b"));
                QVERIFY2(dialog->summary()->text().contains(QStringLiteral("line 2")),
                         qPrintable(dialog->summary()->text()));
                QVERIFY(!dialog->importButton()->isEnabled());
                dialog->setText(QStringLiteral("[킬링벌스] 비와이 | 딩고 프리스타일\n\n"
                                               "00:00 비와이 - Day Day\n0:12 - 비와이 - Forever\n"
                                               "구독해 주세요!\n"));
                QCOMPARE(int(dialog->songs().size()), 2);
                QCOMPARE(dialog->preview()->topLevelItemCount(), 4); // 2 songs, 2 lines unread
                QVERIFY(dialog->preview()->topLevelItem(3)->text(1).contains(
                    QStringLiteral("구독해 주세요!")));
                QVERIFY2(dialog->summary()->text().contains(QStringLiteral("2 song")),
                         qPrintable(dialog->summary()->text()));
                QVERIFY(dialog->importButton()->isEnabled());
                checked = true;
            }();
            // Never left open: a failed check must not block the test in exec().
            if (checked)
                dialog->importButton()->click();
            else
                dialog->reject();
        });
        action->trigger();
        QVERIFY(checked);
        QVERIFY(ended.wait(kWaitMs) || !ended.isEmpty());
        QVERIFY2(ended.first().at(0).toBool(), qPrintable(ended.first().at(2).toString()));
        const std::vector<RegionRecord> regions = test::must(stored()->regions(id));
        QCOMPARE(spans(regions), (QList<QPair<double, double>>{{0.0, 12.0}, {12.0, 30.0}}));
        QCOMPARE(regions[0].name, QStringLiteral("비와이 - Day Day"));
        QCOMPARE(regions[1].name, QStringLiteral("비와이 - Forever"));
        QVERIFY(!regions[1].classId);
        QCOMPARE(controller()->undoStack()->count(), steps + 1);
    }

    // A download whose file carries chapters: the import asks (yes under HHS_NO_DIALOGS) and
    // the chapters become the track's named songs, one undoable step.
    void importedChaptersBecomeSongs()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
            QSKIP("the ffmpeg program is not installed");
        const QString meta = writeLabels(
            QStringLiteral("chapters.txt"),
            ";FFMETADATA1\ntitle=[킬링벌스] 비와이 | 딩고 프리스타일\n[CHAPTER]\nTIMEBASE=1/1000\n"
            "START=0\nEND=2500\ntitle=비와이 - Day "
            "Day\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=2500\nEND=6000\ntitle=창모 - METEOR\n");
        const QString medley = m_dir.filePath(QStringLiteral("[킬링벌스] 메들리.webm"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("sine=f=440:d=6"), QStringLiteral("-i"), meta,
                      QStringLiteral("-map_metadata"), QStringLiteral("1"),
                      QStringLiteral("-map_chapters"), QStringLiteral("1"), QStringLiteral("-c:a"),
                      QStringLiteral("libopus"), medley});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QVERIFY2(ffmpeg.exitCode() == 0, ffmpeg.readAllStandardError().constData());

        QSignalSpy songs(controller(), &ProjectController::labelsImported);
        controller()->importPaths({medley});
        QVERIFY(songs.wait(kWaitMs) || !songs.isEmpty());
        QVERIFY2(songs.first().at(0).toBool(), qPrintable(songs.first().at(2).toString()));
        const std::int64_t id = trackId(medley);
        QVERIFY(id > 0);
        const std::vector<RegionRecord> regions = test::must(stored()->regions(id));
        QCOMPARE(int(regions.size()), 2);
        QCOMPARE(regions[0].name, QStringLiteral("비와이 - Day Day"));
        QCOMPARE(regions[1].name, QStringLiteral("창모 - METEOR"));
        QVERIFY(qAbs(regions[1].start - 2.5) < 1e-3);
        controller()->undoStack()->undo();
        QVERIFY(test::must(stored()->regions(id)).empty());

        // The list shows the video's title; the filter finds it by its file name too.
        QList<QTreeWidgetItem*> rows = tree()->findItems(
            QStringLiteral("[킬링벌스] 비와이 | 딩고 프리스타일"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0]->toolTip(0).endsWith(QStringLiteral("[킬링벌스] 메들리.webm")));
        m_window->trackList()->filter()->setText(QStringLiteral("메들리.webm"));
        QCOMPARE(visibleRows(), 1);
        QVERIFY(!rows[0]->isHidden());

        // Its properties: what the project knows at once, the file's streams and chapters once
        // it has been read.
        QCOMPARE(controller()->currentTrack()->id, id);
        TrackPropertiesDialog* properties = m_window->trackList()->showProperties();
        QVERIFY(properties);
        QCOMPARE(properties->field(TrackPropertiesDialog::tr("Title")),
                 QStringLiteral("[킬링벌스] 비와이 | 딩고 프리스타일"));
        QSignalSpy read(properties, &TrackPropertiesDialog::fileReadFinished);
        QVERIFY(properties->fileRead() || read.wait(kWaitMs));
        QCOMPARE(properties->field(TrackPropertiesDialog::tr("Codec")), QStringLiteral("opus"));
        QCOMPARE(properties->streams()->topLevelItemCount(), 1);
        QVERIFY(properties->streams()->topLevelItem(0)->text(0).contains(QStringLiteral("opus")));
        QCOMPARE(properties->chapters()->topLevelItemCount(), 2);
        QCOMPARE(properties->chapters()->topLevelItem(1)->text(1), QStringLiteral("창모 - METEOR"));
        properties->close();
    }

    // The studio labels while hiphop-cli processes label the same track: every edit is
    // planned inside its own write transaction, so each acknowledged label is there (or was
    // painted over by a later one) and none overlap.
    void theStudioAndTheCliLabelOneProjectAtOnce()
    {
        importAll();
        makeCurrent(m_first); // 30 s
        const std::int64_t id = trackId(m_first);
        constexpr int kWriters = 30;
        std::vector<std::unique_ptr<QProcess>> writers;
        auto startCli = [&](double start, double end) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(HHS_CLI_PATH),
                           {QStringLiteral("--project"), m_projectPath, QStringLiteral("label"),
                            QStringLiteral("[킬링벌스] 비와이.wav"), QString::number(start),
                            QString::number(end), QStringLiteral("boom bap")});
            writers.push_back(std::move(process));
        };
        for (int i = 0; i < kWriters; ++i)
            startCli(i, i + 0.5);
        startCli(29.5, 30.0); // the range of the studio's last label
        int studioLabelled = 0;
        for (int i = 0; i < kWriters; ++i) {
            studioLabelled += controller()->label(i + 0.5, i + 1.0, QStringLiteral("trap"));
            QCoreApplication::processEvents();
        }
        int cliLabelled = 0;
        for (const std::unique_ptr<QProcess>& writer : writers) {
            // Already finished when the event loop ran while the studio labelled.
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(kWaitMs));
            QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
            cliLabelled += writer->exitCode() == 0;
        }
        // The studio paints over (it trims what it overlaps): its labels all succeed, and the
        // CLI's label of its last range succeeds only if it came first.
        QCOMPARE(studioLabelled, kWriters);
        QVERIFY(cliLabelled == kWriters || cliLabelled == kWriters + 1);

        const std::vector<RegionRecord> regions = test::must(stored()->regions(id));
        QCOMPARE(int(regions.size()), 2 * kWriters);
        for (std::size_t i = 0; i < regions.size(); ++i) {
            QCOMPARE(regions[i].start, i * 0.5);
            QCOMPARE(regions[i].end, (i + 1) * 0.5);
            QCOMPARE(regions[i].className,
                     i % 2 ? QStringLiteral("trap") : QStringLiteral("boom bap"));
        }
        QVERIFY(stored()->integrityCheck().ok());
    }
};

QTEST_MAIN(TracksTest)
#include "tracks_test.moc"
