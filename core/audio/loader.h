// The loader: librosa.load(path, sr=22050) in C++. Decodes with libsndfile (FFmpeg's
// libraries for what libsndfile does not read, as librosa's audioread fallback), averages the
// channels, resamples with libsoxr HQ to the target rate and returns mono float32, building
// the waveform overview in the same streaming pass. Memory stays near the size of the output:
// the decoded file is never held whole; the next block is decoded on a thread of its own while
// the last is processed. Call from a worker thread; it reports progress and stops between
// blocks when cancelled.
#pragma once

#include "audio/audio_file.h"
#include "audio/peak_pyramid.h"
#include "features/feature_params.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hhs {

struct LoadedAudio
{
    AudioInfo source;           // the file as it is on disk
    int sampleRate = 0;         // the rate of `samples`
    std::vector<float> samples; // mono (empty when LoadOptions::keepSamples is false)
    std::int64_t length = 0;    // samples produced (samples.size() when they are kept)
    PeakPyramid peaks;          // overview of the samples

    // Of the samples produced (kept or not; a LoadedAudio made by hand may set only samples).
    double durationSeconds() const
    {
        const auto count = std::max<std::int64_t>(length, std::int64_t(samples.size()));
        return sampleRate > 0 ? double(count) / sampleRate : 0;
    }
};

struct LoadOptions
{
    int targetRate = kNotebookSampleRate;
    bool buildPeaks = true;
    int stream = -1; // which audio stream of a multi-stream file; -1 the default one
    // Called with each new block of output samples as they are produced (offset = index of
    // the first one), for consumers that work while the file is still decoding.
    std::function<void(const float* block, std::size_t count, std::int64_t offset)> onBlock;
    // False: each block is let go once it has been handed to onBlock and the overview, so a
    // file of any length loads in bounded memory (LoadedAudio::samples stays empty).
    bool keepSamples = true;
};

// Timings of one load, for benchmarks (seconds of CPU work in each stage).
struct LoadTimings
{
    double decode = 0; // opening, and waiting for the decoder (it runs beside the rest)
    double downmix = 0;
    double resample = 0;
    double peaks = 0;
};

Result<LoadedAudio> loadAudio(const QString& path, const LoadOptions& options = {},
                              const JobControl& job = {}, LoadTimings* timings = nullptr);

} // namespace hhs
