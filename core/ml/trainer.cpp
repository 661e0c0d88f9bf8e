#include "ml/trainer.h"

#include "jobs/text.h"
#include "ml/model_impl.h"
#include "ml/split_batch.h"

#include <QDateTime>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <random>

namespace hhs {
namespace {
constexpr int kEvaluationBatch = 32; // measured: ~3x faster than 256 (activations fit the cache)
// Keras's Adam epsilon (torch's default is 1e-8).
constexpr double kKerasAdamEpsilon = 1e-7;

Status checkSettings(const TrainingSettings& s)
{
    if (s.epochs < 1 || s.epochs > 100000)
        return makeError(
            translate("hhs::Trainer", "epochs must be between 1 and 100000, not %1").arg(s.epochs));
    if (s.batchSize < 1 || s.batchSize > 65536)
        return makeError(
            translate("hhs::Trainer", "the batch size must be between 1 and 65536, not %1")
                .arg(s.batchSize));
    if (!(s.effectiveLearningRate() > 0 && s.effectiveLearningRate() < 10))
        return makeError(
            translate("hhs::Trainer", "the learning rate must be above 0 and below 10, not %1")
                .arg(s.effectiveLearningRate()));
    if (s.threads < 1 || s.threads > 256)
        return makeError(
            translate("hhs::Trainer", "the thread count must be between 1 and 256, not %1")
                .arg(s.threads));
    if (const InputMasking masking = s.effectiveMasking();
        masking.frames < 0 || masking.coefficients < 0)
        return makeError(translate("hhs::Trainer",
                                   "the training masks cannot be negative (%1 frames, %2 "
                                   "coefficients)")
                             .arg(masking.frames)
                             .arg(masking.coefficients));
    if (s.patience < 0)
        return makeError(
            translate("hhs::Trainer", "the early-stopping patience cannot be negative (%1)")
                .arg(s.patience));
    return {};
}

Status checkDataset(const Dataset& dataset)
{
    if (dataset.segments.empty())
        return makeError(
            translate("hhs::Trainer", "the dataset has no segments: label some audio first"));
    const int frames = dataset.frames();
    const int coefficients = dataset.coefficients();
    for (const DatasetSegment& segment : dataset.segments) {
        const MfccMatrix& m = segment.mfcc;
        if (m.frames != frames || m.coefficients != coefficients ||
            m.data.size() != std::size_t(frames) * std::size_t(coefficients))
            return makeError(translate("hhs::Trainer",
                                       "the segment of %1 at %2 s is %3 x %4, but the others are "
                                       "%5 x %6: every segment must have the same shape")
                                 .arg(quoted(segment.sourceName))
                                 .arg(segment.startSeconds)
                                 .arg(m.frames)
                                 .arg(m.coefficients)
                                 .arg(frames)
                                 .arg(coefficients));
        for (float value : m.data)
            if (!std::isfinite(value))
                return makeError(translate("hhs::Trainer",
                                           "the segment of %1 at %2 s contains a value that is not "
                                           "a finite number")
                                     .arg(quoted(segment.sourceName))
                                     .arg(segment.startSeconds));
    }
    return {};
}

Normalisation trainingNormalisation(const Dataset& dataset, const std::vector<int>& train)
{
    const int c = dataset.coefficients();
    std::vector<double> sum(std::size_t(c), 0.0), sumSq(std::size_t(c), 0.0);
    double count = 0;
    for (int index : train) {
        const MfccMatrix& m = dataset.segments[std::size_t(index)].mfcc;
        for (int f = 0; f < m.frames; ++f)
            for (int k = 0; k < c; ++k) {
                const double v = m.at(f, k);
                sum[std::size_t(k)] += v;
                sumSq[std::size_t(k)] += v * v;
            }
        count += m.frames;
    }
    Normalisation norm;
    for (int k = 0; k < c; ++k) {
        const double mean = sum[std::size_t(k)] / count;
        const double variance = std::max(sumSq[std::size_t(k)] / count - mean * mean, 0.0);
        const double stddev = std::sqrt(variance);
        norm.mean.push_back(float(mean));
        norm.stddev.push_back(stddev > 1e-6 ? float(stddev) : 1.0f);
    }
    return norm;
}

// A part of the dataset (train, validation, test). Its features stay where the dataset holds
// them and are copied and normalised a batch at a time as they are used: a normalised copy of
// every part would double what training holds (36 000 segments are 243 MB of MFCC).
struct Part
{
    std::vector<const MfccMatrix*> segments;
    torch::Tensor y; // (N) int64

    std::int64_t size() const { return std::int64_t(segments.size()); }
};

Part makePart(const Dataset& dataset, const std::vector<int>& indices)
{
    Part part;
    std::vector<std::int64_t> labels;
    for (int index : indices) {
        part.segments.push_back(&dataset.segments[std::size_t(index)].mfcc);
        labels.push_back(dataset.segments[std::size_t(index)].label);
    }
    part.y = torch::tensor(labels, torch::kInt64);
    return part;
}

// The normalised (rows, frames, coefficients) input of the part's segments `rows`.
torch::Tensor inputOf(const Model::Impl& impl, const Part& part, const std::int64_t* rows,
                      std::int64_t count)
{
    std::vector<const MfccMatrix*> chosen(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i)
        chosen[std::size_t(i)] = part.segments[std::size_t(rows[i])];
    return impl.normalise(segmentsTensor(chosen, impl.info.frames, impl.info.coefficients))
        .contiguous();
}

// Scores `part`; with `outcomes` (and the part's dataset indices), also records each segment's
// prediction; with `probabilities`, keeps every segment's class probabilities (N x classes).
Evaluation evaluate(Model::Impl& impl, SplitBatch& threads, const Part& part, int classes,
                    const std::vector<int>* indices = nullptr,
                    std::vector<TestSegmentOutcome>* outcomes = nullptr,
                    std::vector<float>* probabilities = nullptr)
{
    torch::NoGradGuard noGrad;
    impl.module().eval();
    Evaluation result;
    result.confusion.assign(std::size_t(classes), std::vector<int>(std::size_t(classes), 0));
    const std::int64_t n = part.size();
    double lossSum = 0;
    int correct = 0;
    std::vector<std::int64_t> rows(kEvaluationBatch);
    for (std::int64_t begin = 0; begin < n; begin += kEvaluationBatch) {
        const std::int64_t size = std::min<std::int64_t>(kEvaluationBatch, n - begin);
        for (std::int64_t i = 0; i < size; ++i)
            rows[std::size_t(i)] = begin + i;
        torch::Tensor logits = threads.logits(impl, inputOf(impl, part, rows.data(), size));
        torch::Tensor y = part.y.narrow(0, begin, size);
        lossSum +=
            torch::nn::functional::cross_entropy(
                logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                .item<double>();
        torch::Tensor predicted = logits.argmax(1);
        const torch::Tensor softmax = torch::softmax(logits, 1).to(torch::kFloat32).contiguous();
        const torch::Tensor confidence = std::get<0>(softmax.max(1)).contiguous();
        if (probabilities)
            probabilities->insert(probabilities->end(), softmax.data_ptr<float>(),
                                  softmax.data_ptr<float>() + softmax.numel());
        const auto* p = predicted.data_ptr<std::int64_t>();
        const auto* t = y.data_ptr<std::int64_t>();
        const auto* c = confidence.data_ptr<float>();
        for (std::int64_t i = 0; i < size; ++i) {
            ++result.confusion[std::size_t(t[i])][std::size_t(p[i])];
            correct += p[i] == t[i];
            if (outcomes && indices)
                outcomes->push_back(
                    {(*indices)[std::size_t(begin + i)], int(t[i]), int(p[i]), c[i]});
        }
    }
    result.loss = n > 0 ? lossSum / double(n) : 0.0;
    result.accuracy = n > 0 ? double(correct) / double(n) : 0.0;
    return result;
}

// Each recording of the part (its segments of one class) classified by the mean of its
// segments' probabilities. Empty when the segments do not know their recordings.
Evaluation recordingEvaluation(const Dataset& dataset, const std::vector<int>& indices,
                               const std::vector<float>& probabilities, int classes)
{
    Evaluation result;
    std::map<std::pair<QString, int>, std::vector<double>> sums; // (recording, truth) -> sums
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const DatasetSegment& segment = dataset.segments[std::size_t(indices[i])];
        const QString recording = segment.source.isEmpty() ? segment.sourceName : segment.source;
        if (recording.isEmpty()) return {};
        std::vector<double>& sum = sums[{recording, segment.label}];
        sum.resize(std::size_t(classes) + 1, 0.0); // the last one counts the segments
        for (int c = 0; c < classes; ++c)
            sum[std::size_t(c)] += probabilities[i * std::size_t(classes) + std::size_t(c)];
        sum.back() += 1;
    }
    result.confusion.assign(std::size_t(classes), std::vector<int>(std::size_t(classes), 0));
    double lossSum = 0;
    int correct = 0;
    for (const auto& [key, sum] : sums) {
        const int truth = key.second;
        const int predicted = int(std::max_element(sum.begin(), sum.end() - 1) - sum.begin());
        ++result.confusion[std::size_t(truth)][std::size_t(predicted)];
        correct += predicted == truth;
        lossSum -= std::log(std::max(sum[std::size_t(truth)] / sum.back(), 1e-12));
    }
    const auto n = double(sums.size());
    result.loss = n > 0 ? lossSum / n : 0.0;
    result.accuracy = n > 0 ? correct / n : 0.0;
    return result;
}

// A copy of a normalised (N, frames, coefficients) batch with each segment's masks (see
// InputMasking): a run of w ~ U{0..masking.frames} frames and one of U{0..coefficients}
// coefficients, each at a uniform start, set to 0. Drawn from `rng`: a seed gives the same masks.
torch::Tensor maskBatch(const torch::Tensor& batch, const InputMasking& masking,
                        std::mt19937_64& rng)
{
    if (masking.frames <= 0 && masking.coefficients <= 0) return batch;
    torch::NoGradGuard noGrad;
    torch::Tensor x = batch.clone();
    const std::int64_t n = x.size(0), frames = x.size(1), coefficients = x.size(2);
    auto maskRun = [&rng](torch::Tensor segment, int dimension, std::int64_t length, int most) {
        if (most <= 0) return;
        const std::int64_t width =
            std::min<std::int64_t>(std::int64_t(rng() % std::uint64_t(most + 1)), length);
        if (width == 0) return;
        const auto start = std::int64_t(rng() % std::uint64_t(length - width + 1));
        segment.narrow(dimension, start, width).zero_();
    };
    for (std::int64_t i = 0; i < n; ++i) {
        torch::Tensor segment = x[i];
        maskRun(segment, 0, frames, masking.frames);
        maskRun(segment, 1, coefficients, masking.coefficients);
    }
    return x;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct EpochFit
{
    double loss = 0;     // mean over the epoch's segments
    double accuracy = 0; // running, dropout on (as Keras reports it)
};

// One pass over `train` in a fresh shuffled order, batch by batch. Nothing when cancelled.
std::optional<EpochFit> fitEpoch(Model::Impl& impl, SplitBatch& threads, SplitAdam& optimiser,
                                 const Part& train, const TrainingSettings& settings,
                                 std::mt19937_64& rng, int epoch, const TrainingObserver& observer,
                                 const JobControl& job)
{
    impl.module().train();
    const std::int64_t n = train.size();
    const int batches = int((n + settings.batchSize - 1) / settings.batchSize);
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    for (std::int64_t i = n - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(rng() % std::uint64_t(i + 1))]);
    const torch::Tensor orderTensor = torch::tensor(order, torch::kInt64);
    const QString stage = translate("hhs::Trainer", "Training");

    double lossSum = 0;
    std::int64_t correct = 0;
    for (int b = 0; b < batches; ++b) {
        if (job.cancelled()) return std::nullopt;
        const std::int64_t begin = std::int64_t(b) * settings.batchSize;
        const std::int64_t size = std::min<std::int64_t>(settings.batchSize, n - begin);
        const torch::Tensor index = orderTensor.narrow(0, begin, size);
        const torch::Tensor x = maskBatch(inputOf(impl, train, order.data() + begin, size),
                                          settings.effectiveMasking(), rng);
        const torch::Tensor y = train.y.index_select(0, index);
        optimiser.zeroGrad();
        const SplitBatch::Step step = threads.train(impl, x, y);
        optimiser.step();
        const double batchLoss = step.loss.item<double>();
        lossSum += batchLoss * double(index.size(0));
        correct += step.logits.argmax(1).eq(y).sum().item<std::int64_t>();
        if (observer.onBatch) observer.onBatch(epoch, b + 1, batches, batchLoss);
        job.report((epoch - 1 + double(b + 1) / batches) / settings.epochs, stage);
    }
    return EpochFit{lossSum / double(n), double(correct) / double(n)};
}

SplitAdam makeOptimiser(Model::Impl& impl, SplitBatch& threads, const TrainingSettings& settings)
{
    return SplitAdam(
        threads, impl.module().parameters(),
        torch::optim::AdamOptions(settings.effectiveLearningRate()).eps(kKerasAdamEpsilon));
}
} // namespace

Result<TrainingOutcome> trainModel(const Dataset& dataset, const TrainingSettings& settings,
                                   const TrainingObserver& observer, const JobControl& job)
{
    if (Status ok = checkSettings(settings); !ok) return ok.error();
    if (Status ok = checkDataset(dataset); !ok) return ok.error();
    Result<DatasetSplit> split = splitDataset(dataset, settings.split);
    if (!split) return split.error();
    if (observer.onSplit) observer.onSplit(split->summary);

    ModelInfo info;
    info.kind = settings.kind;
    info.frames = dataset.frames();
    info.coefficients = dataset.coefficients();
    info.classes = dataset.classes;
    info.params = dataset.params;
    info.segmentSeconds = dataset.segmentSeconds;
    info.normalisation = trainingNormalisation(dataset, split->train());
    info.settings = settings;
    info.settings.masking = settings.effectiveMasking(); // the model file says what was used
    info.split = split->summary;
    info.studioVersion = QStringLiteral(HHS_VERSION);
    info.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    SplitBatch threads(std::min(settings.threads, settings.batchSize));
    Result<Model> created = Model::create(info);
    if (!created) return created.error();
    TrainingOutcome outcome{std::move(*created), false, {}};
    Model::Impl& impl = outcome.model.impl();
    const int classes = info.classes.size();

    try {
        const Part train = makePart(dataset, split->train());
        const Part validation = makePart(dataset, split->validation());
        const Part test = makePart(dataset, split->test());
        SplitAdam optimiser = makeOptimiser(impl, threads, settings);
        std::mt19937_64 rng(settings.split.seed);
        std::vector<torch::Tensor> best;
        double bestLoss = std::numeric_limits<double>::infinity();
        bool cancelled = false;

        for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
            const auto start = std::chrono::steady_clock::now();
            const std::optional<EpochFit> fit =
                fitEpoch(impl, threads, optimiser, train, settings, rng, epoch, observer, job);
            if (!fit) { // the unfinished epoch's updates are dropped below
                cancelled = true;
                break;
            }
            const Evaluation val = evaluate(impl, threads, validation, classes);
            EpochMetrics metrics{epoch,    fit->loss,    fit->accuracy,
                                 val.loss, val.accuracy, secondsSince(start)};
            impl.info.history.push_back(metrics);
            if (observer.onEpoch) observer.onEpoch(metrics);
            if (val.loss < bestLoss || best.empty()) {
                bestLoss = val.loss;
                impl.info.bestEpoch = epoch;
                best = impl.snapshot();
            } else if (settings.patience > 0 && epoch - impl.info.bestEpoch >= settings.patience) {
                outcome.stoppedEarly = true;
                break;
            }
        }
        if (best.empty()) return cancelledError();
        impl.restore(best);
        impl.info.cancelled = cancelled;
        std::vector<float> testProbabilities;
        impl.info.test = evaluate(impl, threads, test, classes, &split->test(),
                                  &outcome.testSegments, &testProbabilities);
        impl.info.testRecordings =
            recordingEvaluation(dataset, split->test(), testProbabilities, classes);
    } catch (const std::exception& e) {
        return makeError(translate("hhs::Trainer", "training failed: %1")
                             .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    return outcome;
}

Result<Model> retrainOnAllLabels(const Dataset& dataset, const ModelInfo& scored,
                                 const TrainingObserver& observer, const JobControl& job)
{
    if (Status ok = checkDataset(dataset); !ok) return ok.error();
    if (dataset.classes != scored.classes)
        return makeError(translate("hhs::Trainer",
                                   "the labels have the classes %1, but the run was trained "
                                   "on %2: train a new run instead")
                             .arg(dataset.classes.join(QStringLiteral(", ")),
                                  scored.classes.join(QStringLiteral(", "))));
    if (dataset.frames() != scored.frames || dataset.coefficients() != scored.coefficients)
        return makeError(translate("hhs::Trainer",
                                   "the labels give segments of %1 x %2, but the run was "
                                   "trained on %3 x %4")
                             .arg(dataset.frames())
                             .arg(dataset.coefficients())
                             .arg(scored.frames)
                             .arg(scored.coefficients));
    std::vector<int> all(dataset.segments.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    ModelInfo info = scored;
    info.normalisation = trainingNormalisation(dataset, all);
    info.trainedOnAll = true;
    info.cancelled = false;
    info.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    TrainingSettings settings = scored.settings;
    settings.epochs = std::max(1, scored.bestEpoch);

    SplitBatch threads(std::min(settings.threads, settings.batchSize));
    Result<Model> created = Model::create(info);
    if (!created) return created.error();
    Model::Impl& impl = created->impl();
    try {
        const Part part = makePart(dataset, all);
        SplitAdam optimiser = makeOptimiser(impl, threads, settings);
        std::mt19937_64 rng(settings.split.seed);
        for (int epoch = 1; epoch <= settings.epochs; ++epoch)
            if (!fitEpoch(impl, threads, optimiser, part, settings, rng, epoch, observer, job))
                return cancelledError();
        impl.module().eval();
    } catch (const std::exception& e) {
        return makeError(translate("hhs::Trainer", "training failed: %1")
                             .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    return std::move(*created);
}

} // namespace hhs
