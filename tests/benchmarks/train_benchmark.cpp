// Training speed and accuracy beside ../shared/anchors/seed_torch.py (the same models in
// PyTorch), on the same notebook-format JSON file and the same thread count.
//   train_benchmark --write DATA.json [--random N]   writes N random 130x13 windows (3 classes,
//                                                     standard normal x 50: the anchor's recipe)
//   train_benchmark --write-styles DATA.json [--recordings R]  writes the three synthetic styles
//                                                     of tests/core/ml (R recordings of 30 s each
//                                                     per style, 3-second windows)
//   train_benchmark DATA.json cnn|lstm EPOCHS [--threads T]
// prints one line per epoch (epoch=E epoch_s=S val_loss=L val_acc=A, epoch_s = the training
// batches only, as the anchor measures) and test_acc. Split: random, as the anchor's.
// tests/benchmarks/compare_with_anchor.sh runs both and prints the ratio.
#include "dataset/notebook_json.h"
#include "jobs/thread_pools.h"
#include "ml/trainer.h"
#include "synthetic_styles.h"

#include <QCoreApplication>
#include <chrono>
#include <cstdio>
#include <random>

using namespace hhs;

namespace {
using Clock = std::chrono::steady_clock;

int write(const Dataset& dataset, const QString& path)
{
    Status written = writeNotebookJson(dataset, path);
    if (!written) {
        std::fprintf(stderr, "error: %s\n", qPrintable(written.message()));
        return 1;
    }
    std::printf("wrote %zu windows to %s\n", dataset.segments.size(), qPrintable(path));
    return 0;
}

int writeRandom(const QString& path, int count)
{
    Dataset dataset;
    dataset.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                       QStringLiteral("singing")};
    std::mt19937_64 rng(0);
    std::normal_distribution<float> value(0, 1);
    std::uniform_int_distribution<int> label(0, 2);
    for (int i = 0; i < count; ++i) {
        DatasetSegment segment;
        segment.label = label(rng);
        segment.mfcc.frames = 130;
        segment.mfcc.coefficients = 13;
        segment.mfcc.data.resize(130 * 13);
        for (float& v : segment.mfcc.data)
            v = value(rng) * 50;
        dataset.segments.push_back(std::move(segment));
    }
    return write(dataset, path);
}
} // namespace

int main(int argc, char** argv)
{
    useOwnThreadPolicies(argv); // the studio's thread pools, measured as a user runs them
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args[0] == QLatin1String("--write")) {
        const int index = args.indexOf(QStringLiteral("--random"));
        return writeRandom(args[1],
                           index >= 0 && index + 1 < args.size() ? args[index + 1].toInt() : 10000);
    }
    if (args.size() >= 2 && args[0] == QLatin1String("--write-styles")) {
        const int index = args.indexOf(QStringLiteral("--recordings"));
        const int recordings = index >= 0 && index + 1 < args.size() ? args[index + 1].toInt() : 10;
        return write(test::syntheticDataset(recordings, 30.0, 3.0), args[1]);
    }
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: train_benchmark --write DATA.json [--random N]\n"
                             "       train_benchmark DATA.json cnn|lstm EPOCHS [--threads T]\n");
        return 2;
    }
    TrainingSettings settings;
    Result<ModelKind> kind = modelKindFromName(args[1]);
    if (!kind) {
        std::fprintf(stderr, "error: %s\n", qPrintable(kind.message()));
        return 2;
    }
    settings.kind = *kind;
    settings.epochs = args[2].toInt();
    const int threadsIndex = args.indexOf(QStringLiteral("--threads"));
    settings.threads =
        threadsIndex >= 0 && threadsIndex + 1 < args.size() ? args[threadsIndex + 1].toInt() : 1;
    settings.split.method = SplitMethod::Random;
    useTorchThreads(settings.threads);

    const auto loadStart = Clock::now();
    Result<Dataset> dataset = readNotebookJson(args[0]);
    if (!dataset) {
        std::fprintf(stderr, "error: %s\n", qPrintable(dataset.message()));
        return 1;
    }
    std::printf("read %zu segments in %.2f s\n", dataset->segments.size(),
                std::chrono::duration<double>(Clock::now() - loadStart).count());

    // epoch_s: from the epoch's start to its last batch (validation excluded, as the anchor).
    Clock::time_point epochStart = Clock::now();
    double trainSeconds = 0;
    double total = 0;
    TrainingObserver observer;
    observer.onSplit = [&](const SplitSummary&) { epochStart = Clock::now(); };
    observer.onBatch = [&](int, int done, int batches, double) {
        if (done == batches)
            trainSeconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
    };
    observer.onEpoch = [&](const EpochMetrics& m) {
        total += trainSeconds;
        std::printf("epoch=%d epoch_s=%.3f val_loss=%.4f val_acc=%.4f with_validation_s=%.3f\n",
                    m.epoch, trainSeconds, m.validationLoss, m.validationAccuracy, m.seconds);
        std::fflush(stdout);
        epochStart = Clock::now();
    };
    Result<TrainingOutcome> outcome = trainModel(*dataset, settings, observer);
    if (!outcome) {
        std::fprintf(stderr, "error: %s\n", qPrintable(outcome.message()));
        return 1;
    }
    const ModelInfo& info = outcome->model.info();
    std::printf("test_acc=%.4f test_loss=%.4f threads=%d mean_epoch_s=%.3f\n", info.test.accuracy,
                info.test.loss, settings.threads, total / double(info.history.size()));
    return 0;
}
