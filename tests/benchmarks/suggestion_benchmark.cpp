// How well are song changes and tempo found? Makes the real-sound corpus
// (tests/support/real_corpus.h) with medleys of 8-15 songs of 40-120 s, adds the demo medley
// (core/demo), and scores the suggested changes like MIREX structural segmentation: boundary
// hit rate at +-3 s (precision, recall, F; a medley's start and end are not boundaries), per
// medley and over all. Tempo is scored on the corpus clips, whose tempo the generator knows:
// accuracy 1 (within 4 %) and accuracy 2 (within 4 % of the tempo, half or double it).
// Also times the suggestions on a 20-minute track made of the medleys.
//   suggestion_benchmark [--dir DIR] [--seed 202] [--clips 20] [--medleys 6] [--no-demo]
//                        [--block S] [--kernel S] [--spacing S] [--strength X]
//                        [--mfcc W] [--chroma W] [--loudness W] [--harmonics W] [--prior BPM]
//                        [--sweep]
//                        [--tempo-only] [--verbose] [--minutes 20]
// --sweep scores a grid of settings on the medleys (for choosing the defaults on a tuning
// seed) instead of the single run.
#include "analysis/song_changes.h"
#include "analysis/tempo.h"
#include "audio/loader.h"
#include "demo/demo_corpus.h"
#include "real_corpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace hhs;

namespace {

constexpr double kTolerance = 3.0; // seconds, MIREX's coarse boundary window

void fail(const QString& message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    std::exit(1);
}

struct Medley
{
    QString name;
    std::vector<double> truth; // inner boundaries, seconds
    SpectralFrames frames;
};

struct Hits
{
    int hits = 0;
    int estimated = 0;
    int truth = 0;
    double precision() const { return estimated ? double(hits) / estimated : 0; }
    double recall() const { return truth ? double(hits) / truth : 0; }
    double f() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// One-to-one matching within the tolerance, closest pairs first (as mir_eval's matching does
// for boundaries this far apart).
Hits score(const std::vector<double>& truth, const std::vector<SongChange>& estimated)
{
    struct Pair
    {
        double distance;
        std::size_t t, e;
    };
    std::vector<Pair> pairs;
    for (std::size_t t = 0; t < truth.size(); ++t)
        for (std::size_t e = 0; e < estimated.size(); ++e) {
            const double distance = std::abs(truth[t] - estimated[e].time);
            if (distance <= kTolerance) pairs.push_back({distance, t, e});
        }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& a, const Pair& b) { return a.distance < b.distance; });
    std::vector<bool> usedT(truth.size()), usedE(estimated.size());
    Hits hits;
    hits.truth = int(truth.size());
    hits.estimated = int(estimated.size());
    for (const Pair& pair : pairs)
        if (!usedT[pair.t] && !usedE[pair.e]) {
            usedT[pair.t] = usedE[pair.e] = true;
            ++hits.hits;
        }
    return hits;
}

Hits add(Hits a, const Hits& b)
{
    a.hits += b.hits;
    a.estimated += b.estimated;
    a.truth += b.truth;
    return a;
}

Hits scoreAll(const std::vector<Medley>& medleys, const SongChangeOptions& options, bool print)
{
    Hits total;
    for (const Medley& medley : medleys) {
        Result<SongChangeSuggestions> found = suggestSongChanges(medley.frames, options);
        if (!found) fail(found.message());
        const Hits hits = score(medley.truth, found->changes);
        if (print)
            std::printf("  %-22s %2d changes, %2d found, %2d hit   P %.3f  R %.3f  F %.3f\n",
                        qPrintable(medley.name), hits.truth, hits.estimated, hits.hits,
                        hits.precision(), hits.recall(), hits.f());
        total = add(total, hits);
    }
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char* name, const QString& fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    auto number = [&](const char* name, double fallback) {
        return option(name, QString::number(fallback)).toDouble();
    };
    const QString dir =
        option("--dir", QDir::tempPath() + QStringLiteral("/hhs-suggestion-corpus"));
    test::RealCorpusOptions corpusOptions;
    corpusOptions.seed = std::uint32_t(option("--seed", QStringLiteral("202")).toUInt());
    corpusOptions.clipsPerStyle = option("--clips", QStringLiteral("20")).toInt();
    corpusOptions.medleys = option("--medleys", QStringLiteral("6")).toInt();
    corpusOptions.medleySongsMin = 8;
    corpusOptions.medleySongsMax = 15;
    corpusOptions.songSecondsMin = 40;
    corpusOptions.songSecondsMax = 120;
    SongChangeOptions options;
    options.blockSeconds = number("--block", options.blockSeconds);
    options.kernelSeconds = number("--kernel", options.kernelSeconds);
    options.minSpacingSeconds = number("--spacing", options.minSpacingSeconds);
    options.minStrength = number("--strength", options.minStrength);
    options.mfccWeight = number("--mfcc", options.mfccWeight);
    options.chromaWeight = number("--chroma", options.chromaWeight);
    options.loudnessWeight = number("--loudness", options.loudnessWeight);
    const double minutes = number("--minutes", 20);
    TempoOptions tempoOptions;
    tempoOptions.harmonicWeight = number("--harmonics", tempoOptions.harmonicWeight);
    tempoOptions.priorBpm = number("--prior", tempoOptions.priorBpm);

    std::printf("corpus %s (seed %u, %d clips per style, %d medleys of %d-%d songs of %.0f-%.0f "
                "s)\n",
                qPrintable(dir), corpusOptions.seed, corpusOptions.clipsPerStyle,
                corpusOptions.medleys, corpusOptions.medleySongsMin, corpusOptions.medleySongsMax,
                corpusOptions.songSecondsMin, corpusOptions.songSecondsMax);
    Result<test::RealCorpus> corpus = test::writeRealCorpus(dir, corpusOptions);
    if (!corpus) fail(corpus.message());

    const bool tempoOnly = args.contains(QStringLiteral("--tempo-only"));
    if (tempoOnly) corpus->medleys.clear();
    std::vector<Medley> medleys;
    std::vector<float> long_; // the medleys end to end, for the speed figure
    for (const test::RealMedley& real : corpus->medleys) {
        Result<LoadedAudio> audio = loadAudio(real.path);
        if (!audio) fail(audio.message());
        Medley medley;
        medley.name = QFileInfo(real.path).fileName();
        for (std::size_t s = 1; s < real.songs.size(); ++s)
            medley.truth.push_back(real.songs[s].start);
        Result<SpectralFrames> frames = computeSpectralFrames(
            audio->samples.data(), std::int64_t(audio->samples.size()), audio->sampleRate);
        if (!frames) fail(frames.message());
        medley.frames = std::move(*frames);
        long_.insert(long_.end(), audio->samples.begin(), audio->samples.end());
        medleys.push_back(std::move(medley));
    }
    if (!tempoOnly && !args.contains(QStringLiteral("--no-demo"))) {
        const demo::CorpusOptions demoOptions;
        const demo::Medley synthetic = demo::synthesizeMedley(
            demoOptions.medleySeconds, demoOptions.seed + 99991u, kNotebookSampleRate);
        Medley medley;
        medley.name = QStringLiteral("demo medley.wav");
        for (std::size_t p = 1; p < synthetic.parts.size(); ++p)
            medley.truth.push_back(synthetic.parts[p].start);
        Result<SpectralFrames> frames = computeSpectralFrames(
            synthetic.samples.data(), std::int64_t(synthetic.samples.size()), kNotebookSampleRate);
        if (!frames) fail(frames.message());
        medley.frames = std::move(*frames);
        medleys.push_back(std::move(medley));
    }

    if (args.contains(QStringLiteral("--sweep"))) {
        // Chroma and MFCC weigh the same throughout: a first, wider sweep on seed 101 (chroma
        // 0, 0.5, 1 and loudness 0, 0.5, 1) found chroma 1 as good as or better than less.
        std::printf("block kernel spacing strength mfcc chroma loud   P     R     F\n");
        for (double block : {0.5, 1.0})
            for (double kernel : {16.0, 20.0, 24.0, 32.0})
                for (double spacing : {10.0, 15.0, 20.0})
                    for (double strength : {0.2, 0.25, 0.3, 0.35, 0.4})
                        for (double loudness : {0.0, 0.5}) {
                            SongChangeOptions o = options;
                            o.blockSeconds = block;
                            o.kernelSeconds = kernel;
                            o.minSpacingSeconds = spacing;
                            o.minStrength = strength;
                            o.loudnessWeight = loudness;
                            o.withTempo = false;
                            const Hits h = scoreAll(medleys, o, false);
                            std::printf(
                                "%5.2f %6.1f %7.1f %8.2f %4.1f %6.1f %4.1f  %.3f %.3f %.3f\n",
                                o.blockSeconds, o.kernelSeconds, o.minSpacingSeconds, o.minStrength,
                                o.mfccWeight, o.chromaWeight, o.loudnessWeight, h.precision(),
                                h.recall(), h.f());
                        }
        return 0;
    }

    std::printf("song changes (block %.2f s, kernel %.1f s, spacing %.1f s, strength >= %.2f, "
                "weights mfcc %.1f chroma %.1f loudness %.1f), hit at +-%.0f s:\n",
                options.blockSeconds, options.kernelSeconds, options.minSpacingSeconds,
                options.minStrength, options.mfccWeight, options.chromaWeight,
                options.loudnessWeight, kTolerance);
    const Hits total = scoreAll(medleys, options, !tempoOnly);
    std::printf("  %-22s %2d changes, %2d found, %2d hit   P %.3f  R %.3f  F %.3f\n", "overall",
                total.truth, total.estimated, total.hits, total.precision(), total.recall(),
                total.f());

    int acc1 = 0, acc2 = 0;
    for (const test::RealClip& clip : corpus->clips) {
        Result<LoadedAudio> audio = loadAudio(clip.path);
        if (!audio) fail(audio.message());
        const TempoEstimate tempo =
            estimateTempo(audio->samples.data(), std::int64_t(audio->samples.size()),
                          audio->sampleRate, tempoOptions);
        auto near = [&](double target) { return std::abs(tempo.bpm - target) <= 0.04 * target; };
        const bool one = near(clip.bpm);
        const bool two = one || near(2 * clip.bpm) || near(clip.bpm / 2);
        acc1 += one;
        acc2 += two;
        if (args.contains(QStringLiteral("--verbose")))
            std::printf("  %-28s %6.1f BPM, found %6.1f (confidence %.2f) %s\n",
                        qPrintable(QFileInfo(clip.path).fileName()), clip.bpm, tempo.bpm,
                        tempo.confidence,
                        one   ? ""
                        : two ? "(x2)"
                              : "MISS");
    }
    const double clips = std::max<double>(1, double(corpus->clips.size()));
    std::printf("tempo on %zu clips: accuracy 1 %.3f, accuracy 2 %.3f (within 4 %%; 2 allows "
                "half or double)\n",
                corpus->clips.size(), acc1 / clips, acc2 / clips);

    if (minutes > 0 && !long_.empty()) {
        std::vector<float> track;
        const std::size_t wanted = std::size_t(minutes * 60 * kNotebookSampleRate);
        while (track.size() < wanted)
            track.insert(track.end(), long_.begin(),
                         long_.begin() +
                             std::ptrdiff_t(std::min(long_.size(), wanted - track.size())));
        QElapsedTimer timer;
        timer.start();
        Result<SongChangeSuggestions> found = suggestSongChanges(
            track.data(), std::int64_t(track.size()), kNotebookSampleRate, options);
        if (!found) fail(found.message());
        std::printf("speed: %.1f minutes analysed in %.2f s on one core (%zu changes, tempo of "
                    "each song included)\n",
                    minutes, timer.elapsed() / 1000.0, found->changes.size());
    }
    return 0;
}
