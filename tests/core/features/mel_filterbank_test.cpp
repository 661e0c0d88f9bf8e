// The Slaney mel scale and filterbank as librosa defines them (values from librosa's own
// documentation examples), stored sparsely without losing a weight.
#include "features/mel_filterbank.h"

#include <cmath>
#include <gtest/gtest.h>

namespace hhs {
namespace {

TEST(MelFilterbank, SlaneyScaleMatchesLibrosasDocumentedValues)
{
    // librosa.hz_to_mel(60) == 0.9, hz_to_mel(110) == 1.65, mel_to_hz(3) == 200.
    EXPECT_NEAR(MelFilterbank::hzToMel(60.0), 0.9, 1e-12);
    EXPECT_NEAR(MelFilterbank::hzToMel(110.0), 1.65, 1e-12);
    EXPECT_NEAR(MelFilterbank::melToHz(3.0), 200.0, 1e-9);
    // Linear below 1 kHz, logarithmic above, continuous at the joint.
    EXPECT_NEAR(MelFilterbank::hzToMel(1000.0), 15.0, 1e-12);
    EXPECT_NEAR(MelFilterbank::hzToMel(6400.0), 42.0, 1e-9); // 15 + 27 * log(6.4)/log(6.4)
    for (double hz : {20.0, 440.0, 999.0, 1001.0, 5000.0, 11025.0})
        EXPECT_NEAR(MelFilterbank::melToHz(MelFilterbank::hzToMel(hz)), hz, 1e-9);
}

TEST(MelFilterbank, EachBinFeedsAtMostTwoBandsAndEveryBandIsUsed)
{
    const MelFilterbank mel(22050, 2048, 128);
    ASSERT_EQ(mel.bands(), 128);
    ASSERT_EQ(mel.bins(), 1025);
    for (int bin = 0; bin < mel.bins(); ++bin) {
        int feeding = 0;
        for (int band = 0; band < mel.bands(); ++band)
            feeding += mel.weight(band, bin) > 0 ? 1 : 0;
        EXPECT_LE(feeding, 2) << bin;
    }
    for (int band = 0; band < mel.bands(); ++band) {
        double sum = 0;
        for (int bin = 0; bin < mel.bins(); ++bin)
            sum += mel.weight(band, bin);
        EXPECT_GT(sum, 0.0) << band;
    }
}

TEST(MelFilterbank, SlaneyNormalisationGivesEqualAreaTriangles)
{
    // norm="slaney" scales each triangle by 2 / (f[i+2] - f[i]): its area in Hz is 1.
    const MelFilterbank mel(22050, 2048, 128);
    const double binHz = 22050.0 / 2048.0;
    for (int band = 70; band < 128; band += 7) { // wide enough bands to integrate numerically
        double area = 0;
        for (int bin = 0; bin < mel.bins(); ++bin)
            area += mel.weight(band, bin) * binHz;
        EXPECT_NEAR(area, 1.0, 0.02) << band;
    }
}

TEST(MelFilterbank, ApplyEqualsTheDenseProduct)
{
    const MelFilterbank mel(22050, 2048, 128);
    std::vector<float> power(1025);
    for (std::size_t i = 0; i < power.size(); ++i)
        power[i] = float(1.0 + std::sin(double(i)));
    std::vector<float> sparse(128);
    mel.apply(power.data(), sparse.data());
    for (int band = 0; band < 128; ++band) {
        double dense = 0;
        for (int bin = 0; bin < 1025; ++bin)
            dense += mel.weight(band, bin) * power[std::size_t(bin)];
        EXPECT_NEAR(sparse[std::size_t(band)], dense, 1e-5 * std::max(1.0, std::abs(dense)));
    }
}

} // namespace
} // namespace hhs
