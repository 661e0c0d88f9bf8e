// Timeline drawing speed on a 20-minute track (a benchmark, not a test: it prints figures).
// Paints the waveform, label lane and MFCC lanes offscreen at zooms from the whole track down
// to single samples and reports milliseconds per repaint; also times the MFCC tiles of the
// whole track on one thread. Run with QT_QPA_PLATFORM=offscreen.
#include "audio/loader.h"
#include "jobs/job_runner.h"
#include "timeline/mfcc_tiles.h"
#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"
#include "timeline/waveform_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <cmath>
#include <cstdio>
#include <random>

using namespace hhs;
using namespace hhs::ui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    constexpr int rate = kNotebookSampleRate;
    constexpr double seconds = 20 * 60;
    auto audio = std::make_shared<LoadedAudio>();
    audio->sampleRate = rate;
    audio->samples.resize(std::size_t(seconds * rate));
    std::mt19937 random(1);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    for (std::size_t i = 0; i < audio->samples.size(); ++i)
        audio->samples[i] =
            float(0.3 * std::sin(2 * M_PI * 110 * double(i) / rate)) + noise(random);
    audio->peaks.append(audio->samples.data(), audio->samples.size());
    audio->peaks.finish();

    JobRunner runner;
    TimelineState state;
    TimelineWidget timeline(&state, &runner);
    timeline.resize(1400, 500);
    timeline.setAudio(audio);
    timeline.show();
    QApplication::processEvents(); // benchmark only: let the offscreen window lay out

    std::printf("20-minute track, view %d px wide; milliseconds per repaint of the waveform\n",
                timeline.axis()->viewWidth());
    const double spans[] = {seconds, 600, 60, 5, 0.5, 0.02, 0.002};
    for (double span : spans) {
        timeline.axis()->showRange(300, 300 + span);
        constexpr int repeats = 30;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < repeats; ++i)
            timeline.waveform()->repaint();
        std::printf("  %10.3f s visible (%9.3f samples/px): %6.2f ms\n", span,
                    timeline.axis()->secondsPerPixel() * rate,
                    double(clock.nsecsElapsed()) / 1e6 / repeats);
    }

    FeatureParams params;
    MfccExtractor extractor(params);
    const int tiles = mfccTileCount(std::int64_t(audio->samples.size()), params);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < tiles; ++i)
        computeMfccTile(extractor, audio->samples, i);
    std::printf("MFCC tiles for the whole track: %d tiles in %.2f s on one thread\n", tiles,
                double(clock.elapsed()) / 1000);
    return 0;
}
