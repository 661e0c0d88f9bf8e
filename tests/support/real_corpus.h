// The real-sound corpus: recorded drum hits, breaks, bass, guitar, piano, choir, vinyl noise
// (Debian's sonic-pi-samples) and Korean voices (espeak-ng) arranged into clips of the three
// styles — boom bap (84-96 BPM, swung drums and breaks, upright bass, piano stabs, vinyl hiss,
// rap), trap (130-150 BPM, half-time claps, 808 kicks and slides, hi-hat rolls, dark pads,
// fast rap) and singing (66-86 BPM, soft drums, guitar, choir and piano, sung phrases with
// reverb) — written in mixed formats (16-bit 44.1 kHz stereo WAV, 48 kHz FLAC, float 22.05 kHz
// WAV, 24-bit FLAC), plus medleys of unseen songs with their truth. Deterministic for a seed;
// nothing is committed as audio. Plain functions; any thread (one call at a time per folder).
#pragma once

#include "demo/style_synth.h"
#include "jobs/result.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace hhs::test {

struct RealCorpusOptions
{
    int clipsPerStyle = 30;
    double clipSecondsMin = 18;
    double clipSecondsMax = 32;
    int medleys = 1;
    int medleySongsMin = 8;
    int medleySongsMax = 12;
    double songSecondsMin = 40;
    double songSecondsMax = 90;
    std::uint32_t seed = 11;
    std::vector<demo::Style> styles{std::begin(demo::kStyles), std::end(demo::kStyles)};
};

struct RealClip
{
    QString path;
    demo::Style style = demo::Style::BoomBap;
    double bpm = 0;
    double seconds = 0;
};

struct RealSong
{
    demo::Style style = demo::Style::BoomBap;
    double bpm = 0;
    double start = 0; // seconds into the medley
    double end = 0;
};

struct RealMedley
{
    QString path;      // DIR/medleys/medley NN.wav
    QString truthPath; // the same with .labels.txt: an Audacity label track of its songs
    std::vector<RealSong> songs;
};

struct RealCorpus
{
    QString clipsDir; // DIR/clips: one folder per style, ready for a folder import
    std::vector<RealClip> clips;
    std::vector<RealMedley> medleys;
};

// Writes the corpus into `dir` (made when missing) and DIR/corpus.json describing it. When
// DIR/corpus.json already describes the same options, the files are reused as they are.
// Fails when the samples or espeak-ng are missing (the message says what to install).
Result<RealCorpus> writeRealCorpus(const QString& dir, const RealCorpusOptions& options = {});

// One clip's mono samples at 44.1 kHz (what writeRealCorpus arranges), for tests that need no
// file.
Result<std::vector<float>> arrangeRealClip(demo::Style style, double seconds, std::uint32_t seed,
                                           double* bpm = nullptr);

} // namespace hhs::test
