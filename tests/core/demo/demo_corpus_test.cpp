// The demo corpus sounds like what it claims: each style's tempo, measured from the audio's
// onsets, is in its range; trap carries the most sub-bass (the 808) and singing the most
// sustained pitched energy; clips vary with the seed and are identical for the same seed; the
// corpus lands on disk as the folder import expects, with a medley whose truth covers it.
#include "audio/loader.h"
#include "demo/demo_corpus.h"
#include "features/fft_plan.h"
#include "must.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <cmath>
#include <gtest/gtest.h>

namespace hhs::demo {
namespace {

constexpr int kRate = 22050;

// |STFT|^2 frames (n = 2048, hop = 512) summed into a few bands.
struct Bands
{
    double sub = 0; // below 100 Hz
    double mid = 0; // 200-1000 Hz
    double total = 0;
    std::vector<double> flux; // onset strength per frame
};

Bands analyse(const std::vector<float>& samples)
{
    FftPlan fft(2048);
    Bands bands;
    std::vector<float> previous(1025, 0.0f);
    for (std::size_t start = 0; start + 2048 <= samples.size(); start += 512) {
        for (int i = 0; i < 2048; ++i)
            fft.input()[i] =
                samples[start + std::size_t(i)] * float(0.5 - 0.5 * std::cos(2 * M_PI * i / 2048));
        fft.execute();
        double flux = 0;
        for (int b = 0; b < 1025; ++b) {
            const float magnitude = std::abs(fft.output()[b]);
            const double power = double(magnitude) * magnitude;
            const double hz = b * double(kRate) / 2048;
            if (hz < 100) bands.sub += power;
            if (hz >= 200 && hz < 1000) bands.mid += power;
            bands.total += power;
            flux += std::max(0.0f, std::log1p(magnitude) - std::log1p(previous[std::size_t(b)]));
            previous[std::size_t(b)] = magnitude;
        }
        bands.flux.push_back(flux);
    }
    return bands;
}

// The tempo whose beat period best matches the onset envelope's autocorrelation, folded into
// [low, high) BPM by octaves.
double measuredBpm(const std::vector<double>& flux, double low, double high)
{
    const double framesPerSecond = kRate / 512.0;
    double mean = 0;
    for (double f : flux)
        mean += f;
    mean /= double(flux.size());
    double bestBpm = 0;
    double best = -1e300;
    for (double bpm = low; bpm < high; bpm += 0.25) {
        double score = 0;
        for (double multiple : {1.0, 2.0, 4.0}) { // beat, half bar, bar
            const double lag = multiple * 60.0 / bpm * framesPerSecond;
            const std::size_t whole = std::size_t(lag);
            const double fraction = lag - double(whole);
            for (std::size_t i = 0; i + whole + 1 < flux.size(); ++i) {
                const double shifted =
                    flux[i + whole] * (1 - fraction) + flux[i + whole + 1] * fraction;
                score += (flux[i] - mean) * (shifted - mean);
            }
        }
        if (score > best) {
            best = score;
            bestBpm = bpm;
        }
    }
    return bestBpm;
}

TEST(DemoStyles, EachStylesTempoMeasuredFromTheAudioIsInItsRange)
{
    struct Range
    {
        Style style;
        double low;
        double high;
    };
    for (const Range range : {Range{Style::BoomBap, 85, 95}, Range{Style::Trap, 130, 150},
                              Range{Style::Singing, 66, 84}}) {
        for (std::uint32_t seed : {1u, 2u, 3u}) {
            ClipTraits traits;
            const std::vector<float> clip = synthesizeClip(range.style, 20.0, seed, kRate, &traits);
            ASSERT_EQ(clip.size(), std::size_t(20 * kRate));
            EXPECT_GE(traits.bpm, range.low);
            EXPECT_LE(traits.bpm, range.high);
            // Search a window wider than the range: the measurement must find the declared tempo.
            const double bpm = measuredBpm(analyse(clip).flux, range.low - 10, range.high + 10);
            EXPECT_NEAR(bpm, traits.bpm, 2.0)
                << styleName(range.style).toStdString() << " seed " << seed;
        }
    }
}

TEST(DemoStyles, TrapHasTheMostSubBassAndSingingTheMostMidRangeTone)
{
    for (std::uint32_t seed : {4u, 5u, 6u}) {
        const Bands boomBap = analyse(synthesizeClip(Style::BoomBap, 15.0, seed));
        const Bands trap = analyse(synthesizeClip(Style::Trap, 15.0, seed));
        const Bands singing = analyse(synthesizeClip(Style::Singing, 15.0, seed));
        EXPECT_GT(trap.sub / trap.total, boomBap.sub / boomBap.total) << seed;
        EXPECT_GT(trap.sub / trap.total, singing.sub / singing.total) << seed;
        EXPECT_GT(singing.mid / singing.total, boomBap.mid / boomBap.total) << seed;
        EXPECT_GT(singing.mid / singing.total, trap.mid / trap.total) << seed;
    }
}

TEST(DemoStyles, ClipsVaryWithTheSeedAndRepeatForTheSameSeed)
{
    for (Style style : kStyles) {
        ClipTraits a, b;
        const std::vector<float> first = synthesizeClip(style, 5.0, 10, kRate, &a);
        const std::vector<float> again = synthesizeClip(style, 5.0, 10, kRate);
        const std::vector<float> other = synthesizeClip(style, 5.0, 11, kRate, &b);
        EXPECT_EQ(first, again);
        EXPECT_NE(first, other);
        EXPECT_NE(a.bpm, b.bpm);
        float peak = 0;
        for (float s : first)
            peak = std::max(peak, std::abs(s));
        EXPECT_NEAR(peak, 0.9f, 1e-4f);
    }
}

TEST(DemoMedley, PartsCoverTheMedleyInOrderWithEveryStyleAndNoRepeats)
{
    const Medley medley = synthesizeMedley(150.0, 3);
    ASSERT_EQ(medley.samples.size(), std::size_t(150 * kRate));
    ASSERT_GE(medley.parts.size(), 4u);
    EXPECT_DOUBLE_EQ(medley.parts.front().start, 0.0);
    EXPECT_DOUBLE_EQ(medley.parts.back().end, 150.0);
    int seen[3] = {0, 0, 0};
    for (std::size_t i = 0; i < medley.parts.size(); ++i) {
        const MedleyPart& part = medley.parts[i];
        EXPECT_GE(part.end - part.start, 10.0);
        if (i > 0) {
            EXPECT_DOUBLE_EQ(part.start, medley.parts[i - 1].end);
            EXPECT_NE(part.style, medley.parts[i - 1].style);
        }
        ++seen[int(part.style)];
    }
    for (int count : seen)
        EXPECT_GE(count, 1);
    // Each part sounds at its own tempo: the trap parts measure in trap's range.
    for (const MedleyPart& part : medley.parts) {
        if (part.style != Style::Trap || part.end - part.start < 15) continue;
        const std::vector<float> inside(
            medley.samples.begin() + std::ptrdiff_t((part.start + 1) * kRate),
            medley.samples.begin() + std::ptrdiff_t((part.end - 1) * kRate));
        const double bpm = measuredBpm(analyse(inside).flux, 120, 160);
        EXPECT_GE(bpm, 128.0);
        EXPECT_LE(bpm, 152.0);
    }
}

TEST(DemoCorpus, WritesTheFolderPerClassLayoutAndTheMedleyWithItsTruth)
{
    QTemporaryDir dir;
    CorpusOptions options;
    options.clipsPerStyle = 2;
    options.clipSeconds = 4;
    options.medleySeconds = 60;
    int reports = 0;
    Result<CorpusFiles> files = writeCorpus(dir.filePath(QStringLiteral("데모")), options,
                                            JobControl([&](double, const QString&) { ++reports; }));
    ASSERT_TRUE(files.ok()) << files.message().toStdString();
    EXPECT_EQ(files->clips.size(), 6);
    EXPECT_EQ(reports, 7);
    for (Style style : kStyles) {
        const QDir folder(QDir(files->clipsDir).filePath(styleName(style)));
        EXPECT_EQ(folder.entryList({QStringLiteral("*.wav")}, QDir::Files).size(), 2)
            << styleName(style).toStdString();
    }
    Result<LoadedAudio> clip = loadAudio(files->clips.first());
    ASSERT_TRUE(clip.ok()) << clip.message().toStdString();
    EXPECT_EQ(clip->samples.size(), std::size_t(4 * kRate));
    Result<LoadedAudio> medley = loadAudio(files->medley);
    ASSERT_TRUE(medley.ok());
    EXPECT_EQ(medley->samples.size(), std::size_t(60 * kRate));

    // The truth is an Audacity label track: start<TAB>end<TAB>style, covering 0..60 s.
    const QList<QByteArray> lines = test::readFile(files->medleyTruth).trimmed().split('\n');
    ASSERT_GE(lines.size(), 2);
    double expectedStart = 0;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        ASSERT_EQ(fields.size(), 3) << line.toStdString();
        EXPECT_NEAR(fields[0].toDouble(), expectedStart, 1e-6);
        EXPECT_TRUE(fields[2] == "boom bap" || fields[2] == "trap" || fields[2] == "singing");
        expectedStart = fields[1].toDouble();
    }
    EXPECT_NEAR(expectedStart, 60.0, 1e-6);
}

TEST(DemoCorpus, AnUnwritableFolderIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    ASSERT_TRUE(test::writeFile(blocker, "x"));
    Result<CorpusFiles> files = writeCorpus(blocker + QStringLiteral("/demo"));
    ASSERT_FALSE(files.ok());
    EXPECT_TRUE(files.message().contains(QStringLiteral("file/demo")))
        << files.message().toStdString();
}

} // namespace
} // namespace hhs::demo

#include "demo/demo_project.h"
#include "project/project.h"

namespace hhs::demo {
namespace {

TEST(DemoProject, HoldsTheClipsAsLabelledTracksAndTheMedleyUnlabelled)
{
    QTemporaryDir dir;
    CorpusOptions options;
    options.clipsPerStyle = 2;
    options.clipSeconds = 4;
    options.medleySeconds = 40;
    const QString projectPath = defaultDemoProjectPath(dir.path());
    Result<QString> created = createDemoProject(dir.path(), projectPath, options);
    ASSERT_TRUE(created.ok()) << created.message().toStdString();
    EXPECT_EQ(*created, projectPath);

    Result<std::unique_ptr<Project>> project = Project::open(projectPath);
    ASSERT_TRUE(project.ok());
    const std::vector<TrackRecord> tracks = test::must((*project)->tracks());
    ASSERT_EQ(tracks.size(), 7u);
    int labelled = 0;
    for (const TrackRecord& track : tracks) {
        const std::vector<RegionRecord> regions = test::must((*project)->regions(track.id));
        if (track.path.endsWith(QStringLiteral("medley.wav"))) {
            EXPECT_TRUE(regions.empty());
            continue;
        }
        ASSERT_EQ(regions.size(), 1u) << track.path.toStdString();
        // The folder names the class: ".../clips/trap/trap 01.wav" is labelled "trap".
        EXPECT_TRUE(
            track.path.contains(QStringLiteral("/") + regions[0].className + QStringLiteral("/")));
        EXPECT_DOUBLE_EQ(regions[0].start, 0.0);
        EXPECT_NEAR(regions[0].end, 4.0, 1e-6);
        ++labelled;
    }
    EXPECT_EQ(labelled, 6);
}

} // namespace
} // namespace hhs::demo
