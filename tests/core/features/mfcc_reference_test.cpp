// MfccExtractor gives librosa.feature.mfcc(y, sr=22050, n_mfcc=13, n_fft=2048, hop_length=512)
// for every reference signal — including the one shorter than an FFT and the silent one — to
// within 0.001 (the issue asks for 0.01; the reference itself is rounded to 4 decimals).
#include "audio/loader.h"
#include "features/mfcc.h"
#include "test_support.h"

#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

namespace hhs {
namespace {

constexpr double kTolerance = 0.001;

TEST(MfccReference, EveryReferenceSignalMatchesLibrosa)
{
    HHS_REQUIRE_REFERENCE();
    const QStringList names = test::referenceNames();
    ASSERT_GE(names.size(), 6);
    MfccExtractor extractor{FeatureParams{}};
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        Result<LoadedAudio> loaded = loadAudio(test::referenceInput(name));
        ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
        const test::ReferenceMfcc reference = test::referenceMfcc(name);
        ASSERT_EQ(int(loaded->samples.size()), reference.loadedSamples);

        const MfccMatrix mfcc = extractor.compute(loaded->samples);
        ASSERT_EQ(mfcc.frames, int(reference.frames.size()));
        ASSERT_EQ(mfcc.coefficients, 13);
        double worst = 0;
        int worstFrame = 0;
        for (int f = 0; f < mfcc.frames; ++f)
            for (int c = 0; c < 13; ++c) {
                const double diff = std::abs(double(mfcc.at(f, c)) -
                                             reference.frames[std::size_t(f)][std::size_t(c)]);
                if (diff > worst) {
                    worst = diff;
                    worstFrame = f;
                }
            }
        EXPECT_LE(worst, kTolerance) << "worst at frame " << worstFrame;
        std::printf("[ reference ] %-28s max MFCC difference %.3g\n", qPrintable(name), worst);
    }
}

TEST(MfccReference, FrameCountIsOnePlusSamplesOverHop)
{
    MfccExtractor extractor{FeatureParams{}};
    for (int samples : {1, 511, 512, 513, 2047, 2048, 66150}) {
        const std::vector<float> tone = test::sine(440.0, double(samples) / 22050.0, 22050);
        ASSERT_EQ(int(tone.size()), samples);
        EXPECT_EQ(extractor.compute(tone).frames, 1 + samples / 512) << samples;
    }
    EXPECT_EQ(extractor.compute(std::vector<float>{}).frames, 0);
}

TEST(MfccReference, TopDbClipIsAgainstThisCallsMaximum)
{
    // The same quiet stretch gives other coefficients when a loud one shares the call: the clip
    // floor is max - 80 dB of the whole call (librosa's power_to_db(top_db=80)).
    std::vector<float> quiet = test::sine(440.0, 1.0, 22050, 1e-4);
    std::vector<float> loudThenQuiet = test::sine(440.0, 1.0, 22050, 0.9);
    loudThenQuiet.insert(loudThenQuiet.end(), quiet.begin(), quiet.end());
    MfccExtractor extractor{FeatureParams{}};
    const MfccMatrix alone = extractor.compute(quiet);
    const MfccMatrix together = extractor.compute(loudThenQuiet);
    const int lastTogether = together.frames - 3;
    const int lastAlone = alone.frames - 3;
    EXPECT_GT(std::abs(alone.at(lastAlone, 0) - together.at(lastTogether, 0)), 1.0f);
}

TEST(MfccReference, OtherParametersChangeTheShape)
{
    FeatureParams params;
    params.mfccCount = 20;
    params.fftSize = 1024;
    params.hopLength = 256;
    ASSERT_TRUE(params.validate().ok());
    MfccExtractor extractor(params);
    const MfccMatrix mfcc = extractor.compute(test::sine(440.0, 1.0, 22050));
    EXPECT_EQ(mfcc.coefficients, 20);
    EXPECT_EQ(mfcc.frames, 1 + 22050 / 256);
}

} // namespace
} // namespace hhs
