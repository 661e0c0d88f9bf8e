// Import benchmark: the notebook's route (librosa.load + MFCC per 3-second slice) on a long
// 44.1 kHz stereo 16-bit WAV that it generates, stage by stage, with peak memory. librosa takes
// 15-31 s for a 20-minute file on the 2-core machine (../shared/anchors/README.md); the goal
// is under 1.5 s and peak memory under 3x the decoded mono signal.
//   import_benchmark [--minutes 20] [--threads 2] [--keep FILE]
#include "audio/loader.h"
#include "features/segments.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sndfile.h>
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <thread>

namespace {
using Clock = std::chrono::steady_clock;

long maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A music-like stereo signal: a kick every beat, a snare on 2 and 4, hats, a bass line and a
// chord pad, with a little noise. Written block by block so the generator itself stays small.
bool writeLongWav(const std::string& path, double minutes)
{
    SF_INFO info{};
    info.samplerate = 44100;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!file) return false;
    const std::int64_t frames = std::int64_t(minutes * 60 * 44100);
    const double beat = 60.0 / 92.0;
    std::mt19937 random(1);
    std::normal_distribution<float> noise(0.0f, 0.01f);
    std::vector<short> block(2 * 65536);
    for (std::int64_t start = 0; start < frames; start += 65536) {
        const std::int64_t count = std::min<std::int64_t>(65536, frames - start);
        for (std::int64_t i = 0; i < count; ++i) {
            const double t = double(start + i) / 44100.0;
            const double inBeat = std::fmod(t, beat);
            const int beatIndex = int(t / beat);
            double v = 0.5 * std::exp(-inBeat * 18) * std::sin(2 * M_PI * 55 * inBeat);
            if (beatIndex % 2 == 1) v += 0.3 * std::exp(-inBeat * 25) * noise(random) * 30;
            v += 0.08 * std::exp(-std::fmod(t, beat / 2) * 60) * noise(random) * 20;
            v += 0.12 * std::sin(2 * M_PI * (beatIndex % 4 < 2 ? 82.4 : 98.0) * t);
            v += 0.05 * (std::sin(2 * M_PI * 261.6 * t) + std::sin(2 * M_PI * 329.6 * t) + std::sin(2 * M_PI * 392.0 * t));
            const double left = std::clamp(v + noise(random), -1.0, 1.0);
            const double right = std::clamp(0.9 * v + noise(random), -1.0, 1.0);
            block[std::size_t(2 * i)] = short(left * 32000);
            block[std::size_t(2 * i + 1)] = short(right * 32000);
        }
        if (sf_writef_short(file, block.data(), count) != count) {
            sf_close(file);
            return false;
        }
    }
    return sf_close(file) == 0;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    double minutes = 20;
    int threads = 2;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--minutes")) minutes = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--keep")) keep = argv[i + 1];
    }
    QTemporaryDir dir;
    const std::string path = keep.empty() ? dir.filePath(QStringLiteral("long.wav")).toStdString() : keep;
    std::printf("generating %.2f minutes of 44.1 kHz stereo 16-bit WAV...\n", minutes);
    if (!writeLongWav(path, minutes)) {
        std::fprintf(stderr, "error: could not write %s\n", path.c_str());
        return 1;
    }
    const long rssBefore = maxRssKiB();

    const hhs::FeatureParams params;
    const auto start = Clock::now();
    hhs::LoadTimings timings;
    hhs::Result<hhs::LoadedAudio> loaded = hhs::loadAudio(QString::fromStdString(path), {}, {}, &timings);
    if (!loaded) {
        std::fprintf(stderr, "error: %s\n", loaded.message().toUtf8().constData());
        return 1;
    }
    const auto loadedAt = Clock::now();
    const hhs::SegmentExtraction segments =
        hhs::extractSegments(loaded->samples.data(), 0, std::int64_t(loaded->samples.size()),
                             params.samplesForSeconds(hhs::kNotebookSegmentSeconds), params, {}, threads);
    const auto end = Clock::now();

    const double load = std::chrono::duration<double>(loadedAt - start).count();
    const double mfcc = std::chrono::duration<double>(end - loadedAt).count();
    const double total = std::chrono::duration<double>(end - start).count();
    const double audioSeconds = loaded->source.durationSeconds();
    const double monoMiB = double(loaded->samples.size()) * sizeof(float) / (1 << 20);
    const double peakMiB = double(maxRssKiB() - rssBefore) / 1024.0;
    std::printf("audio:     %.1f s (%lld frames, %d segments of 3 s, %.0f samples dropped)\n", audioSeconds,
                static_cast<long long>(loaded->source.frames), int(segments.segments.size()),
                double(segments.droppedSamples));
    std::printf("decode:    %.3f s\n", timings.decode);
    std::printf("downmix:   %.3f s\n", timings.downmix);
    std::printf("resample:  %.3f s\n", timings.resample);
    std::printf("overview:  %.3f s\n", timings.peaks);
    std::printf("load:      %.3f s (wall)\n", load);
    std::printf("mfcc:      %.3f s (wall, %d threads, per 3-s slice)\n", mfcc, threads);
    std::printf("total:     %.3f s = %.0fx real time (goal: under 1.5 s for 20 minutes)\n", total, audioSeconds / total);
    std::printf("vs librosa (15-31 s for 20 minutes, ../shared/anchors): %.0fx faster at 15 s\n", 15.0 * (audioSeconds / 1200.0) / total);
    std::printf("memory:    peak +%.0f MiB for a %.0f MiB mono signal = %.2fx (goal: under 3x)\n", peakMiB, monoMiB, peakMiB / monoMiB);
    return 0;
}
