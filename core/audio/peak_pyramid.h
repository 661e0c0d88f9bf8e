// PeakPyramid: the waveform overview. Min/max of the mono signal over blocks of 64, 256,
// 1024, 4096, 16384 and 65536 samples, built block by block as the loader streams samples in,
// so drawing a 20-minute track at any zoom reads a few thousand values. Below the finest
// level a view reads the samples themselves. Built on one thread, then read-only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace hhs {

struct PeakPair
{
    float min = 0.0f;
    float max = 0.0f;
};

struct PeakLevel
{
    int samplesPerPeak = 0;
    std::vector<PeakPair> peaks;
};

class PeakPyramid
{
public:
    static constexpr int kFinestBlock = 64;
    static constexpr int kLevelFactor = 4;
    static constexpr int kLevelCount = 6;

    PeakPyramid();

    // How many peaks each level of a finished pyramid of `sampleCount` samples holds.
    static std::vector<std::size_t> levelSizes(std::int64_t sampleCount);
    // A finished pyramid made of levels stored earlier (SignalCache), or nothing when they are
    // not the levels finish() makes for `sampleCount` samples.
    static std::optional<PeakPyramid> fromLevels(std::vector<PeakLevel> levels,
                                                 std::int64_t sampleCount);

    // Streaming: feed samples in order, then finish() once.
    void append(const float* samples, std::size_t count);
    void finish();

    std::int64_t sampleCount() const { return m_sampleCount; }
    const std::vector<PeakLevel>& levels() const { return m_levels; }
    // The coarsest level whose blocks are no larger than `samplesPerPixel`, or nullptr when
    // even the finest level is too coarse (draw the samples).
    const PeakLevel* levelFor(double samplesPerPixel) const;
    // Min/max over samples [begin, end) from the best level (never reads samples).
    PeakPair range(std::int64_t begin, std::int64_t end) const;

private:
    std::vector<PeakLevel> m_levels;
    std::int64_t m_sampleCount = 0;
    PeakPair m_pending;
    int m_pendingCount = 0;
    void pushFinest(PeakPair pair);
};

} // namespace hhs
