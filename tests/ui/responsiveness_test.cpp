// The GUI thread is never blocked by import, loading, overview, MFCC or export: between two
// ticks of a 10 ms timer on it, the GUI thread never does more than 100 ms of its own work (its
// CPU time, which a busy machine does not inflate) while 8 minutes of generated WAV is
// imported, decoded, drawn and turned into MFCC tiles, then labelled and exported as the
// notebook's dataset.
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "main/main_window.h"
#include "main/timeline_controller.h"
#include "project/project.h"
#include "timeline/mfcc_view.h"
#include "timeline/timeline_widget.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hhs::ui;

class ResponsivenessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heartbeatDuringLongImport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        hhs::test::isolateSettings(dir.filePath(QStringLiteral("settings")));
        const QString wav = dir.filePath(QStringLiteral("긴 메들리.wav"));
        QVERIFY(hhs::test::writeToneFile(wav, 8 * 60));

        MainWindow window;
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(dir.filePath(QStringLiteral("p.hhs"))));

        hhs::test::Heartbeat heartbeat;
        window.project()->importPaths({wav});
        QTRY_VERIFY_WITH_TIMEOUT(window.timelineController()->trackLoaded(), 120000);
        MfccView* mfcc = window.timeline()->mfcc();
        QTRY_VERIFY_WITH_TIMEOUT(mfcc->tileCount() > 0 && mfcc->tilesReady() == mfcc->tileCount(),
                                 120000);
        const std::int64_t track = window.project()->tracks().front().id;
        window.project()->pushEdit(
            *window.project()->project()->label(track, 0, 8 * 60, QStringLiteral("trap")));
        QSignalSpy exported(window.project(), &ProjectController::datasetExported);
        window.project()->exportDataset(dir.filePath(QStringLiteral("data.json")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 120000);
        QVERIFY2(exported[0][0].toBool(), qPrintable(exported[0][1].toString()));
        qInfo("GUI thread: at most %lld ms of its own work between %d ticks", heartbeat.worstMs(),
              heartbeat.beats());
        QVERIFY2(heartbeat.worstMs() <= 100,
                 qPrintable(QStringLiteral("the GUI thread worked %1 ms without returning to its "
                                           "event loop")
                                .arg(heartbeat.worstMs())));
    }
};

QTEST_MAIN(ResponsivenessTest)
#include "responsiveness_test.moc"
