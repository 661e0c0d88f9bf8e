// Dataset export benchmark: how fast the notebook's JSON dataset is written and read back, and
// how fast a project's labelled regions become segments (cold: decode + per-segment MFCC; warm:
// from the project's feature cache). Prints segments per second; a speed goal, not a test.
//   dataset_export_benchmark [--segments 10000] [--minutes 10] [--threads 2]
#include "audio/wav_writer.h"
#include "dataset/dataset_builder.h"
#include "dataset/notebook_json.h"
#include "project/project.h"
#include "project/track_import.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <sys/resource.h>

namespace {
using Clock = std::chrono::steady_clock;

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

long maxRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

hhs::Dataset syntheticDataset(int segments)
{
    hhs::Dataset dataset;
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                       QStringLiteral("singing")};
    std::mt19937 random(7);
    std::normal_distribution<float> value(0.0f, 40.0f);
    for (int i = 0; i < segments; ++i) {
        hhs::DatasetSegment segment;
        segment.label = i % 3;
        segment.source = QStringLiteral("sha256:%1").arg(i / 400);
        segment.sourceName = QStringLiteral("[킬링벌스] %1.wav").arg(i / 400);
        segment.startSeconds = 3.0 * (i % 400);
        segment.endSeconds = segment.startSeconds + 3.0;
        segment.mfcc.frames = 130;
        segment.mfcc.coefficients = 13;
        segment.mfcc.data.resize(130 * 13);
        for (float& v : segment.mfcc.data)
            v = value(random);
        dataset.segments.push_back(std::move(segment));
    }
    return dataset;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "error: %s\n", message.toUtf8().constData());
    return 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int segments = 10000;
    double minutes = 10;
    int threads = 2;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--segments"))
            segments = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--minutes"))
            minutes = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
    }
    QTemporaryDir dir;
    if (!dir.isValid()) return fail(QStringLiteral("no temporary folder"));

    // 1. Writing and reading the JSON dataset.
    const hhs::Dataset dataset = syntheticDataset(segments);
    const long rssBefore = maxRssMiB();
    const QString out = dir.filePath(QStringLiteral("dataset.json"));
    auto start = Clock::now();
    if (hhs::Status written = hhs::writeNotebookJson(dataset, out); !written)
        return fail(written.message());
    const double writeSeconds = since(start);
    const double megabytes = double(QFileInfo(out).size()) / 1e6;
    std::printf("write: %d segments (130 x 13) in %.3f s = %.0f segments/s, %.1f MB (%.0f MB/s), "
                "peak RSS grew %ld MiB while writing\n",
                segments, writeSeconds, segments / writeSeconds, megabytes,
                megabytes / writeSeconds, maxRssMiB() - rssBefore);
    start = Clock::now();
    hhs::Result<hhs::Dataset> read = hhs::readNotebookJson(out);
    if (!read) return fail(read.message());
    const double readSeconds = since(start);
    std::printf("read:  %zu segments in %.3f s = %.0f segments/s\n", read->segments.size(),
                readSeconds, double(read->segments.size()) / readSeconds);

    // 2. A project's labelled regions to segments.
    const QString wav = dir.filePath(QStringLiteral("long.wav"));
    std::vector<float> signal(std::size_t(minutes * 60 * 22050));
    std::mt19937 random(3);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    for (std::size_t i = 0; i < signal.size(); ++i)
        signal[i] =
            float(0.3 * std::sin(2 * M_PI * (110 + (i / 66150) % 7 * 40) * double(i) / 22050)) +
            noise(random);
    if (hhs::Status written = hhs::writeWav(wav, signal.data(), signal.size(), 1, 22050); !written)
        return fail(written.message());
    auto project = hhs::Project::open(dir.filePath(QStringLiteral("bench.hhs")));
    if (!project) return fail(project.message());
    auto imported = hhs::importPaths(**project, {wav}, false);
    if (!imported) return fail(imported.message());
    const hhs::TrackRecord track = imported->tracks.front();
    const double regionSeconds = 60;
    for (double at = 0; at + regionSeconds <= track.durationSeconds; at += regionSeconds)
        if (auto edit = (*project)->label(track.id, at, at + regionSeconds,
                                          int(at / regionSeconds) % 2 ? QStringLiteral("trap")
                                                                      : QStringLiteral("singing"));
            !edit)
            return fail(edit.message());
    hhs::DatasetOptions options;
    options.threads = threads;
    for (const char* pass : {"cold", "warm"}) {
        start = Clock::now();
        hhs::Result<hhs::Dataset> built = hhs::buildDataset(**project, options);
        if (!built) return fail(built.message());
        const double seconds = since(start);
        std::printf("build (%s, %.1f min of audio, %d threads): %zu segments in %.3f s = %.0f "
                    "segments/s\n",
                    pass, minutes, threads, built->segments.size(), seconds,
                    double(built->segments.size()) / seconds);
    }
    return 0;
}
