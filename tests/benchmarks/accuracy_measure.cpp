#include "accuracy_measure.h"

#include "audio/loader.h"
#include "features/segments.h"
#include "formats/json_writer.h"
#include "jobs/thread_pools.h"
#include "ml/split.h"
#include "ml/trainer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace hhs::bench {
namespace {

double medleyAccuracy(const Model& model, const std::vector<MedleyWindows>& medleys)
{
    int right = 0, total = 0;
    for (const MedleyWindows& m : medleys) {
        std::vector<const MfccMatrix*> windows;
        for (const MfccMatrix& w : m.windows)
            windows.push_back(&w);
        Result<std::vector<float>> p = model.probabilities(windows);
        if (!p) return -1;
        const int classes = model.info().classes.size();
        for (std::size_t i = 0; i < windows.size(); ++i) {
            const float* row = p->data() + i * std::size_t(classes);
            const int predicted = int(std::max_element(row, row + classes) - row);
            right += predicted == m.labels[i];
            ++total;
        }
    }
    return total > 0 ? double(right) / total : 0.0;
}

// Debian's python3 (where python3-torch installs), before any other on the PATH.
QString pythonProgram()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStringLiteral("python3");
}

void writePart(JsonWriter& json, const char* name, const Dataset& dataset,
               const std::vector<int>& indices, bool withRecordings)
{
    json.key(name).beginObject().key("mfcc").beginArray();
    for (int i : indices) {
        const MfccMatrix& m = dataset.segments[std::size_t(i)].mfcc;
        json.beginArray();
        for (int f = 0; f < m.frames; ++f)
            json.values(m.data.data() + std::size_t(f) * std::size_t(m.coefficients),
                        std::size_t(m.coefficients));
        json.endArray();
    }
    json.endArray().key("labels").beginArray();
    for (int i : indices)
        json.value(dataset.segments[std::size_t(i)].label);
    json.endArray();
    if (withRecordings) {
        json.key("recordings").beginArray();
        for (int i : indices) {
            const DatasetSegment& s = dataset.segments[std::size_t(i)];
            json.value(s.source + QLatin1Char('#') + QString::number(s.label));
        }
        json.endArray();
    }
    json.endObject();
}

} // namespace

Result<std::vector<MedleyWindows>> medleyWindows(const test::RealCorpus& corpus,
                                                 const Dataset& dataset)
{
    std::vector<MedleyWindows> out;
    for (const test::RealMedley& medley : corpus.medleys) {
        Result<LoadedAudio> audio = loadAudio(medley.path);
        if (!audio) return audio.error();
        const auto segment = std::int64_t(dataset.segmentSeconds * audio->sampleRate);
        SegmentExtraction cut =
            extractSegments(audio->samples.data(), 0, std::int64_t(audio->samples.size()), segment,
                            dataset.params, {}, 2);
        MedleyWindows windows;
        for (SegmentFeatures& s : cut.segments) {
            const double middle = (double(s.startSample) + segment / 2.0) / audio->sampleRate;
            for (const test::RealSong& song : medley.songs)
                if (middle >= song.start && middle < song.end) {
                    windows.labels.push_back(
                        int(dataset.classes.indexOf(demo::styleName(song.style))));
                    windows.windows.push_back(std::move(s.mfcc));
                    break;
                }
        }
        out.push_back(std::move(windows));
    }
    return out;
}

Result<StudioScores> trainStudio(const Dataset& dataset, const std::vector<MedleyWindows>& medleys,
                                 const QString& kind, int seed, const StudioVariant& variant,
                                 bool thenAll)
{
    TrainingSettings settings;
    Result<ModelKind> modelKind = modelKindFromName(kind);
    if (!modelKind) return modelKind.error();
    settings.kind = *modelKind;
    settings.epochs =
        variant.epochs > 0 ? variant.epochs : TrainingSettings::defaultEpochs(settings.kind);
    settings.split.seed = std::uint64_t(seed);
    if (variant.learningRate > 0) settings.learningRate = variant.learningRate;
    if (variant.patience >= 0) settings.patience = variant.patience;
    if (variant.timeMask >= 0 || variant.coefficientMask >= 0) {
        const InputMasking defaults = settings.effectiveMasking();
        settings.masking = InputMasking{variant.timeMask >= 0 ? variant.timeMask : defaults.frames,
                                        variant.coefficientMask >= 0 ? variant.coefficientMask
                                                                     : defaults.coefficients};
    }
    Result<TrainingOutcome> outcome = trainModel(dataset, settings);
    if (!outcome) return outcome.error();
    const ModelInfo& info = outcome->model.info();
    StudioScores result;
    result.scores = {info.test.accuracy, info.testRecordings.accuracy,
                     medleyAccuracy(outcome->model, medleys)};
    result.bestEpoch = info.bestEpoch;
    if (stillImproving(info)) result.notes = QStringLiteral("still improving");
    if (outcome->stoppedEarly)
        result.notes = QStringLiteral("stopped early at epoch %1").arg(info.history.back().epoch);
    if (thenAll) {
        Result<Model> all = retrainOnAllLabels(dataset, info);
        if (!all) return all.error();
        result.allLabelsMedley = medleyAccuracy(*all, medleys);
    }
    return result;
}

QString anchorScriptPath()
{
    const QString anchor = QStringLiteral(HHS_ANCHOR_DIR "/seed_torch.py");
    if (!QFileInfo::exists(anchor)) return {};
    QProcess probe;
    probe.start(pythonProgram(), {QStringLiteral("-c"), QStringLiteral("import torch, numpy")});
    if (!probe.waitForFinished(120000) || probe.exitCode() != 0) return {};
    return QStringLiteral(HHS_BENCHMARK_SOURCE_DIR "/anchor_accuracy.py");
}

Result<Scores> trainAnchor(const QString& script, const Dataset& dataset,
                           const std::vector<MedleyWindows>& medleys, const QString& kind, int seed,
                           int epochs, const QString& workDir)
{
    SplitOptions options;
    options.seed = std::uint64_t(seed);
    Result<DatasetSplit> split = splitDataset(dataset, options);
    if (!split) return split.error();
    const QString partsPath = workDir + QStringLiteral("/anchor-parts.json");
    {
        QFile file(partsPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(QStringLiteral("cannot write %1").arg(partsPath));
        JsonWriter json([&file](const char* data, std::size_t size) {
            return file.write(data, qint64(size)) == qint64(size);
        });
        json.beginObject().key("classes").value(int(dataset.classes.size()));
        writePart(json, "train", dataset, split->train(), false);
        writePart(json, "validation", dataset, split->validation(), false);
        writePart(json, "test", dataset, split->test(), true);
        json.key("medley").beginObject().key("mfcc").beginArray();
        for (const MedleyWindows& m : medleys)
            for (const MfccMatrix& w : m.windows) {
                json.beginArray();
                for (int f = 0; f < w.frames; ++f)
                    json.values(w.data.data() + std::size_t(f) * std::size_t(w.coefficients),
                                std::size_t(w.coefficients));
                json.endArray();
            }
        json.endArray().key("labels").beginArray();
        for (const MedleyWindows& m : medleys)
            for (int label : m.labels)
                json.value(label);
        json.endArray().endObject().endObject();
        if (!json.flush()) return makeError(QStringLiteral("cannot write %1").arg(partsPath));
    }
    const int anchorEpochs = epochs > 0 ? epochs : (kind == QLatin1String("cnn") ? 30 : 50);
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const std::string& name : ownThreadPolicyVariables()) // PyTorch with its own defaults
        environment.remove(QString::fromStdString(name));
    python.setProcessEnvironment(environment);
    python.start(pythonProgram(),
                 {script, QStringLiteral(HHS_ANCHOR_DIR "/seed_torch.py"), partsPath, kind,
                  QString::number(anchorEpochs), QString::number(seed)});
    if (!python.waitForFinished(-1) || python.exitCode() != 0)
        return makeError(
            QStringLiteral("the anchor failed: %1").arg(QString::fromUtf8(python.readAll())));
    const QString out = QString::fromUtf8(python.readAll());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("test_acc=([0-9.]+) recording_acc=([0-9.]+) "
                                          "medley_acc=([0-9.]+)"))
            .match(out);
    if (!m.hasMatch()) return makeError(QStringLiteral("the anchor printed: %1").arg(out));
    return Scores{m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()};
}

} // namespace hhs::bench
