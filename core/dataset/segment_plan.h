// Which samples of a track a labelled region covers and how many training segments it gives,
// as plain arithmetic over the project's records (nothing decoded): the dataset export, the
// timeline's faint export windows, the class list's counts and the Train panel agree because
// they all count here, by segmentStarts()'s rule. Pure functions: any thread.
#pragma once

#include "features/feature_params.h"
#include "project/records.h"

#include <QHash>
#include <cstdint>
#include <vector>

namespace hhs {

// The length librosa.load gives a track at `targetRate`: ceil(frames * target / source).
std::int64_t loadedLength(std::int64_t frames, int sourceRate, int targetRate);

struct SampleRange
{
    std::int64_t begin = 0;
    std::int64_t end = 0; // exclusive; never past the loaded signal
};

// The loaded signal's samples under [startSeconds, endSeconds), rounded to the nearest sample.
SampleRange regionSamples(double startSeconds, double endSeconds, int sampleRate,
                          std::int64_t loadedSamples);

struct SecondsRange
{
    double start = 0;
    double end = 0;
};

struct ExportWindows
{
    std::vector<double> cuts;          // segment boundaries inside labelled regions, in seconds
    std::vector<SecondsRange> dropped; // what of a labelled region no segment covers
    int windows = 0;                   // the segments the export makes
};

// Where a dataset export cuts these regions of one track (loaded at params.sampleRate, with
// `loadedSamples` samples). Only regions with a class count (an unlabelled song is not
// exported).
ExportWindows exportWindows(const std::vector<RegionRecord>& regions, const FeatureParams& params,
                            std::int64_t samplesPerSegment, std::int64_t loadedSamples);

// The segments each class gets from these regions of these tracks (by class id).
QHash<std::int64_t, int> segmentsPerClass(const std::vector<RegionRecord>& regions,
                                          const std::vector<TrackRecord>& tracks,
                                          const FeatureParams& params,
                                          std::int64_t samplesPerSegment);

} // namespace hhs
