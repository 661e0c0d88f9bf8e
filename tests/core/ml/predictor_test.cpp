// Prediction: windows merge into stretches at class changes (also with overlapping hops); a
// file whose first half is one style and second half another is predicted as two stretches
// meeting near the middle; probabilities sum to one; too-short audio is an error. A signal fed
// block by block (the model on its own thread) is the whole signal's windows, segment by
// segment; a file predicted while it decodes is the loaded signal's prediction, and lets its
// samples go unless they are kept; Cancel ends the model's thread.
#include "audio/loader.h"
#include "audio/wav_writer.h"
#include "features/segments.h"
#include "ml/ml_engine.h"
#include "ml/predictor.h"
#include "ml/trainer.h"
#include "synthetic_styles.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

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

// What the model gives each segment when the whole signal is extracted at once: the reference.
std::vector<PredictionWindow> wholeSignalWindows(const Model& model,
                                                 const std::vector<float>& audio, double hop)
{
    const ModelInfo& info = model.info();
    const std::int64_t segment = info.params.samplesForSeconds(info.segmentSeconds);
    const SegmentExtraction extraction =
        extractSegments(audio.data(), 0, std::int64_t(audio.size()), segment, info.params, {}, 1,
                        info.params.samplesForSeconds(hop > 0 ? hop : info.segmentSeconds));
    std::vector<const MfccMatrix*> matrices;
    for (const SegmentFeatures& s : extraction.segments)
        matrices.push_back(&s.mfcc);
    Result<std::vector<float>> probabilities = model.probabilities(matrices);
    EXPECT_TRUE(probabilities.ok());
    std::vector<PredictionWindow> windows;
    const auto classes = std::size_t(info.classes.size());
    for (std::size_t i = 0; i < extraction.segments.size(); ++i) {
        PredictionWindow w;
        w.start = double(extraction.segments[i].startSample) / info.params.sampleRate;
        const float* row = probabilities->data() + i * classes;
        w.probabilities.assign(row, row + classes);
        windows.push_back(w);
    }
    return windows;
}

void expectSameWindows(const std::vector<PredictionWindow>& actual,
                       const std::vector<PredictionWindow>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_DOUBLE_EQ(actual[i].start, expected[i].start) << "window " << i;
        ASSERT_EQ(actual[i].probabilities.size(), expected[i].probabilities.size());
        for (std::size_t c = 0; c < actual[i].probabilities.size(); ++c)
            EXPECT_NEAR(actual[i].probabilities[c], expected[i].probabilities[c], 1e-6)
                << "window " << i << ", class " << c;
    }
}

TEST(Predictor, ASignalFedBlockByBlockIsTheWholeSignalsPrediction)
{
    const Model& model = stylesModel();
    const int rate = model.info().params.sampleRate;
    // 100 s: more windows than the model takes at once, and a tail.
    std::vector<float> audio;
    for (int part = 0; part < 5; ++part) {
        const std::vector<float> piece =
            test::synthesizeStyle(test::Style(part % 3), 20.0, rate, 910 + part);
        audio.insert(audio.end(), piece.begin(), piece.end());
    }
    audio.resize(audio.size() - 1234);
    std::mt19937 rng(7);
    for (const double hop : {0.0, 0.75, 4.5}) {
        SCOPED_TRACE(hop);
        PredictOptions options;
        options.hopSeconds = hop;
        options.threads = 2;
        Result<std::unique_ptr<PredictionStream>> stream = startPrediction(model, options);
        ASSERT_TRUE(stream.ok()) << stream.message().toStdString();
        std::uniform_int_distribution<std::size_t> blockSize(1, 40000);
        for (std::size_t fed = 0; fed < audio.size();) {
            const std::size_t count = std::min(audio.size() - fed, blockSize(rng));
            (*stream)->feed(audio.data() + fed, count);
            fed += count;
        }
        Result<Prediction> streamed = (*stream)->finish();
        ASSERT_TRUE(streamed.ok()) << streamed.message().toStdString();
        expectSameWindows(streamed->windows, wholeSignalWindows(model, audio, hop));
        Result<Prediction> whole =
            predictSignal(model, audio.data(), std::int64_t(audio.size()), options);
        ASSERT_TRUE(whole.ok());
        EXPECT_EQ(whole->verdictClass, streamed->verdictClass);
        EXPECT_EQ(whole->stretches.size(), streamed->stretches.size());
    }
}

TEST(Predictor, OptionsTheModelCannotUseAreRefusedBeforeAnySampleIsRead)
{
    PredictOptions options;
    options.hopSeconds = -1;
    Result<std::unique_ptr<PredictionStream>> stream = startPrediction(stylesModel(), options);
    ASSERT_FALSE(stream.ok());
    EXPECT_TRUE(stream.message().contains(QStringLiteral("hop")));
}

TEST(Predictor, CancelEndsAStreamedPredictionAndItsModelThread)
{
    const Model& model = stylesModel();
    const std::vector<float> audio =
        test::synthesizeStyle(test::Style::Trap, 60.0, model.info().params.sampleRate, 920);
    CancelToken cancel;
    const JobControl job({}, &cancel);
    Result<std::unique_ptr<PredictionStream>> stream = startPrediction(model, {}, job);
    ASSERT_TRUE(stream.ok());
    (*stream)->feed(audio.data(), audio.size() / 2);
    cancel.cancel();
    (*stream)->feed(audio.data() + audio.size() / 2, audio.size() - audio.size() / 2);
    Result<Prediction> prediction = (*stream)->finish();
    ASSERT_FALSE(prediction.ok());
    EXPECT_TRUE(prediction.cancelled());
    // A stream dropped before it finishes ends its thread too.
    Result<std::unique_ptr<PredictionStream>> dropped = startPrediction(model);
    ASSERT_TRUE(dropped.ok());
    (*dropped)->feed(audio.data(), audio.size());
    dropped->reset();
}

// The engine's model without the engine module: the file-level path is the same.
class InProcessModel final : public LoadedModel
{
public:
    explicit InProcessModel(const Model& model) : m_model(model) {}
    const ModelInfo& info() const override { return m_model.info(); }
    QString path() const override { return {}; }
    Result<std::unique_ptr<PredictionStream>> startPrediction(const PredictOptions& options,
                                                              const JobControl& job) const override
    {
        return hhs::startPrediction(m_model, options, job);
    }

private:
    const Model& m_model;
};

TEST(Predictor, AFilePredictedWhileItDecodesLetsItsSamplesGoUnlessTheyAreKept)
{
    const Model& model = stylesModel();
    const int rate = model.info().params.sampleRate;
    std::vector<float> audio = test::synthesizeStyle(test::Style::BoomBap, 40.0, rate, 930);
    const std::vector<float> second = test::synthesizeStyle(test::Style::Singing, 40.0, rate, 931);
    audio.insert(audio.end(), second.begin(), second.end());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("[킬링벌스] 비와이.wav"));
    ASSERT_TRUE(writeWav(path, audio.data(), audio.size(), 1, rate).ok());
    Result<LoadedAudio> loaded = loadAudio(path);
    ASSERT_TRUE(loaded.ok());
    Result<Prediction> reference =
        predictSignal(model, loaded->samples.data(), std::int64_t(loaded->samples.size()));
    ASSERT_TRUE(reference.ok());

    const InProcessModel inProcess(model);
    for (const bool keepAudio : {false, true}) {
        SCOPED_TRACE(keepAudio);
        QStringList stages;
        double last = 0;
        const JobControl job([&](double fraction, const QString& stage) {
            stages << stage;
            EXPECT_GE(fraction, last);
            last = fraction;
        });
        Result<PredictedAudio> predicted = predictAudioFile(inProcess, path, {}, keepAudio, job);
        ASSERT_TRUE(predicted.ok()) << predicted.message().toStdString();
        EXPECT_EQ(predicted->prediction.file, path);
        expectSameWindows(predicted->prediction.windows, reference->windows);
        EXPECT_EQ(predicted->audio.length, std::int64_t(audio.size()));
        EXPECT_EQ(predicted->audio.samples.size(), keepAudio ? audio.size() : 0u);
        EXPECT_EQ(predicted->audio.peaks.sampleCount(), keepAudio ? std::int64_t(audio.size()) : 0);
        EXPECT_EQ(last, 1.0);
        EXPECT_EQ(stages.removeDuplicates(), stages.size() - 1); // one stage: "Predicting"
        EXPECT_EQ(stages.value(0), QStringLiteral("Predicting"));
    }
    // A file too short for one window is named in the message.
    const QString shortPath = dir.filePath(QStringLiteral("짧은 파일.wav"));
    ASSERT_TRUE(writeWav(shortPath, audio.data(), std::size_t(rate), 1, rate).ok());
    Result<PredictedAudio> tooShort = predictAudioFile(inProcess, shortPath, {}, false, {});
    ASSERT_FALSE(tooShort.ok());
    EXPECT_TRUE(tooShort.message().contains(QStringLiteral("짧은 파일.wav")));
    EXPECT_TRUE(tooShort.message().contains(QStringLiteral("shorter than the model's segment")));
}

} // namespace
} // namespace hhs
