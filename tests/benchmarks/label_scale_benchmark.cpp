// Label-layer scale benchmark: how an Audacity label file of 10 000, 100 000 and 1 million
// lines imports (time, peak memory, progress reports) and what single edits cost on a track that
// then holds that many regions: a label in a gap, an unlabel that trims a region, and 10 000
// more lines imported between them (each undone again). Prints seconds, the SQLite steps of an
// edit (the same on any machine) and MiB; a speed goal, not a test.
//   label_scale_benchmark [--max 1000000]
#include "audio/wav_writer.h"
#include "project/label_files.h"
#include "project/project.h"
#include "project/track_import.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The process's peak resident memory since the last reset, in MiB (Linux's VmHWM).
long peakRssMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6)) / 1024;
    return -1;
}

void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Audacity label lines start..end per entry, every other one a class the project has.
bool writeLabels(const QString& path, int count, double offset, double firstStart)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    QByteArray block;
    for (int i = 0; i < count; ++i) {
        const double start = firstStart + i * 2.0 + offset;
        block += QByteArray::number(start, 'f', 3) + '\t' +
                 QByteArray::number(start + 0.6, 'f', 3) +
                 (i % 2 ? QByteArray("\ttrap\n") : "\tsong " + QByteArray::number(i) + '\n');
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    return file.write(block) == block.size();
}

int fail(const QString& message)
{
    std::fprintf(stderr, "error: %s\n", message.toUtf8().constData());
    return 1;
}

int measure(const QTemporaryDir& dir, int regions)
{
    using namespace hhs;
    const QString audio = dir.filePath(QStringLiteral("[킬링벌스] 긴 메들리.wav"));
    const std::vector<float> second(22050, 0.0f);
    if (Status ok = writeWav(audio, second.data(), second.size(), 1, 22050); !ok)
        return fail(ok.message());
    Result<TrackRecord> described = describeTrack(audio);
    if (!described) return fail(described.message());
    TrackRecord record = *described;
    record.durationSeconds = regions * 2.0 + 10.0; // declared long enough for every line
    const QString projectPath = dir.filePath(QStringLiteral("규모 %1.hhs").arg(regions));
    Result<std::unique_ptr<Project>> opened = Project::open(projectPath);
    if (!opened) return fail(opened.message());
    Project& project = **opened;
    Result<std::vector<TrackRecord>> added = project.addTracks({TrackImport{record, {}}});
    if (!added) return fail(added.message());
    const std::int64_t id = added->front().id;

    const QString labels = dir.filePath(QStringLiteral("라벨 %1.txt").arg(regions));
    if (!writeLabels(labels, regions, 0.0, 0.0)) return fail(QStringLiteral("cannot write labels"));
    int reports = 0;
    const JobControl job([&](double, const QString&) { ++reports; });
    resetPeakRss();
    const long rssBefore = peakRssMiB();
    auto start = Clock::now();
    Result<LabelImport> imported =
        importLabelFile(project, id, labels, LabelFileFormat::Audacity, Overlap::Refuse, job);
    const double importSeconds = since(start);
    if (!imported) return fail(imported.message());
    const long rssPeak = peakRssMiB();

    // Single edits around the middle of the labelled part, each undone.
    std::vector<double> labelSeconds, unlabelSeconds;
    std::int64_t labelSteps = 0;
    for (int i = 0; i < 21; ++i) {
        const double at = (regions / 2 + i * 37 % (regions / 4)) * 2.0;
        const std::int64_t stepsBefore = project.sqlStepsRun();
        start = Clock::now();
        Result<EditCommand> label = project.label(id, at + 1.1, at + 1.9, QStringLiteral("trap"));
        labelSeconds.push_back(since(start));
        labelSteps = project.sqlStepsRun() - stepsBefore;
        if (!label) return fail(label.message());
        start = Clock::now();
        Result<EditCommand> cut = project.unlabel(id, at + 0.3, at + 0.5);
        unlabelSeconds.push_back(since(start));
        if (!cut) return fail(cut.message());
        if (!cut->undo(project) || !label->undo(project))
            return fail(QStringLiteral("undo failed"));
    }
    const QString more = dir.filePath(QStringLiteral("더 %1.txt").arg(regions));
    const int moreLines = std::min(10000, regions / 2);
    if (!writeLabels(more, moreLines, 1.1, regions / 4 * 2.0))
        return fail(QStringLiteral("cannot write labels"));
    start = Clock::now();
    Result<LabelImport> between =
        importLabelFile(project, id, more, LabelFileFormat::Audacity, Overlap::Refuse);
    const double betweenSeconds = since(start);
    if (!between) return fail(between.message());

    std::printf("%9d | %8.2f | %6ld | %7d | %8.4f | %6lld | %8.4f | %5d: %7.3f\n", regions,
                importSeconds, std::max(0L, rssPeak - rssBefore), reports, median(labelSeconds),
                static_cast<long long>(labelSteps), median(unlabelSeconds), moreLines,
                betweenSeconds);
    std::fflush(stdout);
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int most = 1000000;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--max") == 0) most = std::atoi(argv[i + 1]);
    QTemporaryDir dir;
    if (!dir.isValid()) return fail(QStringLiteral("no temporary folder"));
    std::printf("Audacity label lines imported onto one track, then edits there (median of 21)\n");
    std::printf("  regions | import s | peak MiB | reports | label s | steps | unlabel s | "
                "lines between: s\n");
    for (int regions : {10000, 100000, 1000000}) {
        if (regions > most) break;
        if (int failed = measure(dir, regions)) return failed;
    }
    return 0;
}
