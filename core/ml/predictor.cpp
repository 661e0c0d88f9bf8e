#include "ml/predictor.h"

#include "features/segments.h"
#include "jobs/text.h"

#include <algorithm>
#include <cmath>

namespace hhs {
namespace {
constexpr std::size_t kWindowsPerCall = 512; // between cancel checks
} // namespace

std::vector<PredictionStretch> mergeStretches(const std::vector<PredictionWindow>& windows)
{
    std::vector<PredictionStretch> stretches;
    std::vector<int> windowCount;
    for (const PredictionWindow& window : windows) {
        const double p = window.classIndex < int(window.probabilities.size())
                             ? window.probabilities[std::size_t(window.classIndex)]
                             : 0.0;
        if (!stretches.empty() && stretches.back().classIndex == window.classIndex) {
            stretches.back().end = window.end;
            stretches.back().confidence += p;
            ++windowCount.back();
            continue;
        }
        if (!stretches.empty()) stretches.back().end = std::min(stretches.back().end, window.start);
        stretches.push_back({window.start, window.end, window.classIndex, p});
        windowCount.push_back(1);
    }
    for (std::size_t i = 0; i < stretches.size(); ++i)
        stretches[i].confidence /= windowCount[i];
    return stretches;
}

Result<Prediction> predictSignal(const Model& model, const float* samples, std::int64_t count,
                                 const PredictOptions& options, const JobControl& job)
{
    const ModelInfo& info = model.info();
    const FeatureParams& params = info.params;
    const std::int64_t segmentSamples = params.samplesForSeconds(info.segmentSeconds);
    const double hopSeconds = options.hopSeconds > 0 ? options.hopSeconds : info.segmentSeconds;
    const std::int64_t hopSamples = params.samplesForSeconds(hopSeconds);
    if (!(options.hopSeconds >= 0) || hopSamples < 1)
        return makeError(
            translate("hhs::Predictor", "the hop must be a positive number of seconds, not %1")
                .arg(options.hopSeconds));
    if (count < segmentSamples)
        return makeError(
            translate("hhs::Predictor",
                      "the audio is %1 s long, shorter than the model's segment of %2 s")
                .arg(double(count) / params.sampleRate, 0, 'f', 2)
                .arg(info.segmentSeconds));

    useTorchThreads(options.threads);
    SegmentExtraction extraction = extractSegments(samples, 0, count, segmentSamples, params,
                                                   job.part(0, 0.7), options.threads, hopSamples);
    if (extraction.cancelled || job.cancelled()) return cancelledError();
    if (extraction.framesPerSegment != info.frames)
        return makeError(
            translate("hhs::Predictor",
                      "the model expects %1 frames per segment but the features give %2")
                .arg(info.frames)
                .arg(extraction.framesPerSegment));

    Prediction prediction;
    prediction.classes = info.classes;
    const int classes = info.classes.size();
    prediction.verdictProbabilities.assign(std::size_t(classes), 0.0);
    const std::vector<SegmentFeatures>& segments = extraction.segments;
    for (std::size_t begin = 0; begin < segments.size(); begin += kWindowsPerCall) {
        if (job.cancelled()) return cancelledError();
        const std::size_t end = std::min(segments.size(), begin + kWindowsPerCall);
        std::vector<const MfccMatrix*> batch;
        for (std::size_t i = begin; i < end; ++i)
            batch.push_back(&segments[i].mfcc);
        Result<std::vector<float>> probabilities = model.probabilities(batch);
        if (!probabilities) return probabilities.error();
        for (std::size_t i = begin; i < end; ++i) {
            PredictionWindow window;
            window.start = double(segments[i].startSample) / params.sampleRate;
            window.end = double(segments[i].startSample + segmentSamples) / params.sampleRate;
            const float* row = probabilities->data() + (i - begin) * std::size_t(classes);
            window.probabilities.assign(row, row + classes);
            window.classIndex = int(std::max_element(row, row + classes) - row);
            for (int c = 0; c < classes; ++c)
                prediction.verdictProbabilities[std::size_t(c)] += row[c];
            prediction.windows.push_back(std::move(window));
        }
        job.report(0.7 + 0.3 * double(end) / double(segments.size()),
                   translate("hhs::Predictor", "Predicting"));
    }
    if (prediction.windows.empty())
        return makeError(translate("hhs::Predictor", "no window of the audio could be classified"));
    for (double& p : prediction.verdictProbabilities)
        p /= double(prediction.windows.size());
    prediction.verdictClass = int(std::max_element(prediction.verdictProbabilities.begin(),
                                                   prediction.verdictProbabilities.end()) -
                                  prediction.verdictProbabilities.begin());
    prediction.stretches = mergeStretches(prediction.windows);
    return prediction;
}

} // namespace hhs
