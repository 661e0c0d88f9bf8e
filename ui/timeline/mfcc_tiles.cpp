#include "timeline/mfcc_tiles.h"

#include "timeline/colour_map.h"

#include <algorithm>
#include <cstdlib>

namespace hhs::ui {

std::int64_t mfccFrameCount(std::int64_t samples, const FeatureParams& params)
{
    return samples > 0 ? params.framesFor(samples) : 0;
}

int mfccTileCount(std::int64_t samples, const FeatureParams& params)
{
    return int((mfccFrameCount(samples, params) + kMfccTileFrames - 1) / kMfccTileFrames);
}

MfccTile computeMfccTile(MfccExtractor& extractor, const std::vector<float>& samples, int index)
{
    const FeatureParams& params = extractor.params();
    const std::int64_t hop = params.hopLength;
    const auto count = std::int64_t(samples.size());
    const std::int64_t total = mfccFrameCount(count, params);
    const std::int64_t first = std::int64_t(index) * kMfccTileFrames;
    const std::int64_t last = std::min(total, first + kMfccTileFrames); // exclusive
    // Start whole hops early so every kept frame sees the real signal on its left, as in the
    // whole-track computation; frames of that margin are computed and thrown away.
    const std::int64_t margin = std::min(first, (params.fftSize / 2 + hop - 1) / hop);
    const std::int64_t begin = (first - margin) * hop;
    const std::int64_t lastKept = last - 1 - (first - margin); // index within the piece
    const std::int64_t end = std::min(count, begin + lastKept * hop + params.fftSize / 2);
    const MfccMatrix piece = extractor.compute(samples.data() + begin, end - begin);

    MfccTile tile;
    tile.index = index;
    tile.firstFrame = int(first);
    tile.mfcc.frames = int(last - first);
    tile.mfcc.coefficients = piece.coefficients;
    tile.mfcc.data.reserve(std::size_t(tile.mfcc.frames) * piece.coefficients);
    for (std::int64_t frame = margin; frame < margin + tile.mfcc.frames && frame < piece.frames;
         ++frame)
        tile.mfcc.data.insert(tile.mfcc.data.end(), piece.row(int(frame)),
                              piece.row(int(frame)) + piece.coefficients);
    tile.mfcc.frames = int(tile.mfcc.data.size() / std::max(1, piece.coefficients));
    return mfccTile(index, std::move(tile.mfcc));
}

MfccTile mfccTile(int index, MfccMatrix mfcc)
{
    MfccTile tile;
    tile.index = index;
    tile.firstFrame = index * kMfccTileFrames;
    tile.mfcc = std::move(mfcc);
    const int coefficients = tile.mfcc.coefficients;
    tile.image =
        QImage(std::max(1, tile.mfcc.frames), std::max(1, coefficients), QImage::Format_RGB32);
    tile.image.fill(Qt::black);
    for (int frame = 0; frame < tile.mfcc.frames; ++frame)
        for (int c = 0; c < coefficients; ++c) {
            const MfccScale::Range range = MfccScale::of(c);
            const double fraction = (tile.mfcc.at(frame, c) - range.low) / (range.high - range.low);
            tile.image.setPixel(frame, coefficients - 1 - c, viridis(fraction));
        }
    return tile;
}

QString mfccTilesKind(const FeatureParams& params)
{
    return QStringLiteral("mfcc-tiles-v1-%1-%2-%3-%4-%5-%6")
        .arg(kMfccTileFrames)
        .arg(params.mfccCount)
        .arg(params.fftSize)
        .arg(params.hopLength)
        .arg(params.melBands)
        .arg(qint64(std::llround(params.topDb * 1000)));
}

std::vector<int> mfccTileOrder(int tileCount, int firstWanted)
{
    std::vector<int> order(std::size_t(std::max(0, tileCount)));
    for (int i = 0; i < tileCount; ++i)
        order[std::size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [firstWanted](int a, int b) {
        const int da = a >= firstWanted ? a - firstWanted : (firstWanted - a) * 4;
        const int db = b >= firstWanted ? b - firstWanted : (firstWanted - b) * 4;
        return da < db;
    });
    return order;
}

void TileQueue::push(MfccTile tile)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_tiles.push_back(std::move(tile));
}

std::vector<MfccTile> TileQueue::take()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<MfccTile> tiles;
    tiles.swap(m_tiles);
    return tiles;
}

namespace {
// The stored tiles, pushed in `indices` order; false when none usable are stored.
bool pushStoredTiles(const StoredTiles& stored, std::int64_t sampleCount,
                     const FeatureParams& params, const std::vector<int>& indices, TileQueue& queue,
                     const JobControl& job)
{
    const std::optional<std::vector<float>> values =
        stored.cache.findValues(stored.path, params.sampleRate, mfccTilesKind(params));
    const std::int64_t frames = mfccFrameCount(sampleCount, params);
    if (!values || std::int64_t(values->size()) != frames * params.mfccCount) return false;
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if (job.cancelled()) return true;
        const std::int64_t first = std::int64_t(indices[i]) * kMfccTileFrames;
        const std::int64_t last = std::min(frames, first + kMfccTileFrames);
        MfccMatrix mfcc;
        mfcc.frames = int(last - first);
        mfcc.coefficients = params.mfccCount;
        mfcc.data.assign(values->begin() + first * params.mfccCount,
                         values->begin() + last * params.mfccCount);
        queue.push(mfccTile(indices[i], std::move(mfcc)));
        job.report(double(i + 1) / double(indices.size()));
    }
    return true;
}
} // namespace

Status computeMfccTiles(std::shared_ptr<const std::vector<float>> samples, FeatureParams params,
                        std::vector<int> indices, std::shared_ptr<TileQueue> queue,
                        const JobControl& job, const std::optional<StoredTiles>& stored)
{
    const auto sampleCount = std::int64_t(samples->size());
    const bool wholeTrack = int(indices.size()) == mfccTileCount(sampleCount, params);
    if (stored && wholeTrack && pushStoredTiles(*stored, sampleCount, params, indices, *queue, job))
        return job.cancelled() ? cancelledError() : Status{};
    MfccExtractor extractor(params);
    std::vector<MfccMatrix> computed(wholeTrack && stored ? indices.size() : 0);
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if (job.cancelled()) return cancelledError();
        MfccTile tile = computeMfccTile(extractor, *samples, indices[i]);
        if (!computed.empty()) computed[std::size_t(indices[i])] = tile.mfcc;
        queue->push(std::move(tile));
        job.report(double(i + 1) / double(indices.size()));
    }
    if (!computed.empty()) {
        std::vector<float> values;
        for (const MfccMatrix& mfcc : computed)
            values.insert(values.end(), mfcc.data.begin(), mfcc.data.end());
        // Kept for the next visit; a failure (a full disk) only means computing them again.
        (void)stored->cache.storeValues(stored->path, params.sampleRate, mfccTilesKind(params),
                                        values);
    }
    return {};
}

} // namespace hhs::ui
