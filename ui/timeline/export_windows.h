// Where a dataset export would cut a track: each labelled region is cut into windows of the
// notebook's segment length from its start, and the tail that does not fill a window is
// dropped. The lanes draw these boundaries faintly so users see which seconds become training
// segments. Pure function: any thread.
#pragma once

#include "project/records.h"
#include "timeline/timeline_state.h"

#include <vector>

namespace hhs::ui {

struct ExportWindows
{
    std::vector<double> cuts;       // window boundaries inside labelled regions, in seconds
    std::vector<TimeRange> dropped; // region tails shorter than a window
    int windows = 0;
};

// Only regions with a class count (an unlabelled song is not exported). `windowSamples` and
// `sampleRate` come from FeatureParams (samplesForSeconds(segment seconds)).
ExportWindows exportWindows(const std::vector<RegionRecord>& regions, std::int64_t windowSamples,
                            int sampleRate);

} // namespace hhs::ui
