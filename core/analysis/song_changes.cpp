#include "analysis/song_changes.h"

#include "jobs/text.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hhs {
namespace {
// MFCC 1-12: the spectral envelope without its level (c0), which loudness stands for.
constexpr int kMfccFrom = 1;
constexpr int kMfccTo = 13;
constexpr int kMfccCount = kMfccTo - kMfccFrom;

// Block features: rows of `dims` values, one row per block.
struct BlockFeatures
{
    int blocks = 0;
    int dims = 0;
    std::vector<double> data;
    double* row(int block) { return data.data() + std::size_t(block) * std::size_t(dims); }
    const double* row(int block) const
    {
        return data.data() + std::size_t(block) * std::size_t(dims);
    }
};

// Means over each block of MFCC 1-12, chroma (each frame's shares of its energy) and loudness,
// each dimension then z-scored over the track and each group scaled by weight / sqrt(its size).
BlockFeatures blockFeatures(const SpectralFrames& frames, int framesPerBlock,
                            const SongChangeOptions& options)
{
    const int bands = frames.melBands;
    std::vector<double> dct(std::size_t(kMfccCount) * std::size_t(bands));
    for (int k = kMfccFrom; k < kMfccTo; ++k)
        for (int j = 0; j < bands; ++j)
            dct[std::size_t(k - kMfccFrom) * std::size_t(bands) + std::size_t(j)] =
                std::sqrt(2.0 / bands) * std::cos(M_PI * k * (2.0 * j + 1.0) / (2.0 * bands));

    BlockFeatures features;
    features.blocks = std::max(1, (frames.frames + framesPerBlock - 1) / framesPerBlock);
    features.dims = kMfccCount + kChromaBins + 1;
    features.data.assign(std::size_t(features.blocks) * std::size_t(features.dims), 0.0);
    std::vector<int> counts(std::size_t(features.blocks), 0);
    for (int t = 0; t < frames.frames; ++t) {
        double* row = features.row(t / framesPerBlock);
        ++counts[std::size_t(t / framesPerBlock)];
        const float* mel = frames.melRow(t);
        for (int k = 0; k < kMfccCount; ++k) {
            const double* basis = dct.data() + std::size_t(k) * std::size_t(bands);
            double sum = 0;
            for (int j = 0; j < bands; ++j)
                sum += basis[j] * mel[j];
            row[k] += sum;
        }
        const float* chroma = frames.chromaRow(t);
        const double total = std::accumulate(chroma, chroma + kChromaBins, 1e-12);
        for (int c = 0; c < kChromaBins; ++c)
            row[kMfccCount + c] += chroma[c] / total;
        row[kMfccCount + kChromaBins] += frames.rmsDb[std::size_t(t)];
    }
    for (int b = 0; b < features.blocks; ++b)
        if (counts[std::size_t(b)] > 0)
            for (int d = 0; d < features.dims; ++d)
                features.row(b)[d] /= counts[std::size_t(b)];

    for (int d = 0; d < features.dims; ++d) {
        double mean = 0, square = 0;
        for (int b = 0; b < features.blocks; ++b)
            mean += features.row(b)[d];
        mean /= features.blocks;
        for (int b = 0; b < features.blocks; ++b)
            square += std::pow(features.row(b)[d] - mean, 2);
        const double deviation = std::sqrt(square / features.blocks);
        const double weight = d < kMfccCount ? options.mfccWeight / std::sqrt(kMfccCount)
                              : d < kMfccCount + kChromaBins
                                  ? options.chromaWeight / std::sqrt(kChromaBins)
                                  : options.loudnessWeight;
        for (int b = 0; b < features.blocks; ++b) {
            double& value = features.row(b)[d];
            value = deviation > 1e-9 ? weight * (value - mean) / deviation : 0.0;
        }
    }
    return features;
}

// Foote's novelty: at each block boundary i, the Gaussian-tapered checkerboard kernel of
// `half` blocks each side over the cosine self-similarity of the blocks around it (blocks
// outside the track count as neither similar nor dissimilar).
std::vector<double> footeNovelty(const BlockFeatures& features, int half)
{
    const int n = features.blocks;
    const int width = 2 * half;
    std::vector<double> norms(static_cast<std::size_t>(n));
    for (int b = 0; b < n; ++b) {
        const double* row = features.row(b);
        norms[std::size_t(b)] =
            std::sqrt(std::inner_product(row, row + features.dims, row, 0.0)) + 1e-12;
    }
    // The band of the similarity matrix the kernel reaches: band[i * width + d] = S(i, i + d).
    std::vector<double> band(std::size_t(n) * std::size_t(width), 0.0);
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < width && i + d < n; ++d) {
            const double* a = features.row(i);
            const double* b = features.row(i + d);
            band[std::size_t(i) * std::size_t(width) + std::size_t(d)] =
                std::inner_product(a, a + features.dims, b, 0.0) /
                (norms[std::size_t(i)] * norms[std::size_t(i + d)]);
        }
    auto similarity = [&](int i, int j) {
        if (i > j) std::swap(i, j);
        if (i < 0 || j >= n) return 0.0;
        return band[std::size_t(i) * std::size_t(width) + std::size_t(j - i)];
    };
    // Offsets -half .. half-1 around the boundary, centred on their block's middle.
    std::vector<double> taper(static_cast<std::size_t>(width));
    for (int a = 0; a < width; ++a) {
        const double x = (a - half + 0.5) / (0.5 * half);
        taper[std::size_t(a)] = std::exp(-0.5 * x * x) * (a < half ? -1.0 : 1.0);
    }
    std::vector<double> novelty(std::size_t(n), 0.0);
    for (int i = 1; i < n; ++i) {
        double sum = 0;
        for (int a = 0; a < width; ++a)
            for (int b = 0; b < width; ++b)
                sum += taper[std::size_t(a)] * taper[std::size_t(b)] *
                       similarity(i - half + a, i - half + b);
        novelty[std::size_t(i)] = std::max(0.0, sum);
    }
    return novelty;
}

// Peaks of `novelty` within [first, last] that are the highest within `spacing` blocks each
// side, strongest first when two compete, at least `minStrength` of the highest.
std::vector<int> pickPeaks(const std::vector<double>& novelty, int first, int last, int spacing,
                           double minStrength, double top)
{
    std::vector<int> order;
    for (int i = std::max(first, 0); i <= std::min(last, int(novelty.size()) - 1); ++i)
        order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return novelty[std::size_t(a)] > novelty[std::size_t(b)]; });
    std::vector<int> peaks;
    for (int candidate : order) {
        const double value = novelty[std::size_t(candidate)];
        if (value <= 0 || value < minStrength * top) break;
        const bool free = std::none_of(peaks.begin(), peaks.end(), [&](int peak) {
            return std::abs(peak - candidate) < spacing;
        });
        if (free) peaks.push_back(candidate);
    }
    std::sort(peaks.begin(), peaks.end());
    return peaks;
}
} // namespace

Result<SongChangeSuggestions> suggestSongChanges(const SpectralFrames& frames,
                                                 const SongChangeOptions& options,
                                                 const JobControl& job)
{
    if (options.blockSeconds <= 0 || options.kernelSeconds < 2 * options.blockSeconds ||
        options.minSpacingSeconds < 0)
        return makeError(translate("hhs::SongChanges",
                                   "the song change settings are not usable (blocks of %1 s, "
                                   "a kernel of %2 s, changes %3 s apart)")
                             .arg(options.blockSeconds)
                             .arg(options.kernelSeconds)
                             .arg(options.minSpacingSeconds));
    const double fps = frames.framesPerSecond();
    const int framesPerBlock = std::max(1, int(std::lround(options.blockSeconds * fps)));
    const double blockSeconds = framesPerBlock / fps;
    SongChangeSuggestions result;
    result.blockSeconds = blockSeconds;
    const double duration = frames.durationSeconds;
    if (job.cancelled()) return cancelledError();
    job.report(0.0, translate("hhs::SongChanges", "Finding song changes"));

    const BlockFeatures features = blockFeatures(frames, framesPerBlock, options);
    const int half = std::max(1, int(std::lround(0.5 * options.kernelSeconds / blockSeconds)));
    const std::vector<double> novelty = footeNovelty(features, half);
    const double top = *std::max_element(novelty.begin(), novelty.end());
    result.novelty.reserve(novelty.size());
    for (double value : novelty)
        result.novelty.push_back(top > 0 ? float(value / top) : 0.0f);
    if (job.cancelled()) return cancelledError();
    job.report(0.4, translate("hhs::SongChanges", "Finding song changes"));

    const int spacing = std::max(1, int(std::lround(options.minSpacingSeconds / blockSeconds)));
    // The track's start and end count as changes already found: none comes closer to them.
    const int last = int(std::floor((duration - options.minSpacingSeconds) / blockSeconds));
    for (int peak : pickPeaks(novelty, spacing, last, spacing, options.minStrength, top))
        result.changes.push_back({peak * blockSeconds, novelty[std::size_t(peak)] / top});

    std::vector<float> onset;
    if (options.withTempo) onset = onsetStrength(frames);
    double start = 0;
    for (std::size_t s = 0; s <= result.changes.size(); ++s) {
        if (job.cancelled()) return cancelledError();
        SuggestedSong song;
        song.start = start;
        song.end = s < result.changes.size() ? result.changes[s].time : duration;
        if (options.withTempo)
            song.tempo = estimateTempo(onset, fps, int(std::lround(song.start * fps)),
                                       int(std::lround(song.end * fps)));
        result.songs.push_back(song);
        start = song.end;
        job.report(0.4 + 0.6 * double(s + 1) / double(result.changes.size() + 1),
                   translate("hhs::SongChanges", "Estimating tempo"));
    }
    return result;
}

Result<SongChangeSuggestions> suggestSongChanges(const float* samples, std::int64_t count,
                                                 int sampleRate, const SongChangeOptions& options,
                                                 const JobControl& job)
{
    Result<SpectralFrames> frames =
        computeSpectralFrames(samples, count, sampleRate, job.part(0.0, 0.7));
    if (!frames) return frames.error();
    return suggestSongChanges(*frames, options, job.part(0.7, 1.0));
}

} // namespace hhs
