// Writes mono or interleaved float samples to a 32-bit float WAV with libsndfile
// (`hiphop-cli load --out`, test fixtures, the demo corpus). One call per file; any thread.
#pragma once

#include "jobs/result.h"

#include <QString>
#include <cstddef>

namespace hhs {

enum class WavSampleFormat { Float32, Pcm16 };

Status writeWav(const QString& path, const float* interleaved, std::size_t frames, int channels,
                int sampleRate, WavSampleFormat format = WavSampleFormat::Float32);

} // namespace hhs
