#include "demo/demo_corpus.h"

#include "audio/wav_writer.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <random>

namespace hhs::demo {
namespace {
constexpr double kCrossfadeSeconds = 0.5;
} // namespace

Medley synthesizeMedley(double seconds, std::uint32_t seed, int sampleRate)
{
    std::mt19937 rng(seed ^ 0x5eed5eedu);
    std::uniform_real_distribution<double> partLength(18.0, 36.0);
    std::uniform_int_distribution<int> styleIndex(0, 2);

    // The order of styles: shuffled, never twice in a row, all three within the first three.
    std::vector<Style> order(std::begin(kStyles), std::end(kStyles));
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<double> lengths;
    double total = 0;
    while (total < seconds) {
        if (lengths.size() >= order.size()) {
            Style next = order.back();
            while (next == order.back())
                next = kStyles[styleIndex(rng)];
            order.push_back(next);
        }
        double length = std::min(partLength(rng), seconds - total);
        if (seconds - total - length < 10.0) length = seconds - total; // no tiny last part
        lengths.push_back(length);
        total += length;
    }
    order.resize(lengths.size());

    Medley medley;
    const std::size_t fade = std::size_t(kCrossfadeSeconds * sampleRate);
    double start = 0;
    for (std::size_t p = 0; p < lengths.size(); ++p) {
        // Each part is synthesised half a crossfade longer on each inner side.
        const double padded = lengths[p] + (p > 0 ? kCrossfadeSeconds / 2 : 0) +
                              (p + 1 < lengths.size() ? kCrossfadeSeconds / 2 : 0);
        std::vector<float> part =
            synthesizeClip(order[p], padded, seed * 31u + std::uint32_t(p) + 7u, sampleRate);
        if (p == 0) {
            medley.samples = std::move(part);
        } else {
            const std::size_t overlap = std::min({fade, part.size(), medley.samples.size()});
            const std::size_t offset = medley.samples.size() - overlap;
            for (std::size_t i = 0; i < overlap; ++i) {
                const float w = float(i) / float(overlap);
                medley.samples[offset + i] = medley.samples[offset + i] * (1.0f - w) + part[i] * w;
            }
            medley.samples.insert(medley.samples.end(), part.begin() + std::ptrdiff_t(overlap),
                                  part.end());
        }
        medley.parts.push_back({order[p], start, start + lengths[p]});
        start += lengths[p];
    }
    medley.samples.resize(std::size_t(seconds * sampleRate), 0.0f);
    if (!medley.parts.empty()) medley.parts.back().end = seconds;
    return medley;
}

Result<CorpusFiles> writeCorpus(const QString& dir, const CorpusOptions& options,
                                const JobControl& job)
{
    if (options.clipsPerStyle < 1 || options.clipSeconds < 1 || options.medleySeconds < 0)
        return makeError(translate(
            "hhs::demo", "the demo corpus needs at least one clip per style of at least a second"));
    CorpusFiles files;
    files.clipsDir = QDir(dir).filePath(QStringLiteral("clips"));
    const int total = 3 * options.clipsPerStyle + (options.medleySeconds > 0 ? 1 : 0);
    int done = 0;
    const QString stage = translate("hhs::demo", "Writing the demo corpus");
    for (Style style : kStyles) {
        const QString folder = QDir(files.clipsDir).filePath(styleName(style));
        if (!QDir().mkpath(folder))
            return makeError(
                translate("hhs::demo", "cannot create the folder %1").arg(quoted(folder)));
        for (int i = 0; i < options.clipsPerStyle; ++i) {
            if (job.cancelled()) return cancelledError();
            const QString path = QDir(folder).filePath(QStringLiteral("%1 %2.wav")
                                                           .arg(styleName(style))
                                                           .arg(i + 1, 2, 10, QLatin1Char('0')));
            const std::vector<float> clip =
                synthesizeClip(style, options.clipSeconds, options.seed + std::uint32_t(i) * 101u,
                               options.sampleRate);
            if (Status ok = writeWav(path, clip.data(), clip.size(), 1, options.sampleRate,
                                     WavSampleFormat::Pcm16);
                !ok)
                return ok.error();
            files.clips << path;
            job.report(double(++done) / total, stage);
        }
    }
    if (options.medleySeconds > 0) {
        if (job.cancelled()) return cancelledError();
        const Medley medley =
            synthesizeMedley(options.medleySeconds, options.seed + 99991u, options.sampleRate);
        files.medley = QDir(dir).filePath(QStringLiteral("medley.wav"));
        if (Status ok = writeWav(files.medley, medley.samples.data(), medley.samples.size(), 1,
                                 options.sampleRate, WavSampleFormat::Pcm16);
            !ok)
            return ok.error();
        files.medleyTruth = QDir(dir).filePath(QStringLiteral("medley.labels.txt"));
        QByteArray truth;
        for (const MedleyPart& part : medley.parts)
            truth += QStringLiteral("%1\t%2\t%3\n")
                         .arg(part.start, 0, 'f', 6)
                         .arg(part.end, 0, 'f', 6)
                         .arg(styleName(part.style))
                         .toUtf8();
        if (Status written = writeFileAtomically(files.medleyTruth, truth); !written)
            return written.error();
        job.report(double(++done) / total, stage);
    }
    return files;
}

} // namespace hhs::demo
