// The first start: with no recent project the studio makes a demo project in the user's data
// folder (labelled clips of the three styles and an unlabelled medley) and opens it, without
// blocking the window; the next start reopens it from the recent list. About names the
// versions the studio runs on; preferences such as the follow mode survive a restart.
#include "demo/demo_corpus.h"
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "main/about_box.h"
#include "main/first_run.h"
#include "main/main_window.h"
#include "main/timeline_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

// The demo project: its clips (three styles) and the medley.
constexpr int kDemoTracks = 3 * hhs::demo::CorpusOptions{}.clipsPerStyle + 1;

using namespace hhs;
using namespace hhs::ui;

class FirstRunTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    }

    void firstStartMakesAndOpensTheDemoProject()
    {
        QVERIFY(MainWindow::recentProjects().isEmpty());
        QCOMPARE(demoFolder(), m_dir.filePath(QStringLiteral("data/hiphop-studio/demo")));
        MainWindow window;
        window.show();
        QVERIFY(!openMostRecentProject(window));
        openDemoProject(window);
        // The corpus is made on a worker: the window is responsive and not yet showing it.
        QVERIFY(!window.project()->isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(window.project()->isOpen(), 120000);

        const std::vector<TrackRecord>& tracks = window.project()->tracks();
        QCOMPARE(int(tracks.size()), kDemoTracks);
        QCOMPARE(window.project()->classes().size(), std::size_t(3));
        int unlabelled = 0;
        for (const TrackRecord& track : tracks) {
            QVERIFY(QFileInfo::exists(track.path));
            if (window.project()->labelledSeconds(track.id).isEmpty()) ++unlabelled;
        }
        QCOMPARE(unlabelled, 1); // the medley
        QVERIFY(
            QFileInfo::exists(QDir(demoFolder()).filePath(QStringLiteral("medley.labels.txt"))));
        QCOMPARE(MainWindow::recentProjects().value(0),
                 QDir(demoFolder()).filePath(QStringLiteral("demo.hhs")));
    }

    void theNextStartReopensTheMostRecentProject()
    {
        MainWindow window;
        QVERIFY(openMostRecentProject(window));
        QCOMPARE(window.project()->path(), QDir(demoFolder()).filePath(QStringLiteral("demo.hhs")));
        QCOMPARE(int(window.project()->tracks().size()), kDemoTracks);
    }

    void theAboutBoxNamesTheStudioAndEveryLibrary()
    {
        const QString text = aboutText();
        for (const char* name : {"HipHop Studio", "Qt", "LibTorch", "BLAS", "FFTW", "libsndfile",
                                 "libsoxr", "FFmpeg", "SQLite"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        QVERIFY(text.contains(QLatin1String(qVersion())));
    }

    void theFollowModeIsRememberedAcrossStarts()
    {
        auto followAction = [](MainWindow& window) -> QAction* {
            for (QAction* action : window.timelineController()->playbackActions())
                if (action->isCheckable() && action->text().contains(QLatin1String("Follow")))
                    return action;
            return nullptr;
        };
        {
            MainWindow first;
            QAction* follow = followAction(first);
            QVERIFY(follow);
            QVERIFY(!follow->isChecked()); // pages by default
            follow->setChecked(true);
        }
        MainWindow second;
        QVERIFY(followAction(second)->isChecked());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(FirstRunTest)
#include "first_run_test.moc"
