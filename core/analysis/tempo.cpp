#include "analysis/tempo.h"

#include <algorithm>
#include <cmath>

namespace hhs {
namespace {
// Windows of the tempogram start this many frames apart (librosa uses every frame; a quarter
// of a second changes the mean by far less than the tolerance of 4 %).
constexpr int kWindowStep = 11;

// Parabolic interpolation of the peak of `curve` around index `at`: its fractional position.
double refinePeak(const std::vector<double>& curve, int at)
{
    if (at <= 0 || at + 1 >= int(curve.size())) return at;
    const double a = curve[std::size_t(at - 1)], b = curve[std::size_t(at)],
                 c = curve[std::size_t(at + 1)];
    const double denominator = a - 2 * b + c;
    if (denominator >= 0) return at;
    return at + std::clamp(0.5 * (a - c) / denominator, -0.5, 0.5);
}

// The local maximum of `curve` within [from, to].
int argmaxIn(const std::vector<double>& curve, int from, int to)
{
    from = std::max(from, 1);
    to = std::min(to, int(curve.size()) - 2);
    int best = -1;
    for (int i = from; i <= to; ++i)
        if (best < 0 || curve[std::size_t(i)] > curve[std::size_t(best)]) best = i;
    return best;
}
} // namespace

TempoEstimate estimateTempo(const std::vector<float>& onset, double framesPerSecond, int beginFrame,
                            int endFrame, const TempoOptions& options)
{
    beginFrame = std::max(beginFrame, 0);
    endFrame = std::min(endFrame, int(onset.size()));
    const int length = endFrame - beginFrame;
    const int window = std::min(length, int(std::lround(options.windowSeconds * framesPerSecond)));
    const int maxLag = int(std::ceil(60.0 * framesPerSecond / options.minBpm));
    const int minLag = std::max(1, int(std::floor(60.0 * framesPerSecond / options.maxBpm)));
    if (window < 2 * minLag + 2 || length < int(2 * framesPerSecond)) return {};
    const int lags = std::min(window, 4 * maxLag + 2);
    double level = 0;
    for (int i = beginFrame; i < endFrame; ++i)
        level += onset[std::size_t(i)];
    if (level / length < options.minOnset) return {};

    // The mean of the windows' autocorrelations, each normalised by its lag-0 value.
    std::vector<double> hann(static_cast<std::size_t>(window));
    for (int i = 0; i < window; ++i)
        hann[std::size_t(i)] = 0.5 - 0.5 * std::cos(2.0 * M_PI * i / window);
    std::vector<double> mean(std::size_t(lags), 0.0), frame(static_cast<std::size_t>(window)),
        ac(static_cast<std::size_t>(lags));
    int windows = 0;
    for (int start = beginFrame; start + window <= endFrame; start += kWindowStep) {
        for (int i = 0; i < window; ++i)
            frame[std::size_t(i)] = onset[std::size_t(start + i)] * hann[std::size_t(i)];
        for (int lag = 0; lag < lags; ++lag) {
            double sum = 0;
            for (int i = lag; i < window; ++i)
                sum += frame[std::size_t(i)] * frame[std::size_t(i - lag)];
            ac[std::size_t(lag)] = sum;
        }
        if (ac[0] <= 0) continue;
        for (int lag = 0; lag < lags; ++lag)
            mean[std::size_t(lag)] += ac[std::size_t(lag)] / ac[0];
        ++windows;
    }
    if (windows == 0) return {};
    for (double& value : mean)
        value /= windows;

    // librosa: argmax over lags of log1p(1e6 * tempogram) + the log-normal prior.
    int best = -1;
    double bestScore = 0;
    for (int lag = minLag; lag <= std::min(maxLag, lags - 2); ++lag) {
        const double bpm = 60.0 * framesPerSecond / lag;
        const double octaves =
            (std::log2(bpm) - std::log2(options.priorBpm)) / options.priorOctaves;
        // The beat's own lag, reinforced by the bar-level peaks at twice and four times it.
        double strength = mean[std::size_t(lag)];
        double weight = 1;
        for (int k = 2; k <= 4 && k * lag < lags; k *= 2) {
            weight *= options.harmonicWeight;
            strength += weight * mean[std::size_t(k * lag)];
        }
        const double score = std::log1p(1e6 * std::max(0.0, strength)) - 0.5 * octaves * octaves;
        if (best < 0 || score > bestScore) {
            best = lag;
            bestScore = score;
        }
    }
    if (best < 0) return {};
    if (mean[std::size_t(best)] < options.minConfidence)
        return {0.0, std::max(0.0, mean[std::size_t(best)])};
    // Refine: the peaks near 1, 2, 3 and 4 times the lag give the lag to a fraction of a frame.
    double lagSum = 0, weightSum = 0;
    for (int k = 1; k <= 4; ++k) {
        const int around = argmaxIn(mean, k * best - k, k * best + k);
        if (around < 0 || around + 1 >= lags) break;
        lagSum += refinePeak(mean, around);
        weightSum += k;
    }
    const double lag = weightSum > 0 ? lagSum / weightSum : best;
    TempoEstimate estimate;
    estimate.bpm = 60.0 * framesPerSecond / lag;
    estimate.confidence = std::clamp(mean[std::size_t(best)], 0.0, 1.0);
    return estimate;
}

TempoEstimate estimateTempo(const float* samples, std::int64_t count, int sampleRate,
                            const TempoOptions& options)
{
    Result<SpectralFrames> frames = computeSpectralFrames(samples, count, sampleRate);
    if (!frames) return {};
    const std::vector<float> onset = onsetStrength(*frames);
    return estimateTempo(onset, frames->framesPerSecond(), 0, int(onset.size()), options);
}

} // namespace hhs
