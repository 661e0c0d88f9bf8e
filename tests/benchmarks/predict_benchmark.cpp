// Prediction speed: a long file (default 20 minutes of synthetic 44.1 kHz stereo) through a CNN
// and an LSTM with the notebook's 3-second windows, the way the studio and hiphop-cli predict
// (a model file read by the ML engine, then predictAudioFile: decoding, MFCC and the model
// overlap). Prints those seconds and windows per second, and beside them each stage alone on
// the same threads (decode, MFCC, model), whose sum is what running them one after the other
// would take. The weights are fresh (speed does not depend on them).
//   predict_benchmark [--minutes M] [--hop SECONDS] [--threads T]
#include "audio/loader.h"
#include "audio/wav_writer.h"
#include "features/segments.h"
#include "jobs/thread_pools.h"
#include "ml/ml_engine.h"
#include "ml/model.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace hhs;

int main(int argc, char** argv)
{
    useOwnThreadPolicies(argv); // the studio's thread pools, measured as a user runs them
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    auto option = [&](const char* name, double fallback) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
    };
    const double minutes = option("--minutes", 20);
    PredictOptions options;
    options.hopSeconds = option("--hop", 0);
    options.threads = int(option("--threads", machineThreads()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("[킬링벌스] 긴 파일.wav"));
    {
        const int rate = 44100;
        const auto frames = std::size_t(minutes * 60 * rate);
        std::vector<float> audio(frames * 2);
        std::mt19937 rng(1);
        std::normal_distribution<float> noise(0, 0.05f);
        for (std::size_t i = 0; i < frames; ++i) {
            const float tone =
                0.3f * float(std::sin(2 * 3.14159265358979 * (110 + 330 * ((i / rate) % 7)) *
                                      double(i) / rate));
            audio[2 * i] = tone + noise(rng);
            audio[2 * i + 1] = tone + noise(rng);
        }
        if (!writeWav(path, audio.data(), frames, 2, rate, WavSampleFormat::Pcm16)) {
            std::fprintf(stderr, "error: could not write the test file\n");
            return 1;
        }
    }
    std::printf("file: %.1f minutes, 44.1 kHz stereo 16-bit, hop %s, threads %d\n", minutes,
                options.hopSeconds > 0 ? qPrintable(QString::number(options.hopSeconds))
                                       : "= segment",
                options.threads);
    for (ModelKind kind : {ModelKind::Cnn, ModelKind::Lstm}) {
        ModelInfo info;
        info.kind = kind;
        info.frames = 130;
        info.coefficients = 13;
        info.classes = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                        QStringLiteral("singing")};
        Result<Model> model = Model::create(info);
        if (!model) {
            std::fprintf(stderr, "error: %s\n", qPrintable(model.message()));
            return 1;
        }
        const QString modelPath = dir.filePath(modelKindName(kind) + QStringLiteral(".hhsmodel"));
        Result<MlEngine*> engine = loadMlEngine();
        Status saved = model->save(modelPath);
        if (!engine || !saved) {
            std::fprintf(stderr, "error: %s\n",
                         qPrintable(engine ? saved.message() : engine.message()));
            return 1;
        }
        const auto start = std::chrono::steady_clock::now();
        Result<std::shared_ptr<const LoadedModel>> loaded = (*engine)->loadModel(modelPath);
        if (!loaded) {
            std::fprintf(stderr, "error: %s\n", qPrintable(loaded.message()));
            return 1;
        }
        const auto read = std::chrono::steady_clock::now();
        Result<PredictedAudio> predicted = predictAudioFile(**loaded, path, options, false, {});
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const double modelFile = std::chrono::duration<double>(read - start).count();
        if (!predicted) {
            std::fprintf(stderr, "error: %s\n", qPrintable(predicted.message()));
            return 1;
        }
        const Prediction* prediction = &predicted->prediction;
        std::printf("%s: %zu windows in %.2f s (model file %.2f s, then decode, MFCC and model "
                    "at once): %.0f windows/s, %zu stretches\n",
                    qPrintable(modelKindName(kind)), prediction->windows.size(), seconds, modelFile,
                    double(prediction->windows.size()) / seconds, prediction->stretches.size());

        // Each stage alone, on the whole budget.
        const ModelInfo& made = model->info();
        auto clock = std::chrono::steady_clock::now();
        auto lap = [&clock] {
            const auto now = std::chrono::steady_clock::now();
            const double elapsed = std::chrono::duration<double>(now - clock).count();
            clock = now;
            return elapsed;
        };
        LoadOptions load;
        load.buildPeaks = false;
        load.targetRate = made.params.sampleRate;
        Result<LoadedAudio> audio = loadAudio(path, load);
        const double decode = lap();
        if (!audio) {
            std::fprintf(stderr, "error: %s\n", qPrintable(audio.message()));
            return 1;
        }
        const std::int64_t segment = made.params.samplesForSeconds(made.segmentSeconds);
        const SegmentExtraction features =
            extractSegments(audio->samples.data(), 0, std::int64_t(audio->samples.size()), segment,
                            made.params, {}, options.threads,
                            made.params.samplesForSeconds(
                                options.hopSeconds > 0 ? options.hopSeconds : made.segmentSeconds));
        const double mfcc = lap();
        std::vector<const MfccMatrix*> matrices;
        for (const SegmentFeatures& s : features.segments)
            matrices.push_back(&s.mfcc);
        useTorchThreads(options.threads);
        Result<std::vector<float>> probabilities = model->probabilities(matrices);
        const double modelSeconds = lap();
        if (!probabilities) {
            std::fprintf(stderr, "error: %s\n", qPrintable(probabilities.message()));
            return 1;
        }
        std::printf("  alone on %d thread(s): decode %.2f s, MFCC %.2f s, model %.2f s: %.2f s "
                    "one after the other (%.2fx the overlapped time)\n",
                    options.threads, decode, mfcc, modelSeconds, decode + mfcc + modelSeconds,
                    (decode + mfcc + modelSeconds) / seconds);
    }
    return 0;
}
