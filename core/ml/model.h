// Model: a trained (or freshly initialised) CNN or LSTM classifier together with everything
// needed to use it: class names in order, feature parameters, segment length, input
// normalisation, the settings it was trained with, its history and scores. Saved as one file
// (see model_file.cpp). Torch-free header: the network lives behind a pimpl in hhs_ml.
// A Model may be used from one thread at a time (any thread); moving it hands it over.
#pragma once

#include "features/feature_params.h"
#include "features/mfcc.h"
#include "jobs/result.h"
#include "ml/split.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace hhs {

enum class ModelKind { Cnn, Lstm };
QString modelKindName(ModelKind kind); // "cnn", "lstm"
Result<ModelKind> modelKindFromName(const QString& name);

// The notebook's training defaults.
inline constexpr int kNotebookCnnEpochs = 30;
inline constexpr int kNotebookLstmEpochs = 50;
inline constexpr int kNotebookBatchSize = 32;
inline constexpr double kNotebookLearningRate = 1e-4;
// Measured (tests/benchmarks/accuracy_benchmark, five seeds, and the two-style corpus of
// tests/core/ml/real_sound_test, six): at the notebook's 1e-4 the LSTM left seed 0 of the full
// corpus at 0.956 held-out, under the notebook route's mean; at 3e-4 every seed of both reached
// 0.978 or more but one (0.931), every held-out recording of the small corpus right; 1e-3 was
// best on the full corpus (0.997) but took a recording of the small one for another style
// (0.864). The CNN keeps the notebook's.
inline constexpr double kLstmLearningRate = 3e-4;
// Training's threads: each batch is split between them (core/ml/split_batch.h), with the
// whole batch's arithmetic; a seed gives the same model for the same number of threads.
// Measured on the 2-core machine (tests/benchmarks/train_benchmark, 10 000 random windows, CNN,
// interleaved runs): two threads 1.3-1.45x faster than one on a quiet machine, about 5 % slower
// with the other core taken by another program. The default is the machine's cores, at most
// two: more parts of a batch of 32 were not measured.
int defaultTrainingThreads();

// How a new network's weights start. PyTorch's defaults (Kaiming-uniform kernels, small uniform
// biases) are the studio's: on recorded sounds with normalised MFCC they learned the notebook's
// CNN in its 30 epochs where Keras's (Glorot-uniform kernels, zero biases, orthogonal recurrent
// kernels, forget-gate bias 1) left it underfitted (tests/benchmarks/accuracy_benchmark).
enum class WeightInit { PyTorch, Keras };
QString weightInitName(WeightInit init); // "pytorch", "keras"
Result<WeightInit> weightInitFromName(const QString& name);

// How the LSTM turns its sequence of outputs into the one vector its dense layers read. The
// notebook's LSTM (Keras, no return_sequences) keeps the last step; the studio's keeps each
// unit's largest value over the window (Keras's GlobalMaxPooling1D over the second LSTM's
// sequence), which held the same sound wherever it fell in the window and raised held-out
// accuracy on recorded sounds from 0.943 to 0.965 (tests/benchmarks/accuracy_benchmark).
// The weights are the same either way; the model file says which.
enum class LstmReadout { LastStep, MaxOverTime };
QString lstmReadoutName(LstmReadout readout); // "last", "max"
Result<LstmReadout> lstmReadoutFromName(const QString& name);

// Masks drawn anew on every training segment in every epoch (SpecAugment's time and frequency
// masks): a run of up to `frames` consecutive frames and a run of up to `coefficients`
// consecutive MFCC coefficients are set to the training mean (0 after normalisation), so the
// network cannot lean on any one moment or coefficient of a recording. 0 and 0: none.
struct InputMasking
{
    int frames = 0;
    int coefficients = 0;

    bool operator==(const InputMasking& other) const
    {
        return frames == other.frames && coefficients == other.coefficients;
    }
};

struct TrainingSettings
{
    ModelKind kind = ModelKind::Cnn;
    int epochs = kNotebookCnnEpochs;
    int batchSize = kNotebookBatchSize;
    std::optional<double> learningRate; // nullopt: defaultLearningRate(kind)
    SplitOptions split;
    int threads = defaultTrainingThreads();
    int patience = 0; // stop after this many epochs without a better validation loss; 0 = never
    WeightInit init = WeightInit::PyTorch;
    LstmReadout lstmReadout = LstmReadout::MaxOverTime; // read by the LSTM only
    std::optional<InputMasking> masking;                // nullopt: defaultMasking(kind)

    static int defaultEpochs(ModelKind kind)
    {
        return kind == ModelKind::Cnn ? kNotebookCnnEpochs : kNotebookLstmEpochs;
    }
    static double defaultLearningRate(ModelKind kind)
    {
        return kind == ModelKind::Lstm ? kLstmLearningRate : kNotebookLearningRate;
    }
    // Measured (accuracy_benchmark): the LSTM learns recorded sounds better with masks; the
    // CNN reached 1.000 on every seed without them.
    static InputMasking defaultMasking(ModelKind kind)
    {
        return kind == ModelKind::Lstm ? InputMasking{30, 3} : InputMasking{};
    }
    InputMasking effectiveMasking() const { return masking.value_or(defaultMasking(kind)); }
    double effectiveLearningRate() const
    {
        return learningRate.value_or(defaultLearningRate(kind));
    }
};

struct EpochMetrics
{
    int epoch = 0; // 1-based
    double trainLoss = 0;
    double trainAccuracy = 0; // running mean over the epoch's batches (dropout on), as Keras
    double validationLoss = 0;
    double validationAccuracy = 0;
    double seconds = 0; // training and validation of this epoch
};

struct Evaluation
{
    double loss = 0;
    double accuracy = 0;
    std::vector<std::vector<int>> confusion; // counts, [truth][predicted]

    int total() const;
    double precision(int cls) const; // 0 when nothing was predicted as cls
    double recall(int cls) const;    // 0 when cls never occurs
};

// The input normalisation, from the training split only: per MFCC coefficient.
struct Normalisation
{
    std::vector<float> mean;
    std::vector<float> stddev;
};

struct ModelInfo
{
    ModelKind kind = ModelKind::Cnn;
    int frames = 0;       // per segment
    int coefficients = 0; // per frame
    QStringList classes;  // index = output unit
    FeatureParams params;
    double segmentSeconds = kNotebookSegmentSeconds;
    Normalisation normalisation;
    TrainingSettings settings;
    std::vector<EpochMetrics> history;
    int bestEpoch = 0; // whose weights the model holds; 0 = untrained
    bool cancelled = false;
    SplitSummary split;
    Evaluation test;
    // The test part by recording: each test recording (its segments of one class) classified
    // by the mean of its segments' probabilities. Rows = truth.
    Evaluation testRecordings;
    // True for a model retrained on every labelled segment (train + validation + test) after
    // its run was scored: `test` and `testRecordings` are the scored run's, not this model's.
    bool trainedOnAll = false;
    QString studioVersion;
    QString created; // ISO 8601, UTC
};

// One layer's output shape for a single input (no batch dimension), e.g. {"conv1", {32,128,11}}.
struct LayerShape
{
    QString name;
    std::vector<std::int64_t> shape;
};

class Model
{
public:
    // A network with fresh weights (settings.init, seeded from settings.split.seed). Fails when the
    // input is too small for the architecture (the message says the smallest that works).
    static Result<Model> create(const ModelInfo& info);
    // Refuses files that are truncated, damaged or not a model; with `required`, also a model
    // made for other feature parameters. Messages name the file.
    static Result<Model> load(const QString& path, const FeatureParams* required = nullptr);
    Status save(const QString& path) const;

    Model(Model&&) noexcept;
    Model& operator=(Model&&) noexcept;
    ~Model();

    const ModelInfo& info() const;
    ModelInfo& info();

    // Class probabilities (softmax) for each segment, in evaluation mode without gradients:
    // segments.size() x classes, row-major. Each segment must be frames x coefficients.
    Result<std::vector<float>> probabilities(const std::vector<const MfccMatrix*>& segments) const;

    // Output shape of each layer for one input, by running zeros through the network.
    std::vector<LayerShape> layerShapes() const;

    struct Impl;
    Impl& impl() const { return *m_impl; }

private:
    explicit Model(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// True when the validation loss was still falling at the end of a run that was neither
// stopped nor cancelled: its best epoch among the last tenth (at least the last two), and 5 %
// below the best before them. More epochs may help.
bool stillImproving(const ModelInfo& info);
// How the model was made, in one translated sentence for the run's details: the network, its
// readout, initialisers, masks, epochs, batch and learning rate.
QString describeTraining(const ModelInfo& info);

// The model's metadata as compact JSON (what the model file stores): for run records and tools.
QString modelSummaryJson(const ModelInfo& info);

// Sets LibTorch's intra-op thread count (process-wide) and, once per process, the malloc
// thresholds that stop page-fault storms during training. Call from the worker before torch work.
void useTorchThreads(int threads);

} // namespace hhs
