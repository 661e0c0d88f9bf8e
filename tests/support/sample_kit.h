// SampleKit: recorded sounds that Debian packages ship, for the real-sound test corpus: the
// drum hits, loops, bass notes, guitar, piano, choir and vinyl of `sonic-pi-samples`
// (/usr/share/sonic-pi/samples) and Korean voices spoken by `espeak-ng`, all as mono float at
// one rate, with the few tools needed to arrange them (pitch by resampling, mixing in place).
// One instance per thread (it caches what it loaded); any thread.
#pragma once

#include "jobs/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace hhs::test {

using Mono = std::vector<float>;

inline constexpr int kKitRate = 44100;

class SampleKit
{
public:
    // Where sonic-pi-samples puts its files; HHS_SAMPLES_DIR overrides it.
    static QString defaultSamplesDir();
    // Fails when the samples or espeak-ng are missing, saying which package to install.
    static Result<SampleKit> open(const QString& samplesDir = defaultSamplesDir());

    // A sample by its file name without extension ("bd_boom"), mono at kKitRate.
    Result<const Mono*> sample(const QString& name);
    // `text` spoken in Korean by espeak-ng: words per minute, pitch 0-99, a voice variant
    // ("m3", "f2", or empty), mono at kKitRate. Cached by its arguments.
    Result<const Mono*> voice(const QString& text, int wordsPerMinute, int pitch,
                              const QString& variant);

private:
    QString m_dir;
    QHash<QString, Mono> m_cache;
};

// `source` played `ratio` times faster (ratio 2 = an octave up, half as long), linear
// interpolation; `semitones` is the same as ratio 2^(semitones/12).
Mono resampled(const Mono& source, double ratio);
double semitoneRatio(double semitones);
// Adds `source` × gain into `mix` starting at sample `at` (clipped to the mix's length).
void mixInto(Mono& mix, const Mono& source, std::int64_t at, float gain);
// The first `seconds` of `source` with a short fade-out (for cutting long notes).
Mono cut(const Mono& source, double seconds, int rate = kKitRate);
// A simple feedback-delay reverb (wet share `wet`).
void addReverb(Mono& signal, float wet, int rate = kKitRate);
// Scales to the given peak.
void normalisePeak(Mono& signal, float peak);

} // namespace hhs::test
