#include "ml/ml_engine.h"

#include "jobs/text.h"

#include <QDir>
#include <QFileInfo>
#include <atomic>
#include <dlfcn.h>
#include <mutex>

namespace hhs {
namespace {
const char* kModuleName = "hiphop-ml-engine.so";

std::atomic<MlEngine*> g_engine{nullptr};

// The folder of libhiphop-core.so: the engine module is built and installed beside it.
QString coreLibraryDir()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&loadMlEngine), &info) == 0 || !info.dli_fname) return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

QStringList candidates()
{
    QStringList dirs;
    const QByteArray fromEnvironment = qgetenv("HHS_MODULE_PATH");
    if (!fromEnvironment.isEmpty())
        dirs += QString::fromUtf8(fromEnvironment).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (const QString dir = coreLibraryDir(); !dir.isEmpty()) dirs.prepend(dir);
    QStringList files;
    for (const QString& dir : dirs)
        files << QDir(dir).filePath(QString::fromLatin1(kModuleName));
    return files;
}

Result<MlEngine*> load()
{
    QStringList problems;
    for (const QString& path : candidates()) {
        if (!QFileInfo::exists(path)) continue;
        void* handle = dlopen(nativePath(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            problems << QString::fromLocal8Bit(dlerror());
            continue;
        }
        using Factory = MlEngine* (*)();
        auto factory = reinterpret_cast<Factory>(dlsym(handle, "hhsCreateMlEngine"));
        if (!factory) {
            problems << translate("hhs::MlEngine", "%1 has no engine in it").arg(quoted(path));
            continue;
        }
        if (MlEngine* engine = factory()) return engine; // lives as long as the process
    }
    if (problems.isEmpty())
        return makeError(translate("hhs::MlEngine",
                                   "training and prediction are not installed: %1 was not "
                                   "found beside %2")
                             .arg(QString::fromLatin1(kModuleName), coreLibraryDir()));
    return makeError(
        translate("hhs::MlEngine", "could not load LibTorch for training and prediction: %1")
            .arg(problems.join(QStringLiteral("; "))));
}
} // namespace

Result<MlEngine*> loadMlEngine()
{
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    if (MlEngine* engine = g_engine.load()) return engine;
    Result<MlEngine*> loaded = load();
    if (loaded) g_engine.store(*loaded);
    return loaded;
}

bool mlEngineLoaded()
{
    return g_engine.load() != nullptr;
}

Result<PredictedAudio> predictAudioFile(const LoadedModel& model, const QString& path,
                                        const PredictOptions& options, bool keepAudio,
                                        const JobControl& job)
{
    auto named = [&path](const Error& error) {
        if (error.kind == ErrorKind::Cancelled) return error;
        return makeError(translate("hhs::Predictor", "%1: %2").arg(quoted(path), error.message),
                         error.kind);
    };
    Result<std::unique_ptr<PredictionStream>> stream = model.startPrediction(options, job);
    if (!stream) return named(stream.error());
    LoadOptions load;
    load.targetRate = model.info().params.sampleRate;
    load.buildPeaks = keepAudio;
    load.keepSamples = keepAudio;
    load.onBlock = [&stream](const float* block, std::size_t count, std::int64_t) {
        (*stream)->feed(block, count);
    };
    // The model runs a few batches behind the decoder: the load is nearly all of the time.
    Result<LoadedAudio> audio =
        loadAudio(path, load, job.part(0, 0.98, translate("hhs::Predictor", "Predicting")));
    if (!audio) return audio.error(); // the loader's messages name the file
    Result<Prediction> prediction = (*stream)->finish();
    if (!prediction) return named(prediction.error());
    prediction->file = path;
    job.report(1, translate("hhs::Predictor", "Predicting"));
    return PredictedAudio{std::move(*audio), std::move(*prediction)};
}

} // namespace hhs
