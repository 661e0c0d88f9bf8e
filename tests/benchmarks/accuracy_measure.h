// The measurements behind accuracy_benchmark: the medleys' windows with their true classes, a
// run of the studio's default training scored on held-out windows, recordings and medleys, and
// the same split trained by the notebook's route in PyTorch (anchor_accuracy.py). Runs on the
// calling thread.
#pragma once

#include "dataset/dataset.h"
#include "jobs/result.h"
#include "real_corpus.h"

#include <QString>
#include <vector>

namespace hhs::bench {

struct MedleyWindows
{
    std::vector<MfccMatrix> windows; // consecutive 3-second windows
    std::vector<int> labels;         // the class of the song under each window's middle
};

struct Scores
{
    double windows = 0;    // held-out test windows
    double recordings = 0; // held-out recordings, by mean probability over their windows
    double medley = 0;     // every window of every medley
};

struct StudioScores
{
    Scores scores;
    int bestEpoch = 0;
    QString notes;              // "still improving", "stopped early at epoch N"
    double allLabelsMedley = 0; // with --then-all: the model retrained on every label
};

Result<std::vector<MedleyWindows>> medleyWindows(const test::RealCorpus& corpus,
                                                 const Dataset& dataset);

// Settings to try instead of the studio's defaults (the benchmark's experiment flags); each
// left at its "keep the default" value changes nothing.
struct StudioVariant
{
    int epochs = 0;          // 0: the default
    double learningRate = 0; // 0: the default
    int patience = -1;       // -1: the default
    int timeMask = -1;       // -1: the default masks
    int coefficientMask = -1;
};

// The studio's defaults for `kind` ("cnn", "lstm"), split by recording with `seed`, changed
// only where `variant` says.
Result<StudioScores> trainStudio(const Dataset& dataset, const std::vector<MedleyWindows>& medleys,
                                 const QString& kind, int seed, const StudioVariant& variant,
                                 bool thenAll);

// anchor_accuracy.py beside this file, when python3 can import torch and numpy and
// ../shared/anchors/seed_torch.py is there; empty otherwise.
QString anchorScriptPath();
Result<Scores> trainAnchor(const QString& script, const Dataset& dataset,
                           const std::vector<MedleyWindows>& medleys, const QString& kind, int seed,
                           int epochs, const QString& workDir);

} // namespace hhs::bench
