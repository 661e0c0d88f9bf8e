// The demo corpus on disk: DIR/clips/<style>/<style> NN.wav (the notebook's folder-per-class
// layout, ready for a folder import), DIR/medley.wav (a longer mix of the three styles, to be
// labelled by hand or predicted) and DIR/medley.labels.txt (its true stretches as an Audacity
// label track). Deterministic for a seed. Call from a worker thread: it reports progress and
// stops between files when cancelled.
#pragma once

#include "demo/style_synth.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <QStringList>

namespace hhs::demo {

struct CorpusOptions
{
    int clipsPerStyle =
        10; // measured: with 4 the default CNN labelled 66-82 % of the medley, with 10 94-100 %
    double clipSeconds = 30;
    double medleySeconds = 150;
    std::uint32_t seed = 2026;
    int sampleRate = 22050;
};

struct MedleyPart
{
    Style style = Style::BoomBap;
    double start = 0; // seconds
    double end = 0;
};

struct Medley
{
    std::vector<float> samples;
    std::vector<MedleyPart> parts; // in order, covering the whole medley
};

// Parts of 18-36 s in a shuffled order (never the same style twice in a row, every style at
// least once), joined with short crossfades; a part boundary is the middle of its crossfade.
Medley synthesizeMedley(double seconds, std::uint32_t seed, int sampleRate = 22050);

struct CorpusFiles
{
    QString clipsDir;    // DIR/clips: one sub-folder per style
    QStringList clips;   // every clip written
    QString medley;      // DIR/medley.wav
    QString medleyTruth; // DIR/medley.labels.txt
};

Result<CorpusFiles> writeCorpus(const QString& dir, const CorpusOptions& options = {},
                                const JobControl& job = {});

} // namespace hhs::demo
