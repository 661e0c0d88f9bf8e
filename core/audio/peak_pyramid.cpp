#include "audio/peak_pyramid.h"

#include <algorithm>
#include <limits>

namespace hhs {
namespace {
PeakPair merge(PeakPair a, PeakPair b)
{
    return {std::min(a.min, b.min), std::max(a.max, b.max)};
}
constexpr PeakPair kEmpty{std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest()};
} // namespace

PeakPyramid::PeakPyramid() : m_pending(kEmpty)
{
    m_levels.resize(1);
    m_levels[0].samplesPerPeak = kFinestBlock;
}

std::vector<std::size_t> PeakPyramid::levelSizes(std::int64_t sampleCount)
{
    std::vector<std::size_t> sizes;
    std::size_t size =
        std::size_t((std::max<std::int64_t>(sampleCount, 0) + kFinestBlock - 1) / kFinestBlock);
    for (int level = 0; level < kLevelCount; ++level) {
        sizes.push_back(size);
        size = (size + kLevelFactor - 1) / kLevelFactor;
    }
    return sizes;
}

std::optional<PeakPyramid> PeakPyramid::fromLevels(std::vector<PeakLevel> levels,
                                                   std::int64_t sampleCount)
{
    const std::vector<std::size_t> sizes = levelSizes(sampleCount);
    if (levels.size() != sizes.size()) return std::nullopt;
    int samplesPerPeak = kFinestBlock;
    for (std::size_t level = 0; level < sizes.size(); ++level) {
        if (levels[level].samplesPerPeak != samplesPerPeak ||
            levels[level].peaks.size() != sizes[level])
            return std::nullopt;
        samplesPerPeak *= kLevelFactor;
    }
    PeakPyramid pyramid;
    pyramid.m_levels = std::move(levels);
    pyramid.m_sampleCount = sampleCount;
    return pyramid;
}

void PeakPyramid::append(const float* samples, std::size_t count)
{
    std::size_t i = 0;
    while (i < count) {
        const std::size_t take =
            std::min<std::size_t>(count - i, std::size_t(kFinestBlock - m_pendingCount));
        const auto [lo, hi] = std::minmax_element(samples + i, samples + i + take);
        m_pending = merge(m_pending, {*lo, *hi});
        m_pendingCount += int(take);
        i += take;
        if (m_pendingCount == kFinestBlock) {
            pushFinest(m_pending);
            m_pending = kEmpty;
            m_pendingCount = 0;
        }
    }
    m_sampleCount += std::int64_t(count);
}

void PeakPyramid::pushFinest(PeakPair pair)
{
    m_levels[0].peaks.push_back(pair);
}

void PeakPyramid::finish()
{
    if (m_pendingCount > 0) {
        pushFinest(m_pending);
        m_pending = kEmpty;
        m_pendingCount = 0;
    }
    m_levels.resize(1);
    for (int level = 1; level < kLevelCount; ++level) {
        const PeakLevel& finer = m_levels[std::size_t(level - 1)];
        PeakLevel coarser;
        coarser.samplesPerPeak = finer.samplesPerPeak * kLevelFactor;
        coarser.peaks.reserve(finer.peaks.size() / kLevelFactor + 1);
        for (std::size_t i = 0; i < finer.peaks.size(); i += kLevelFactor) {
            PeakPair pair = kEmpty;
            const std::size_t end = std::min(finer.peaks.size(), i + kLevelFactor);
            for (std::size_t j = i; j < end; ++j)
                pair = merge(pair, finer.peaks[j]);
            coarser.peaks.push_back(pair);
        }
        m_levels.push_back(std::move(coarser));
    }
}

const PeakLevel* PeakPyramid::levelFor(double samplesPerPixel) const
{
    const PeakLevel* best = nullptr;
    for (const PeakLevel& level : m_levels)
        if (level.samplesPerPeak <= samplesPerPixel) best = &level;
    return best;
}

PeakPair PeakPyramid::range(std::int64_t begin, std::int64_t end) const
{
    begin = std::max<std::int64_t>(begin, 0);
    end = std::min(end, m_sampleCount);
    if (end <= begin || m_levels.empty() || m_levels[0].peaks.empty()) return {0.0f, 0.0f};
    // The coarsest level that still has at least two blocks in the range.
    const PeakLevel* level = &m_levels[0];
    for (const PeakLevel& candidate : m_levels)
        if ((end - begin) / candidate.samplesPerPeak >= 2) level = &candidate;
    const std::int64_t first = begin / level->samplesPerPeak;
    const std::int64_t last = std::min<std::int64_t>((end - 1) / level->samplesPerPeak,
                                                     std::int64_t(level->peaks.size()) - 1);
    PeakPair pair = kEmpty;
    for (std::int64_t i = first; i <= last; ++i)
        pair = merge(pair, level->peaks[std::size_t(i)]);
    return pair;
}

} // namespace hhs
