// The keyboard transport and the click-to-seek lanes, driven like a user would: ← / → seek
// 1 s (Shift 5 s, Ctrl to the previous/next region boundary), Home / End, PgUp / PgDn by one
// screen with the view following; a click on the waveform or the MFCC moves the playhead and
// a drag there selects; F1 opens the Keyboard Shortcuts window listing the live keys; the
// Playback menu lists the output devices. (No audio output here: these move the playhead
// the player would play from.)
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "main/main_window.h"
#include "main/shortcuts_window.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "timeline/mfcc_view.h"
#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"
#include "timeline/waveform_view.h"

#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 30000;
constexpr double kTrackSeconds = 40;
} // namespace

class TransportTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wav;
    std::unique_ptr<MainWindow> m_window;

    TimeAxis* axis() const { return m_window->timeline()->axis(); }
    TimelineState* state() const { return m_window->timeline()->state(); }
    double playhead() const { return state()->playhead(); }
    void key(int key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
    }
    QPoint at(QWidget* lane, double seconds) const
    {
        return QPoint(int(std::lround(axis()->xForSeconds(seconds))), lane->height() / 2);
    }
    double pixel() const { return axis()->secondsPerPixel() * 1.01; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        hhs::test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        m_wav = m_dir.filePath(QStringLiteral("transport.wav"));
        QVERIFY(hhs::test::writeToneFile(m_wav, kTrackSeconds));
    }

    void init()
    {
        static int run = 0;
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("p%1.hhs").arg(++run))));
        m_window->project()->importPaths({m_wav});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->timelineController()->trackLoaded(), kWaitMs);
    }

    void cleanup() { m_window.reset(); }

    // Arrows step 1 s, Shift+arrows 5 s, Home and End go to the track's ends; never past them.
    void arrowsAndHomeEndSeek()
    {
        key(Qt::Key_Right);
        QCOMPARE(playhead(), 1.0);
        key(Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(playhead(), 6.0);
        key(Qt::Key_Left);
        QCOMPARE(playhead(), 5.0);
        key(Qt::Key_End);
        QCOMPARE(playhead(), axis()->duration());
        QVERIFY(axis()->end() >= axis()->duration() - pixel()); // the view shows the end
        key(Qt::Key_Right);
        QCOMPARE(playhead(), axis()->duration());
        key(Qt::Key_Home);
        QCOMPARE(playhead(), 0.0);
        key(Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(playhead(), 0.0);
    }

    // Ctrl+arrows walk the region boundaries, the suggested song changes and the track's ends,
    // each in turn, forwards and back. The changes are waited for: whether they were found
    // before a key press must not change what the test expects.
    void ctrlArrowsGoToRegionBoundaries()
    {
        TrackAnalysis* analysis = m_window->timelineController()->analysis();
        QTRY_VERIFY_WITH_TIMEOUT(analysis->trackId() != 0, kWaitMs);
        const QString name = m_window->project()->classes().front().name;
        QVERIFY(m_window->project()->label(5, 12, name));
        QVERIFY(m_window->project()->label(20, 30, name));
        std::vector<double> stops = {0.0, 5.0, 12.0, 20.0, 30.0, axis()->duration()};
        for (const SongChange& change : analysis->songChanges())
            stops.push_back(change.time);
        std::sort(stops.begin(), stops.end());
        stops.erase(std::unique(stops.begin(), stops.end(),
                                [](double a, double b) { return std::abs(a - b) <= 1e-6; }),
                    stops.end());
        key(Qt::Key_Home);
        for (std::size_t i = 1; i < stops.size(); ++i) {
            key(Qt::Key_Right, Qt::ControlModifier);
            QCOMPARE(playhead(), stops[i]);
        }
        key(Qt::Key_Right, Qt::ControlModifier); // at the end it stays
        QCOMPARE(playhead(), axis()->duration());
        for (std::size_t i = stops.size() - 1; i-- > 0;) {
            key(Qt::Key_Left, Qt::ControlModifier);
            QCOMPARE(playhead(), stops[i]);
        }
        key(Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(playhead(), 0.0);
    }

    // PgDn / PgUp move the playhead and the view by one screen; a seek off screen scrolls.
    void pageKeysMoveByOneScreenAndTheViewFollows()
    {
        axis()->showRange(0, 8);
        const double page = axis()->end() - axis()->start();
        key(Qt::Key_PageDown);
        QVERIFY(std::abs(playhead() - page) <= 1e-9);
        QVERIFY(std::abs(axis()->start() - page) <= pixel());
        key(Qt::Key_PageDown);
        QVERIFY(std::abs(playhead() - 2 * page) <= 1e-9);
        key(Qt::Key_PageUp);
        QVERIFY(std::abs(playhead() - page) <= 1e-9);
        QVERIFY(std::abs(axis()->start() - page) <= pixel());
        key(Qt::Key_Home);
        QCOMPARE(axis()->start(), 0.0);
        for (int i = 0; i < 12; ++i)
            key(Qt::Key_Right);
        QCOMPARE(playhead(), 12.0);
        QVERIFY(axis()->start() <= 12.0 && 12.0 <= axis()->end());
    }

    // A click on the waveform or the MFCC moves the playhead; a drag there selects.
    void clickingWaveformOrMfccMovesThePlayhead()
    {
        WaveformView* waveform = m_window->timeline()->waveform();
        MfccView* mfcc = m_window->timeline()->mfcc();
        QTest::mouseClick(waveform, Qt::LeftButton, {}, at(waveform, 12));
        QVERIFY(std::abs(playhead() - 12) <= pixel());
        QTest::mouseClick(mfcc, Qt::LeftButton, {}, at(mfcc, 25));
        QVERIFY(std::abs(playhead() - 25) <= pixel());
        QTest::mousePress(waveform, Qt::LeftButton, {}, at(waveform, 5));
        QTest::mouseMove(waveform, at(waveform, 7));
        QTest::mouseMove(waveform, at(waveform, 9));
        QTest::mouseRelease(waveform, Qt::LeftButton, {}, at(waveform, 9));
        QVERIFY(state()->selection());
        QVERIFY(std::abs(state()->selection()->start - 5) <= pixel());
        QVERIFY(std::abs(state()->selection()->end - 9) <= pixel());
        QVERIFY(std::abs(playhead() - 25) <= pixel()); // a drag does not seek
        QTest::mouseClick(mfcc, Qt::LeftButton, {}, at(mfcc, 3));
        QVERIFY(!state()->selection()); // a click clears it, as in the label lane
    }

    // F1 lists every key from the live actions, the transport's among them.
    void f1ShowsTheKeyboardShortcuts()
    {
        key(Qt::Key_F1);
        auto* window = m_window->findChild<ShortcutsWindow*>();
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        QStringList rows;
        for (int i = 0; i < window->table()->rowCount(); ++i)
            rows << window->table()->item(i, 0)->text() + QLatin1Char('=') +
                        window->table()->item(i, 1)->text();
        const QString all = rows.join(QLatin1Char('\n'));
        for (const QString& expected :
             {QKeySequence(Qt::Key_Right).toString(QKeySequence::NativeText) +
                  QStringLiteral("=Forward 1 Second"),
              QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText) +
                  QStringLiteral("=Next Screen"),
              QStringLiteral("Space=Play / Pause"), QStringLiteral("F1=Keyboard Shortcuts")})
            QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" in\n") + all));
    }

    // Playback ▸ Output Device offers the system default and the outputs there are now.
    void outputDeviceMenuListsTheOutputs()
    {
        auto* menu = m_window->menuBar()->findChild<QMenu*>(QStringLiteral("outputDeviceMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QVERIFY(!menu->actions().isEmpty());
        QCOMPARE(menu->actions().front()->text(), QStringLiteral("System Default"));
        QVERIFY(menu->actions().front()->isChecked());
    }
};

QTEST_MAIN(TransportTest)
#include "transport_test.moc"
