// Prediction: windows merge into stretches at class changes (also with overlapping hops); a
// file whose first half is one style and second half another is predicted as two stretches
// meeting near the middle; probabilities sum to one; too-short audio is an error.
#include "audio/wav_writer.h"
#include "ml/predictor.h"
#include "ml/trainer.h"
#include "synthetic_styles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <numeric>

namespace hhs {
namespace {

PredictionWindow window(double start, double end, int cls, float p)
{
    PredictionWindow w;
    w.start = start;
    w.end = end;
    w.classIndex = cls;
    w.probabilities = {0, 0};
    w.probabilities[std::size_t(cls)] = p;
    return w;
}

TEST(Predictor, AdjacentWindowsOfOneClassMergeIntoStretches)
{
    const std::vector<PredictionStretch> stretches =
        mergeStretches({window(0, 3, 0, 0.9f), window(3, 6, 0, 0.7f), window(6, 9, 1, 0.6f),
                        window(9, 12, 0, 1.0f)});
    ASSERT_EQ(stretches.size(), 3u);
    EXPECT_EQ(stretches[0].start, 0);
    EXPECT_EQ(stretches[0].end, 6);
    EXPECT_NEAR(stretches[0].confidence, 0.8, 1e-6);
    EXPECT_EQ(stretches[1].classIndex, 1);
    EXPECT_EQ(stretches[1].start, 6);
    EXPECT_EQ(stretches[1].end, 9);
    EXPECT_EQ(stretches[2].end, 12);
}

TEST(Predictor, OverlappingWindowsGiveStretchesThatMeetWithoutOverlap)
{
    const std::vector<PredictionStretch> stretches = mergeStretches(
        {window(0, 3, 0, 1), window(1.5, 4.5, 0, 1), window(3, 6, 1, 1), window(4.5, 7.5, 1, 1)});
    ASSERT_EQ(stretches.size(), 2u);
    EXPECT_EQ(stretches[0].end, 3); // where the next stretch starts
    EXPECT_EQ(stretches[1].start, 3);
    EXPECT_EQ(stretches[1].end, 7.5);
}

const Model& stylesModel()
{
    static const Model model = [] {
        TrainingSettings settings;
        settings.epochs = 10;
        settings.learningRate = 1e-3;
        settings.batchSize = 8;
        settings.split.seed = 3;
        Result<TrainingOutcome> outcome =
            trainModel(test::syntheticDataset(8, 18.0, 1.5), settings);
        EXPECT_TRUE(outcome.ok()) << outcome.message().toStdString();
        return std::move(outcome->model);
    }();
    return model;
}

TEST(Predictor, AFileWhoseHalvesAreTwoStylesGivesTwoStretchesMeetingInTheMiddle)
{
    const Model& model = stylesModel();
    const int rate = model.info().params.sampleRate;
    // Recordings the model never saw (other seeds): 15 s of boom bap, then 15 s of singing.
    std::vector<float> audio = test::synthesizeStyle(test::Style::BoomBap, 15.0, rate, 901);
    const std::vector<float> second = test::synthesizeStyle(test::Style::Singing, 15.0, rate, 902);
    audio.insert(audio.end(), second.begin(), second.end());
    Result<Prediction> prediction = predictSignal(model, audio.data(), std::int64_t(audio.size()));
    ASSERT_TRUE(prediction.ok()) << prediction.message().toStdString();
    ASSERT_EQ(prediction->windows.size(), 20u); // 30 s / 1.5 s
    for (const PredictionWindow& w : prediction->windows)
        EXPECT_NEAR(std::accumulate(w.probabilities.begin(), w.probabilities.end(), 0.0), 1.0,
                    1e-5);
    int agreeing = 0;
    for (const PredictionWindow& w : prediction->windows)
        agreeing += w.classIndex ==
                    (w.start < 15.0 ? int(test::Style::BoomBap) : int(test::Style::Singing));
    EXPECT_GE(agreeing, 18);
    ASSERT_GE(prediction->stretches.size(), 2u);
    EXPECT_EQ(prediction->stretches.front().classIndex, int(test::Style::BoomBap));
    EXPECT_EQ(prediction->stretches.back().classIndex, int(test::Style::Singing));
    EXPECT_EQ(prediction->stretches.front().start, 0.0);
    EXPECT_NEAR(prediction->stretches.back().end, 30.0, 1e-9);
    EXPECT_NEAR(std::accumulate(prediction->verdictProbabilities.begin(),
                                prediction->verdictProbabilities.end(), 0.0),
                1.0, 1e-6);
    EXPECT_NE(prediction->verdictClass, int(test::Style::Trap));
}

TEST(Predictor, ASmallerHopGivesOverlappingWindows)
{
    const Model& model = stylesModel();
    const int rate = model.info().params.sampleRate;
    const std::vector<float> audio = test::synthesizeStyle(test::Style::Trap, 9.0, rate, 903);
    PredictOptions options;
    options.hopSeconds = 0.75;
    Result<Prediction> prediction =
        predictSignal(model, audio.data(), std::int64_t(audio.size()), options);
    ASSERT_TRUE(prediction.ok()) << prediction.message().toStdString();
    ASSERT_EQ(prediction->windows.size(), 11u);            // starts 0, 0.75, ..., 7.5
    EXPECT_NEAR(prediction->windows[1].start, 0.75, 1e-4); // whole samples
    EXPECT_NEAR(prediction->windows[1].end, 2.25, 1e-4);
    EXPECT_EQ(prediction->verdictClass, int(test::Style::Trap));
}

TEST(Predictor, AudioShorterThanOneSegmentIsAnError)
{
    const Model& model = stylesModel();
    const std::vector<float> audio(1000, 0.1f);
    Result<Prediction> prediction = predictSignal(model, audio.data(), std::int64_t(audio.size()));
    ASSERT_FALSE(prediction.ok());
    EXPECT_TRUE(prediction.message().contains(QStringLiteral("shorter than the model's segment")));
}

} // namespace
} // namespace hhs
