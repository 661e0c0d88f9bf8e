// Helpers for the GUI tests: generated audio files (tones that change every few seconds, so
// the waveform and MFCC have something to show) and settings kept out of the user's own.
#pragma once

#include <QString>

namespace hhs::test {

// Writes `seconds` of mono 22050 Hz float WAV to `path`: a tone whose pitch changes every
// 2 seconds, over a little noise (so no stretch is digital silence). False when it fails.
bool writeToneFile(const QString& path, double seconds);

// Points QSettings at `directory` so tests never touch the user's recent-files list.
void isolateSettings(const QString& directory);

} // namespace hhs::test
