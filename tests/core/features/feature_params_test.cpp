// FeatureParams: the notebook's values by default, a stable key that reads back, and
// validation that says which parameter is wrong.
#include "features/feature_params.h"

#include <gtest/gtest.h>

namespace hhs {
namespace {

TEST(FeatureParams, DefaultsAreTheNotebooks)
{
    const FeatureParams params;
    EXPECT_EQ(params.sampleRate, 22050);
    EXPECT_EQ(params.mfccCount, 13);
    EXPECT_EQ(params.fftSize, 2048);
    EXPECT_EQ(params.hopLength, 512);
    EXPECT_EQ(params.melBands, 128);
    EXPECT_EQ(params.samplesForSeconds(3.0), 66150);
    EXPECT_EQ(params.notebookFramesPerSegment(66150), 130);
    EXPECT_TRUE(params.validate().ok());
}

TEST(FeatureParams, KeyRoundTrips)
{
    FeatureParams params;
    params.hopLength = 256;
    params.mfccCount = 20;
    EXPECT_EQ(params.key(),
              QStringLiteral("sr=22050;n_mfcc=20;n_fft=2048;hop=256;n_mels=128;top_db=80"));
    Result<FeatureParams> back = FeatureParams::fromKey(params.key());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, params);
    EXPECT_NE(*back, FeatureParams{});
}

TEST(FeatureParams, BadKeysAndValuesAreRefusedWithTheParameterNamed)
{
    EXPECT_FALSE(FeatureParams::fromKey(QStringLiteral("sr=abc")).ok());
    Result<FeatureParams> unknown = FeatureParams::fromKey(QStringLiteral("sr=22050;colour=blue"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("colour")));
    // Numbers an int cannot hold are malformed, not converted (which would be undefined).
    for (const char* key :
         {"sr=1e10", "sr=-1e300", "n_fft=2048.5", "hop=nan", "top_db=inf", "=22050"})
        EXPECT_FALSE(FeatureParams::fromKey(QString::fromLatin1(key)).ok()) << key;
    FeatureParams params;
    params.hopLength = 0;
    EXPECT_TRUE(params.validate().message().contains(QStringLiteral("hop")));
    params = {};
    params.mfccCount = 200;
    EXPECT_TRUE(params.validate().message().contains(QStringLiteral("n_mfcc")));
}

} // namespace
} // namespace hhs
