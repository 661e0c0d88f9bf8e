// Labelling a generated medley with the studio's help, as a user would: the song changes are
// found off the GUI thread and marked on the ruler, Ctrl+→ jumps to them, Cut at Suggested
// Changes makes one unlabelled region per song in one undoable step, a class key in each song
// labels it, and the Regions dock lists every region with its tempo, filters, selects, renames
// and deletes. Every check reads what core stored.
#include "audio/wav_writer.h"
#include "demo/demo_corpus.h"
#include "demo/style_synth.h"
#include "document/project_controller.h"
#include "gui_test_support.h"
#include "main/label_check_dialog.h"
#include "main/main_window.h"
#include "main/regions_panel.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "must.h"
#include "project/project.h"
#include "timeline/time_axis.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace hhs;
using namespace hhs::ui;

namespace {
constexpr int kWaitMs = 60000;
constexpr double kMedleySeconds = 150;
constexpr double kHitSeconds = 3; // MIREX's boundary window
} // namespace

class LabellingTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_wav;
    demo::Medley m_medley;
    std::unique_ptr<MainWindow> m_window;

    TimelineController* timeline() const { return m_window->timelineController(); }
    TimelineState* state() const { return m_window->timeline()->state(); }
    std::vector<RegionRecord> storedRegions() const
    {
        Result<std::unique_ptr<Project>> project =
            Project::open(m_dir.filePath(QStringLiteral("라벨.hhs")));
        return project ? test::must((*project)->regions()) : std::vector<RegionRecord>{};
    }
    RegionsPanel* regionsPanel() const { return m_window->findChild<RegionsPanel*>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        hhs::test::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
        m_medley = demo::synthesizeMedley(kMedleySeconds, 7);
        m_wav = m_dir.filePath(QStringLiteral("[킬링벌스] 메들리.wav"));
        QVERIFY(writeWav(m_wav, m_medley.samples.data(), m_medley.samples.size(), 1, 22050));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openProject(m_dir.filePath(QStringLiteral("라벨.hhs"))));
        m_window->project()->importPaths({m_wav});
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->trackLoaded(), kWaitMs);
    }

    void songChangesAreFoundAndMarkedOnTheRuler()
    {
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->analysis()->trackId() != 0, kWaitMs);
        const std::vector<SongChange>& changes = timeline()->analysis()->songChanges();
        QCOMPARE(m_window->timeline()->ruler()->songChanges().size(), changes.size());
        // Every true change between songs has a suggestion within 3 s, and no suggestion is
        // far from a true change.
        QCOMPARE(changes.size(), m_medley.parts.size() - 1);
        for (std::size_t i = 1; i < m_medley.parts.size(); ++i) {
            const double truth = m_medley.parts[i].start;
            bool hit = false;
            for (const SongChange& change : changes)
                hit = hit || std::abs(change.time - truth) <= kHitSeconds;
            QVERIFY2(hit, qPrintable(QStringLiteral("no suggestion near %1 s").arg(truth)));
        }
        // Ctrl+→ from the start goes to the first suggested change.
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(state()->playhead(), changes.front().time);
    }

    void cutAtSuggestedChangesThenAClassKeyInEachSong()
    {
        const std::vector<SongChange> changes = timeline()->analysis()->songChanges();
        const int undoBefore = m_window->project()->undoStack()->count();
        timeline()->cutAtSuggestedChanges();
        std::vector<RegionRecord> stored = storedRegions();
        QCOMPARE(stored.size(), changes.size() + 1);
        QCOMPARE(m_window->project()->undoStack()->count(), undoBefore + 1);
        for (std::size_t i = 0; i < stored.size(); ++i) {
            QVERIFY(!stored[i].classId.has_value());
            if (i > 0) QCOMPARE(stored[i].start, stored[i - 1].end);
        }
        // One class key in the middle of each song labels it with the song's style.
        for (std::size_t i = 0; i < m_medley.parts.size(); ++i) {
            const demo::MedleyPart& part = m_medley.parts[i];
            state()->clearSelection();
            state()->setPlayhead((part.start + part.end) / 2);
            const int key = Qt::Key_1 + int(part.style);
            QTest::keyClick(m_window.get(), Qt::Key(key));
        }
        stored = storedRegions();
        QCOMPARE(stored.size(), m_medley.parts.size());
        for (std::size_t i = 0; i < stored.size(); ++i)
            QCOMPARE(stored[i].className, demo::styleName(m_medley.parts[i].style));
    }

    void theRegionsDockListsFiltersSelectsRenamesAndDeletes()
    {
        RegionsPanel* panel = regionsPanel();
        QVERIFY(panel);
        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), int(m_medley.parts.size()));
        // Every song has a tempo (the synthesised styles have steady beats).
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY2(table->item(row, 5)->text().contains(QStringLiteral("BPM")),
                     qPrintable(table->item(row, 5)->text()));
        // The filter keeps the trap songs only.
        panel->filter()->setText(QStringLiteral("trap"));
        int shown = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            if (!table->isRowHidden(row)) {
                ++shown;
                QCOMPARE(table->item(row, 0)->text(), QStringLiteral("trap"));
            }
        int traps = 0;
        for (const demo::MedleyPart& part : m_medley.parts)
            traps += part.style == demo::Style::Trap;
        QCOMPARE(shown, traps);
        panel->filter()->clear();
        // All tracks adds the Track column (one track here, so the same rows).
        panel->allTracks()->setChecked(true);
        QCOMPARE(table->rowCount(), int(m_medley.parts.size()));
        QVERIFY(!table->isColumnHidden(6));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("[킬링벌스] 메들리.wav"));
        panel->allTracks()->setChecked(false);
        QVERIFY(table->isColumnHidden(6));

        // Clicking the second row selects its region in the timeline and goes there.
        const std::vector<RegionRecord> stored = storedRegions();
        const QRect second = table->visualItemRect(table->item(1, 2));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(state()->selectedRegion().value_or(-1), stored[1].id);
        QCOMPARE(state()->playhead(), stored[1].start);

        // The name is edited in place, as one undoable edit.
        table->item(1, 1)->setText(QStringLiteral("비와이 - Day Day"));
        QCOMPARE(storedRegions()[1].name, QStringLiteral("비와이 - Day Day"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("비와이 - Day Day"));
        m_window->project()->undoStack()->undo();
        QVERIFY(storedRegions()[1].name.isEmpty());

        // Delete in the table removes the selected region.
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(storedRegions().size(), m_medley.parts.size() - 1);
        QCOMPARE(table->rowCount(), int(m_medley.parts.size()) - 1);
    }

    // Tools ▸ Check Labels finds the slivers a late key leaves and Fix removes them in one step.
    void checkLabelsFindsAndFixesSlivers()
    {
        const std::int64_t track = m_window->project()->tracks().front().id;
        std::vector<RegionRecord> stored = storedRegions();
        Project& project = *m_window->project()->project();
        // A 0.2 s gap after the first region, and a 0.3 s sliver at the start of the second.
        // (The previous test deleted the second song: its neighbours touch nothing there.)
        RegionRecord first = stored[2];
        first.end -= 0.2;
        m_window->project()->pushEdit(
            *project.replaceRegions({stored[2]}, {first}, QStringLiteral("shorten")));
        m_window->project()->pushEdit(*project.label(track, stored[3].start, stored[3].start + 0.3,
                                                     QStringLiteral("singing"),
                                                     Overlap::TrimNeighbours));
        LabelCheckDialog dialog(m_window->project(), timeline(), m_window.get());
        QVERIFY(dialog.list()->topLevelItemCount() >= 2);
        QVERIFY(dialog.check().hasFixes());
        QVERIFY(dialog.fix());
        stored = storedRegions();
        for (const RegionRecord& region : stored)
            QVERIFY(region.end - region.start >= 0.5);
        QCOMPARE(stored[2].end, stored[3].start);
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(LabellingTest)
#include "labelling_test.moc"
