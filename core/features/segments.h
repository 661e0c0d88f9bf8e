// The notebook's per-segment features: cut a loaded signal into consecutive segments of
// `samplesPerSegment` samples, compute MFCC on each segment on its own (its own padding and its
// own top_db clip), and keep a segment only if it has exactly ceil(samplesPerSegment / hop)
// frames. The dataset export and the predictor both use this. Runs on the calling thread,
// spreading segments over `threads` workers when asked.
#pragma once

#include "features/feature_params.h"
#include "features/mfcc.h"
#include "jobs/job.h"

#include <cstdint>
#include <vector>

namespace hhs {

struct SegmentFeatures
{
    std::int64_t startSample = 0; // in the loaded signal
    MfccMatrix mfcc;
};

struct SegmentExtraction
{
    std::int64_t samplesPerSegment = 0;
    int framesPerSegment = 0; // ceil(samplesPerSegment / hop)
    std::vector<SegmentFeatures> segments;
    std::int64_t droppedSamples = 0; // the tail that does not fill a segment (and any segment
                                     // with the wrong frame count)
    bool cancelled = false;
};

// Where the segments that extractSegments keeps start, without computing anything: a segment every
// `hopSamples` (default: the segment length) from `begin`, the last one kept only if it still
// gives the full frame count (a tail of at least (frames - 1) * hop samples). The one rule for
// how many segments a stretch gives: the export, the timeline's windows and the class counts use
// it too.
std::vector<std::int64_t> segmentStarts(std::int64_t begin, std::int64_t end,
                                        std::int64_t samplesPerSegment, const FeatureParams& params,
                                        std::int64_t hopSamples = 0);

// Segments of [begin, end) of `signal` starting at `begin`; segment i covers
// begin + i*samplesPerSegment .. + samplesPerSegment. `hopSamples` (default: the segment
// length, i.e. no overlap) sets where each next segment starts, for prediction windows.
SegmentExtraction extractSegments(const float* signal, std::int64_t begin, std::int64_t end,
                                  std::int64_t samplesPerSegment, const FeatureParams& params,
                                  const JobControl& job = {}, int threads = 1,
                                  std::int64_t hopSamples = 0);

} // namespace hhs
