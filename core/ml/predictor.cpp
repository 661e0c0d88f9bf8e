#include "ml/predictor.h"

#include "features/segment_stream.h"
#include "jobs/bounded_queue.h"
#include "jobs/text.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <thread>

namespace hhs {
namespace {
constexpr std::size_t kWindowsPerBatch = 32;     // handed to the model at once (its batch size)
constexpr std::size_t kBatchesAhead = 4;         // features computed ahead of the model, at most
constexpr std::size_t kBlocksAhead = 256;        // decoded blocks waiting for the features, at most
constexpr std::size_t kSamplesPerFeed = 1 << 15; // predictSignal's blocks
constexpr int kSegmentsPerFeatureTask = 16;      // per worker: the last windows follow the end soon

// Three stages at once: the feeder's thread (decoding, in predictAudioFile) hands blocks to a
// features thread (SegmentStream), which hands batches of windows to a model thread. Bounded
// queues between them keep each stage close behind the one before.
class PipelinedPrediction final : public PredictionStream
{
public:
    PipelinedPrediction(const Model& model, std::int64_t segmentSamples, std::int64_t hopSamples,
                        int featureThreads, int modelThreads, const JobControl& job)
        : m_model(model), m_params(model.info().params), m_segmentSamples(segmentSamples),
          m_modelThreads(modelThreads), m_job(job),
          m_segments(
              segmentSamples, m_params,
              [this](SegmentFeatures&& segment) { take(std::move(segment)); }, featureThreads,
              hopSamples, job, kSegmentsPerFeatureTask)
    {
        m_prediction.classes = model.info().classes;
        m_prediction.verdictProbabilities.assign(std::size_t(m_prediction.classes.size()), 0.0);
        m_modelThread = std::thread([this] { runModel(); });
        m_featureThread = std::thread([this] { runFeatures(); });
    }

    ~PipelinedPrediction() override
    {
        stop();
        join();
    }

    void feed(const float* samples, std::size_t count) override
    {
        if (count == 0 || m_failed.load(std::memory_order_relaxed)) return;
        m_blocks.push(std::vector<float>(samples, samples + count));
    }

    Result<Prediction> finish() override
    {
        m_blocks.close();
        join();
        if (m_counts.cancelled || m_job.cancelled()) return cancelledError();
        if (m_error) return *m_error;
        if (m_segments.samplesSeen() < m_segmentSamples)
            return makeError(
                translate("hhs::Predictor", "the audio is %1 s long, shorter than the model's "
                                            "segment of %2 s")
                    .arg(double(m_segments.samplesSeen()) / m_params.sampleRate, 0, 'f', 2)
                    .arg(m_model.info().segmentSeconds));
        if (m_prediction.windows.empty())
            return makeError(
                translate("hhs::Predictor", "no window of the audio could be classified"));
        for (double& p : m_prediction.verdictProbabilities)
            p /= double(m_prediction.windows.size());
        const auto& verdict = m_prediction.verdictProbabilities;
        m_prediction.verdictClass =
            int(std::max_element(verdict.begin(), verdict.end()) - verdict.begin());
        m_prediction.stretches = mergeStretches(m_prediction.windows);
        return std::move(m_prediction);
    }

private:
    // Ends every stage early (a model error, a stream dropped unfinished).
    void stop()
    {
        m_failed = true;
        m_blocks.close();
        m_batches.close();
    }

    void join()
    {
        if (m_featureThread.joinable()) m_featureThread.join();
        if (m_modelThread.joinable()) m_modelThread.join();
    }

    // Features thread: the blocks through the segments, then the signal's tail.
    void runFeatures()
    {
        while (std::optional<std::vector<float>> block = m_blocks.pop()) {
            if (!m_failed.load(std::memory_order_relaxed))
                m_segments.feed(block->data(), block->size());
        }
        m_counts = m_segments.finish();
        handOver();
        m_batches.close();
    }

    // Features thread: a segment's features, handed on when a batch is full.
    void take(SegmentFeatures&& segment)
    {
        m_pending.push_back(std::move(segment));
        if (m_pending.size() >= kWindowsPerBatch) handOver();
    }

    void handOver()
    {
        if (!m_pending.empty()) m_batches.push(std::move(m_pending));
        m_pending.clear();
    }

    // Model thread: each batch's probabilities, in order, into the prediction.
    void runModel()
    {
        useTorchThreads(m_modelThreads); // torch's thread count is per thread
        while (std::optional<std::vector<SegmentFeatures>> batch = m_batches.pop()) {
            if (m_job.cancelled() || m_failed.load(std::memory_order_relaxed)) continue;
            if (Status classified = classify(*batch); !classified) {
                m_error = classified.error(); // read after join()
                stop();
            }
        }
    }

    Status classify(const std::vector<SegmentFeatures>& batch)
    {
        std::vector<const MfccMatrix*> matrices;
        matrices.reserve(batch.size());
        for (const SegmentFeatures& segment : batch)
            matrices.push_back(&segment.mfcc);
        Result<std::vector<float>> probabilities = m_model.probabilities(matrices);
        if (!probabilities) return probabilities.error();
        const auto classes = std::size_t(m_prediction.classes.size());
        for (std::size_t i = 0; i < batch.size(); ++i) {
            PredictionWindow window;
            window.start = double(batch[i].startSample) / m_params.sampleRate;
            window.end = double(batch[i].startSample + m_segmentSamples) / m_params.sampleRate;
            const float* row = probabilities->data() + i * classes;
            window.probabilities.assign(row, row + classes);
            window.classIndex = int(std::max_element(row, row + classes) - row);
            for (std::size_t c = 0; c < classes; ++c)
                m_prediction.verdictProbabilities[c] += row[c];
            m_prediction.windows.push_back(std::move(window));
        }
        return {};
    }

    const Model& m_model;
    const FeatureParams m_params;
    const std::int64_t m_segmentSamples;
    const int m_modelThreads;
    const JobControl m_job;
    std::atomic<bool> m_failed{false};
    BoundedQueue<std::vector<float>> m_blocks{kBlocksAhead};
    BoundedQueue<std::vector<SegmentFeatures>> m_batches{kBatchesAhead};
    // The features thread's until it has ended:
    SegmentStream m_segments;
    std::vector<SegmentFeatures> m_pending;
    SegmentExtraction m_counts;
    // The model thread's until it has ended:
    std::optional<Error> m_error;
    Prediction m_prediction;
    std::thread m_modelThread;
    std::thread m_featureThread;
};

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

Result<std::unique_ptr<PredictionStream>>
startPrediction(const Model& model, const PredictOptions& options, const JobControl& job)
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
    const int frames = int(params.notebookFramesPerSegment(segmentSamples));
    if (frames != info.frames)
        return makeError(
            translate("hhs::Predictor",
                      "the model expects %1 frames per segment but the features give %2")
                .arg(info.frames)
                .arg(frames));
    // The features and the model run at once, so they share the budget: the model gets one
    // thread (its batches of 32 are too small to split well) and the features the rest. On two
    // cores a 20-minute CNN prediction took 0.50-0.66 s with one features thread and
    // 0.47-0.61 s with two (interleaved runs), so the split costs nothing either way.
    const int threads = std::max(options.threads, 1);
    const int modelThreads = 1;
    const int featureThreads = std::max(1, threads - modelThreads);
    return std::unique_ptr<PredictionStream>(std::make_unique<PipelinedPrediction>(
        model, segmentSamples, hopSamples, featureThreads, modelThreads, job));
}

Result<Prediction> predictSignal(const Model& model, const float* samples, std::int64_t count,
                                 const PredictOptions& options, const JobControl& job)
{
    Result<std::unique_ptr<PredictionStream>> stream = startPrediction(model, options, job);
    if (!stream) return stream.error();
    const QString stage = translate("hhs::Predictor", "Predicting");
    for (std::int64_t fed = 0; fed < count;) {
        const auto block = std::size_t(std::min<std::int64_t>(count - fed, kSamplesPerFeed));
        (*stream)->feed(samples + fed, block);
        fed += std::int64_t(block);
        job.report(double(fed) / double(count), stage);
    }
    return (*stream)->finish();
}

} // namespace hhs
