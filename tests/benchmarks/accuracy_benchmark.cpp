// Does the studio's default model learn real recordings as well as the notebook's route?
// Makes the real-sound corpus (tests/support/real_corpus.h), imports its clips by class folder
// into a project, and for each seed trains the default CNN and LSTM exactly as `hiphop-cli train`
// does (split by recording), then scores held-out windows, held-out recordings (mean
// probability over each recording's windows) and every window of the medleys it never saw.
// Beside it, in the same run on the same features and split, the anchor: the PyTorch port of
// the notebook (../shared/anchors/seed_torch.py, through anchor_accuracy.py) when python3-torch
// is installed.
//   accuracy_benchmark [--dir DIR] [--seeds 5] [--first-seed 0] [--clips 30] [--medleys 3]
//   [--models cnn,lstm]
//   [--epochs N] [--no-anchor] [--then-all] [--lr X] [--patience N] [--time-mask N]
//   [--coefficient-mask N]
// --epochs overrides the default epochs (for a quick smoke run; the anchor's too); --then-all
// also measures the model retrained on every label (its medley accuracy; the held-out scores are
// the run's). --lr, --patience and the masks change the studio's settings only: experiments.
#include "accuracy_measure.h"
#include "dataset/dataset_builder.h"
#include "jobs/thread_pools.h"
#include "project/project.h"
#include "project/track_import.h"
#include "real_corpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <cstdio>
#include <map>
#include <numeric>

using namespace hhs;
using namespace hhs::bench;

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(message));
    std::exit(1);
}

double mean(const std::vector<double>& values)
{
    return values.empty() ? 0.0
                          : std::accumulate(values.begin(), values.end(), 0.0) / values.size();
}

} // namespace

int main(int argc, char** argv)
{
    useOwnThreadPolicies(argv); // the studio's thread pools, measured as a user runs them
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char* name, const QString& fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString dir = option("--dir", QDir::tempPath() + QStringLiteral("/hhs-real-corpus"));
    const int seeds = option("--seeds", QStringLiteral("5")).toInt();
    const int firstSeed = option("--first-seed", QStringLiteral("0")).toInt();
    const int epochs = option("--epochs", QStringLiteral("0")).toInt();
    StudioVariant variant;
    variant.epochs = epochs;
    variant.learningRate = option("--lr", QStringLiteral("0")).toDouble();
    variant.patience = option("--patience", QStringLiteral("-1")).toInt();
    variant.timeMask = option("--time-mask", QStringLiteral("-1")).toInt();
    variant.coefficientMask = option("--coefficient-mask", QStringLiteral("-1")).toInt();
    const QStringList models =
        option("--models", QStringLiteral("cnn,lstm")).split(QLatin1Char(','));
    const bool anchor = !args.contains(QStringLiteral("--no-anchor"));
    const bool thenAll = args.contains(QStringLiteral("--then-all"));
    test::RealCorpusOptions corpusOptions;
    corpusOptions.clipsPerStyle = option("--clips", QStringLiteral("30")).toInt();
    corpusOptions.medleys = option("--medleys", QStringLiteral("3")).toInt();

    Result<test::RealCorpus> corpus = test::writeRealCorpus(dir, corpusOptions);
    if (!corpus) fail(corpus.error().message);
    const QString projectPath = dir + QStringLiteral("/corpus.hhs");
    const bool fresh = !QFileInfo::exists(projectPath);
    Result<std::unique_ptr<Project>> project = Project::open(projectPath);
    if (!project) fail(project.error().message);
    if (fresh) {
        Result<ImportSummary> imported = importPaths(**project, {corpus->clipsDir}, true);
        if (!imported) fail(imported.error().message);
    }
    Result<Dataset> dataset = buildDataset(**project, DatasetOptions{});
    if (!dataset) fail(dataset.error().message);
    Result<std::vector<MedleyWindows>> medleys = medleyWindows(*corpus, *dataset);
    if (!medleys) fail(medleys.error().message);
    std::size_t medleyCount = 0;
    for (const MedleyWindows& m : *medleys)
        medleyCount += m.labels.size();
    std::printf("corpus: %zu clips (%d per style) in %s, %zu training windows; %zu medleys, "
                "%zu medley windows\n",
                corpus->clips.size(), corpusOptions.clipsPerStyle, qPrintable(dir),
                dataset->segments.size(), medleys->size(), medleyCount);
    const QString anchorScript = anchor ? anchorScriptPath() : QString();
    if (anchor && anchorScript.isEmpty())
        std::printf("anchor: not run (needs python3 with torch and numpy, and "
                    "../shared/anchors/seed_torch.py)\n");

    std::printf("\n%-7s %-5s %-6s %9s %9s %9s %6s %s\n", "route", "model", "seed", "windows",
                "records", "medley", "best", "notes");
    std::map<QString, std::vector<double>> heldOut, medleyAcc;
    for (const QString& kind : models) {
        for (int seed = firstSeed; seed < firstSeed + seeds; ++seed) {
            Result<StudioScores> studio =
                trainStudio(*dataset, *medleys, kind, seed, variant, thenAll);
            if (!studio) fail(studio.error().message);
            std::printf("%-7s %-5s %-6d %9.3f %9.3f %9.3f %6d %s\n", "studio", qPrintable(kind),
                        seed, studio->scores.windows, studio->scores.recordings,
                        studio->scores.medley, studio->bestEpoch, qPrintable(studio->notes));
            heldOut[QStringLiteral("studio ") + kind].push_back(studio->scores.windows);
            medleyAcc[QStringLiteral("studio ") + kind].push_back(studio->scores.medley);
            if (thenAll) {
                std::printf("%-7s %-5s %-6d %9s %9s %9.3f %6s %s\n", "all", qPrintable(kind), seed,
                            "-", "-", studio->allLabelsMedley, "-", "retrained on every label");
                medleyAcc[QStringLiteral("all ") + kind].push_back(studio->allLabelsMedley);
            }
            if (anchorScript.isEmpty()) continue;
            Result<Scores> reference =
                trainAnchor(anchorScript, *dataset, *medleys, kind, seed, epochs, dir);
            if (!reference) fail(reference.error().message);
            std::printf("%-7s %-5s %-6d %9.3f %9.3f %9.3f %6s %s\n", "anchor", qPrintable(kind),
                        seed, reference->windows, reference->recordings, reference->medley, "-",
                        "notebook route: PyTorch init, raw MFCC, last epoch");
            heldOut[QStringLiteral("anchor ") + kind].push_back(reference->windows);
            medleyAcc[QStringLiteral("anchor ") + kind].push_back(reference->medley);
            std::fflush(stdout);
        }
    }
    std::printf("\nmeans over %d seeds:\n", seeds);
    for (const auto& [route, values] : medleyAcc) {
        const auto it = heldOut.find(route);
        std::printf("  %-12s held-out windows %s  medley %.3f\n", qPrintable(route),
                    it == heldOut.end() ? "  -  "
                                        : qPrintable(QString::number(mean(it->second), 'f', 3)),
                    mean(values));
    }
    return 0;
}
