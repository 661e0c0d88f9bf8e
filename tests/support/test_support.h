// Helpers shared by the tests: where the librosa reference files are, scratch directories
// that clean up after themselves, small synthetic signals, and running hiphop-cli.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdint>
#include <vector>

namespace hhs::test {

// ../shared/reference (librosa's outputs); empty when the folder is not there.
QString referenceDir();
// inputs/NAME.wav, or for a compressed input's name (chirp_noise_aac_m4a)
// inputs/chirp_noise_aac.m4a.
QString referenceInput(const QString& name);
QString referenceExpected(const QString& file); // expected/FILE
// True under CI (CI=true): a missing reference folder is then a failure, not a skip.
bool inCi();
// GTEST_SKIP()s the calling test when the reference folder is missing (fails under CI).
#define HHS_REQUIRE_REFERENCE()                                                                    \
    do {                                                                                           \
        if (::hhs::test::referenceDir().isEmpty()) {                                               \
            if (::hhs::test::inCi()) GTEST_FAIL() << "../shared/reference not found under CI";     \
            GTEST_SKIP() << "../shared/reference not found";                                       \
        }                                                                                          \
    } while (0)

// The reference signal names: the WAV inputs without extension, the compressed ones with their
// dot turned into an underscore (as their expected files are named).
QStringList referenceNames();
// Only the compressed inputs' names (chirp_noise_aac_m4a, ...).
QStringList compressedReferenceNames();
// expected/NAME.mfcc.json's "decoded_by" ("soundfile", "audioread (ffmpeg, 16-bit)"), or "".
QString referenceDecodedBy(const QString& name);

// librosa's MFCC for a reference input: frames x 13, from expected/NAME.mfcc.json.
struct ReferenceMfcc
{
    int loadedSamples = 0;
    std::vector<std::vector<double>> frames;
};
ReferenceMfcc referenceMfcc(const QString& name);

// Reads a whole file (test fixtures are small).
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

// A sine (or sum of sines) at `rate`, `seconds` long, amplitude 0.5.
std::vector<float> sine(double frequency, double seconds, int rate, double amplitude = 0.5);

struct CliRun
{
    int exitCode = -1;
    bool crashed = false; // ended by a signal
    QByteArray out;
    QByteArray err;
};
// Runs hiphop-cli with `arguments` (UTF-8 on the command line) and waits for it.
CliRun runCli(const QStringList& arguments, int timeoutMs = 120000);
// The same with extra environment variables ("NAME=value").
CliRun runCli(const QStringList& arguments, const QStringList& environment, int timeoutMs = 120000);

} // namespace hhs::test
