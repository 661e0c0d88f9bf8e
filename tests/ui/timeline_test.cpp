// The timeline's parts that need no window: the seconds<->pixels mapping and its zoom limits,
// the ruler's labels, the selection keys, where an export cuts, the MFCC tiles (equal to the
// whole-track MFCC, which the core tests pin to librosa), the colour map's ends (matplotlib's
// viridis) and the playback source's looping.
#include "dataset/segment_plan.h"
#include "features/mfcc.h"
#include "playback/sample_source.h"
#include "timeline/colour_map.h"
#include "timeline/mfcc_tiles.h"
#include "timeline/time_axis.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace hhs;
using namespace hhs::ui;

class TimelineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A 20-minute track fits the view; zooming keeps the second under the pointer in place.
    void zoomKeepsAnchor()
    {
        TimeAxis axis;
        axis.setViewWidth(1200);
        axis.setTrack(1200.0, 22050);
        QCOMPARE(axis.secondsPerPixel(), 1.0);
        QCOMPARE(axis.end(), 1200.0);
        const double before = axis.secondsForX(300);
        axis.zoomBy(8, 300);
        QCOMPARE(axis.secondsPerPixel(), 1.0 / 8);
        QVERIFY(std::abs(axis.secondsForX(300) - before) < 1e-9);
        axis.fit();
        QCOMPARE(axis.start(), 0.0);
        QCOMPARE(axis.secondsPerPixel(), 1.0);
    }

    // The closest zoom shows single samples 16 pixels apart; zooming out stops at the whole track.
    void zoomLimits()
    {
        TimeAxis axis;
        axis.setViewWidth(1000);
        axis.setTrack(1200.0, 22050);
        axis.zoomBy(1e12, 0);
        QVERIFY(std::abs(axis.secondsPerPixel() * 22050 - 1.0 / 16) < 1e-12);
        axis.zoomBy(1e-12, 0);
        QCOMPARE(axis.secondsPerPixel(), 1.2);
    }

    // Scrolling stops at the track's ends and the scroll bar position maps back.
    void scrollClamps()
    {
        TimeAxis axis;
        axis.setViewWidth(100);
        axis.setTrack(100.0, 22050);
        axis.showRange(10, 20); // 0.1 s per pixel
        QCOMPARE(axis.start(), 10.0);
        axis.setStart(-5);
        QCOMPARE(axis.start(), 0.0);
        axis.setStart(1000);
        QCOMPARE(axis.end(), 100.0);
        QCOMPARE(axis.scrollRange(), qint64(900));
        axis.setScrollPosition(450);
        QCOMPARE(axis.start(), 45.0);
        axis.ensureVisible(80, 85);
        QVERIFY(axis.start() <= 80 && axis.end() >= 85);
    }

    void rulerLabels()
    {
        QCOMPARE(TimeRuler::label(65, 5), QStringLiteral("1:05"));
        QCOMPARE(TimeRuler::label(0, 1), QStringLiteral("0:00"));
        QCOMPARE(TimeRuler::label(605.25, 0.05), QStringLiteral("10:05.250"));
    }

    // [ then ] select the stretch between two playhead positions, in either order.
    void bracketsSelect()
    {
        TimelineState state;
        state.setSelectionStart(12);
        QVERIFY(!state.selection());
        state.setSelectionEnd(20);
        QCOMPARE(state.selection()->start, 12.0);
        QCOMPARE(state.selection()->end, 20.0);
        state.setSelectionEnd(4);
        QCOMPARE(state.selection()->start, 4.0);
        QCOMPARE(state.selection()->end, 12.0);
    }

    // A labelled 10-second region gives three 3-second windows (66150 samples each) and drops
    // the last second; unlabelled regions give nothing.
    void exportWindowsFollowTheNotebook()
    {
        RegionRecord labelled;
        labelled.start = 5;
        labelled.end = 15;
        labelled.classId = 1;
        RegionRecord song;
        song.start = 20;
        song.end = 40;
        const ExportWindows windows =
            exportWindows({labelled, song}, FeatureParams{}, 66150, 40 * 22050);
        QCOMPARE(windows.windows, 3);
        QCOMPARE(int(windows.cuts.size()), 4);
        QCOMPARE(windows.cuts.back(), 14.0);
        QCOMPARE(int(windows.dropped.size()), 1);
        QCOMPARE(windows.dropped.front().start, 14.0);
        QCOMPARE(windows.dropped.front().end, 15.0);
    }

    // Each tile's frames are the whole-track MFCC's frames (same centring, same neighbours).
    // top_db is opened wide here: with the notebook's 80 dB each call clips against its own
    // maximum, which is the one intended difference between a tile and the whole track.
    void mfccTilesMatchWholeTrack()
    {
        const int rate = 22050;
        std::vector<float> signal(std::size_t(rate * 20));
        for (std::size_t i = 0; i < signal.size(); ++i)
            signal[i] = float(0.3 * std::sin(2 * M_PI * (200 + i / 400.0) * i / rate) +
                              0.1 * std::sin(2 * M_PI * 3000 * i / rate));
        FeatureParams params;
        params.topDb = 1000;
        QVERIFY(params.validate().ok());
        MfccExtractor extractor(params);
        const MfccMatrix whole = extractor.compute(signal);
        QCOMPARE(mfccFrameCount(std::int64_t(signal.size()), params), std::int64_t(whole.frames));
        const int tiles = mfccTileCount(std::int64_t(signal.size()), params);
        QCOMPARE(tiles, (whole.frames + kMfccTileFrames - 1) / kMfccTileFrames);
        int checked = 0;
        for (int index = 0; index < tiles; ++index) {
            const MfccTile tile = computeMfccTile(extractor, signal, index);
            QCOMPARE(tile.firstFrame, index * kMfccTileFrames);
            QCOMPARE(tile.mfcc.frames,
                     std::min(kMfccTileFrames, whole.frames - index * kMfccTileFrames));
            QCOMPARE(tile.image.height(), 13);
            for (int f = 0; f < tile.mfcc.frames; ++f)
                for (int c = 0; c < 13; ++c) {
                    const float expected = whole.at(tile.firstFrame + f, c);
                    const float got = tile.mfcc.at(f, c);
                    if (std::abs(expected - got) > 1e-3f * std::max(1.0f, std::abs(expected)))
                        QFAIL(qPrintable(QStringLiteral("tile %1 frame %2 c%3: %4 vs %5")
                                             .arg(index)
                                             .arg(f)
                                             .arg(c)
                                             .arg(got)
                                             .arg(expected)));
                    ++checked;
                }
        }
        QCOMPARE(checked, whole.frames * 13);
    }

    // What is on screen is computed first, then the rest spreading outwards.
    void tilesNearTheViewFirst()
    {
        const std::vector<int> order = mfccTileOrder(6, 3);
        QCOMPARE(order.front(), 3);
        QCOMPARE(order[1], 4);
        QCOMPARE(int(order.size()), 6);
    }

    // matplotlib's viridis starts at #440154 and ends at #fde725.
    void viridisEnds()
    {
        QCOMPARE(viridis(0.0), qRgb(0x44, 0x01, 0x54));
        QCOMPARE(viridis(1.0), qRgb(0xfd, 0xe7, 0x25));
        QCOMPARE(viridis(0.5), qRgb(0x21, 0x91, 0x8c));
        QCOMPARE(viridis(-3), viridis(0));
        QCOMPARE(viridis(std::nan("")), viridis(0));
    }

    // The playback source hands out the samples of its range, wrapping when looping; past the
    // end of a range it is not looping it reads silence (so the sink never idles while its
    // last samples are still buffered) and says it is exhausted.
    void sampleSourceLoops()
    {
        auto samples = std::make_shared<std::vector<float>>(std::vector<float>{0, 1, 2, 3, 4, 5});
        SampleSource source(samples, SampleSource::Encoding::Float32);
        source.setRange(2, 5, 3, true);
        QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        float out[7] = {};
        QCOMPARE(source.read(reinterpret_cast<char*>(out), sizeof(out)), qint64(sizeof(out)));
        const float expected[7] = {3, 4, 2, 3, 4, 2, 3};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(out[i], expected[i]);
        QVERIFY(!source.exhausted());
        source.setRange(0, 2, 0, false);
        QVERIFY(!source.exhausted());
        QCOMPARE(source.read(reinterpret_cast<char*>(out), sizeof(out)), qint64(sizeof(out)));
        const float tail[7] = {0, 1, 0, 0, 0, 0, 0};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(out[i], tail[i]);
        QVERIFY(source.exhausted());
        out[0] = 9;
        QCOMPARE(source.read(reinterpret_cast<char*>(out), sizeof(out)), qint64(sizeof(out)));
        QCOMPARE(out[0], 0.0f);
    }
};

QTEST_MAIN(TimelineTest)
#include "timeline_test.moc"
