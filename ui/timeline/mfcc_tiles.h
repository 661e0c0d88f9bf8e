// MFCC heat-map tiles: the track's MFCC (the notebook's parameters) cut into tiles of a fixed
// number of frames, each computed on its own with enough signal around it that every frame
// equals the whole-track computation's frame (up to the per-call top_db clip), and coloured
// with the perceptual colour map. Computed on a worker (or read from where an earlier visit kept
// them); tiles reach the view through a TileQueue, which any thread may use.
#pragma once

#include "audio/signal_cache.h"
#include "features/feature_params.h"
#include "features/mfcc.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <QImage>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace hhs::ui {

inline constexpr int kMfccTileFrames = 256;

// The colour scale. Coefficient 0 (the frame's loudness) and 1 (the spectral tilt) span far
// more than the others, so each has its own range; the legend shows all three. Chosen from the
// 2nd..98th percentiles of music at the notebook's parameters.
struct MfccScale
{
    struct Range
    {
        float low;
        float high;
    };
    static constexpr Range kEnergy{-400.0f, 50.0f}; // c0
    static constexpr Range kTilt{-100.0f, 250.0f};  // c1
    static constexpr Range kOther{-60.0f, 60.0f};   // c2 and up
    static constexpr Range of(int coefficient)
    {
        return coefficient == 0 ? kEnergy : coefficient == 1 ? kTilt : kOther;
    }
};

struct MfccTile
{
    int index = 0;
    int firstFrame = 0;
    MfccMatrix mfcc;
    QImage image; // frames wide, one row per coefficient, coefficient 0 at the bottom
};

// Frames of the whole track (librosa's centred count) and tiles needed to cover them.
std::int64_t mfccFrameCount(std::int64_t samples, const FeatureParams& params);
int mfccTileCount(std::int64_t samples, const FeatureParams& params);

// Computes tile `index` of `samples`. `extractor` must use the same params.
MfccTile computeMfccTile(MfccExtractor& extractor, const std::vector<float>& samples, int index);

// The tile `index` made of its frames `mfcc` (computed, or stored earlier), coloured.
MfccTile mfccTile(int index, MfccMatrix mfcc);

// Tile indices ordered by distance from `firstWanted`, so what is on screen comes first.
std::vector<int> mfccTileOrder(int tileCount, int firstWanted);

class TileQueue
{
public:
    void push(MfccTile tile);
    std::vector<MfccTile> take();

private:
    std::mutex m_mutex;
    std::vector<MfccTile> m_tiles;
};

// Where a whole track's tiles are kept between visits: beside its signal in a SignalCache, as
// every tile's frames in order (values of kind mfccTilesKind()).
struct StoredTiles
{
    SignalCache cache;
    QString path; // the track's file
};
QString mfccTilesKind(const FeatureParams& params);

// The background job: computes the tiles `indices` in that order (e.g. the missing ones of
// mfccTileOrder()) and pushes each when done. Asked for every tile with `stored`, it takes
// them from there when they are kept, and keeps them there once computed.
Status computeMfccTiles(std::shared_ptr<const std::vector<float>> samples, FeatureParams params,
                        std::vector<int> indices, std::shared_ptr<TileQueue> queue,
                        const JobControl& job, const std::optional<StoredTiles>& stored = {});

} // namespace hhs::ui
