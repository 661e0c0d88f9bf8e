// hiphop-cli train / predict / runs: the learning half of core from the command line. LibTorch
// comes through the MlEngine (loaded only when a command trains or predicts), as in the studio.
#include "cli/cli_command.h"
#include "dataset/dataset_builder.h"
#include "dataset/notebook_json.h"
#include "formats/input_file.h"
#include "formats/json_writer.h"
#include "jobs/text.h"
#include "ml/ml_engine.h"
#include "ml/ml_json.h"
#include "ml/training_preview.h"
#include "ml/training_run.h"
#include "project/project.h"

#include <QDateTime>
#include <QFileInfo>
#include <climits>
#include <csignal>

namespace hhs::cli {
namespace {
const QString kJson = QStringLiteral("--json");
const QString kThenAll = QStringLiteral("--then-all");

CancelToken g_interrupt;
extern "C" void onInterrupt(int)
{
    g_interrupt.cancel();
}

QString number(double value, int decimals = 4)
{
    return QString::number(value, 'f', decimals);
}

int finishJson(JsonWriter& json)
{
    if (!json.flush())
        return fail(translate("hhs::cli", "could not write the output (disk full or pipe closed)"));
    printOut(QStringLiteral("\n"));
    return 0;
}

Result<TrainingSettings> trainingSettings(const CliArgs& args)
{
    TrainingSettings s;
    const std::optional<QString> model = args.value(QStringLiteral("--model"));
    if (!model) return makeError(translate("hhs::cli", "train needs --model cnn or --model lstm"));
    Result<ModelKind> kind = modelKindFromName(*model);
    if (!kind) return kind.error();
    s.kind = *kind;
    Result<int> epochs = args.integer(QStringLiteral("--epochs"),
                                      TrainingSettings::defaultEpochs(s.kind), 1, 100000);
    Result<int> batch = args.integer(QStringLiteral("--batch"), kNotebookBatchSize, 1, 65536);
    Result<double> lr = args.number(QStringLiteral("--lr"),
                                    TrainingSettings::defaultLearningRate(s.kind), 1e-12, 10.0);
    Result<int> seed = args.integer(QStringLiteral("--seed"), 0, 0, INT_MAX);
    Result<int> threads =
        args.integer(QStringLiteral("--threads"), defaultTrainingThreads(), 1, 256);
    Result<int> patience = args.integer(QStringLiteral("--patience"), 0, 0, 100000);
    if (!epochs) return epochs.error();
    if (!batch) return batch.error();
    if (!lr) return lr.error();
    if (!seed) return seed.error();
    if (!threads) return threads.error();
    if (!patience) return patience.error();
    s.epochs = *epochs;
    s.batchSize = *batch;
    s.learningRate = *lr;
    s.split.seed = std::uint64_t(*seed);
    s.threads = *threads;
    s.patience = *patience;
    Result<WeightInit> init =
        weightInitFromName(args.value(QStringLiteral("--init")).value_or(weightInitName(s.init)));
    if (!init) return init.error();
    s.init = *init;
    Result<LstmReadout> readout = lstmReadoutFromName(
        args.value(QStringLiteral("--lstm-readout")).value_or(lstmReadoutName(s.lstmReadout)));
    if (!readout) return readout.error();
    s.lstmReadout = *readout;
    const InputMasking masks = TrainingSettings::defaultMasking(s.kind);
    Result<int> timeMask = args.integer(QStringLiteral("--time-mask"), masks.frames, 0, 100000);
    Result<int> coefficientMask =
        args.integer(QStringLiteral("--coefficient-mask"), masks.coefficients, 0, 100000);
    if (!timeMask) return timeMask.error();
    if (!coefficientMask) return coefficientMask.error();
    s.masking = InputMasking{*timeMask, *coefficientMask};
    Result<SplitMethod> split = splitMethodFromName(
        args.value(QStringLiteral("--split")).value_or(QStringLiteral("by-recording")));
    if (!split) return split.error();
    s.split.method = *split;
    return s;
}

// The training data: from the project's labels, or from a notebook-format JSON file.
Result<Dataset> trainingData(const CliContext& context, const CliArgs& args, int threads,
                             const JobControl& job)
{
    const std::optional<QString> data = args.value(QStringLiteral("--data"));
    if (data && !context.projectPath.isEmpty())
        return makeError(translate("hhs::cli", "train takes --project or --data, not both"));
    if (data) {
        if (args.has(QStringLiteral("--segment-seconds")))
            return makeError(translate("hhs::cli",
                                       "--segment-seconds applies to --project; a JSON file's "
                                       "segments are already cut"));
        return readNotebookJson(*data, job);
    }
    if (context.projectPath.isEmpty())
        return makeError(translate("hhs::cli",
                                   "train needs data: hiphop-cli --project FILE train ... or "
                                   "hiphop-cli train --data DATA.json ..."));
    Result<std::unique_ptr<Project>> project = Project::open(context.projectPath);
    if (!project) return project.error();
    DatasetOptions options;
    Result<double> seconds =
        args.number(QStringLiteral("--segment-seconds"), kNotebookSegmentSeconds, 0.1, 600.0);
    if (!seconds) return seconds.error();
    options.segmentSeconds = *seconds;
    options.threads = std::max(threads, 2);
    return buildDataset(**project, options, job);
}

void printSplit(const SplitSummary& split, bool json)
{
    if (json) {
        JsonWriter out(stdout);
        writeSplitJson(out, split);
        out.flush();
        printOut(QStringLiteral("\n"));
        std::fflush(stdout); // a script reading the events sees the split as training starts
        return;
    }
    printOut(
        split.optimistic()
            ? translate("hhs::cli", "split=random (optimistic: segments of one recording can be in "
                                    "both training and test)\n")
            : translate("hhs::cli", "split=by-recording (every recording in one part only)\n"));
    for (int p = 0; p < kSplitParts; ++p) {
        QStringList parts;
        for (int c = 0; c < split.classes.size(); ++c) {
            const SplitCount& n = split.composition[std::size_t(p)][std::size_t(c)];
            parts << translate("hhs::cli", "%1: %2 tracks, %3 segments")
                         .arg(split.classes[c])
                         .arg(n.tracks)
                         .arg(n.segments);
        }
        printOut(QStringLiteral("  %1  %2\n")
                     .arg(splitPartName(p), -10)
                     .arg(parts.join(QStringLiteral("; "))));
    }
    std::fflush(stdout);
}

void printEpoch(const EpochMetrics& m, bool json)
{
    if (json) {
        JsonWriter out(stdout);
        writeEpochJson(out, m);
        out.flush();
        printOut(QStringLiteral("\n"));
    } else {
        printOut(QStringLiteral(
                     "epoch=%1 train_loss=%2 train_acc=%3 val_loss=%4 val_acc=%5 seconds=%6\n")
                     .arg(m.epoch)
                     .arg(number(m.trainLoss), number(m.trainAccuracy), number(m.validationLoss),
                          number(m.validationAccuracy), number(m.seconds, 3)));
    }
    std::fflush(stdout);
}

int printResult(const RecordedRun& outcome, bool json)
{
    const ModelInfo& info = outcome.details.info;
    const QString& modelPath = outcome.modelPath;
    const Evaluation& test = info.test;
    if (json) {
        JsonWriter out(stdout);
        writeTrainingResultJson(out, info, outcome.stoppedEarly, modelPath);
        return finishJson(out);
    }
    if (outcome.cancelled())
        printOut(translate("hhs::cli", "cancelled: keeping the best of the finished epochs\n"));
    if (outcome.stoppedEarly)
        printOut(translate("hhs::cli", "stopped early: validation loss no longer improved\n"));
    if (stillImproving(info))
        printOut(
            translate("hhs::cli", "still improving at epoch %1: more epochs may help (--epochs)\n")
                .arg(info.history.back().epoch));
    printOut(translate("hhs::cli", "trained: %1\n").arg(describeTraining(info)));
    printOut(QStringLiteral("best_epoch=%1\ntest_acc=%2\ntest_loss=%3\n")
                 .arg(info.bestEpoch)
                 .arg(number(test.accuracy), number(test.loss)));
    if (!info.testRecordings.confusion.empty())
        printOut(translate("hhs::cli",
                           "test_recording_acc=%1 (%n test recordings, each classified by the "
                           "mean of its segments)\n",
                           nullptr, info.testRecordings.total())
                     .arg(number(info.testRecordings.accuracy)));
    if (info.split.optimistic())
        printOut(translate("hhs::cli", "(random split: this test accuracy is optimistic)\n"));
    printOut(
        translate("hhs::cli", "confusion (rows = truth, columns = predicted in this order: %1)\n")
            .arg(info.classes.join(QStringLiteral(", "))));
    for (int c = 0; c < info.classes.size(); ++c) {
        QStringList counts;
        for (int count : test.confusion[std::size_t(c)])
            counts << QString::number(count);
        printOut(QStringLiteral("  %1  %2   precision=%3 recall=%4\n")
                     .arg(info.classes[c], -12)
                     .arg(counts.join(QLatin1Char(' ')), number(test.precision(c), 3),
                          number(test.recall(c), 3)));
    }
    const Evaluation& recordings = info.testRecordings;
    if (!recordings.confusion.empty()) {
        printOut(translate("hhs::cli", "confusion by recording (rows = truth)\n"));
        for (int c = 0; c < info.classes.size(); ++c) {
            QStringList counts;
            for (int count : recordings.confusion[std::size_t(c)])
                counts << QString::number(count);
            printOut(QStringLiteral("  %1  %2\n")
                         .arg(info.classes[c], -12)
                         .arg(counts.join(QLatin1Char(' '))));
        }
    }
    if (info.trainedOnAll)
        printOut(translate("hhs::cli",
                           "the saved model was trained again on every labelled segment for "
                           "%n epochs; the scores above are the held-out ones measured "
                           "before\n",
                           nullptr, info.bestEpoch));
    printOut(translate("hhs::cli", "saved %1\n").arg(modelPath));
    return 0;
}

int runTrain(const CliContext& context, const CliArgs& args)
{
    const std::optional<QString> out = args.value(QStringLiteral("--out"));
    if (!out || !args.positional().isEmpty())
        return fail(translate(
            "hhs::cli",
            "usage: hiphop-cli [--project FILE] train --model cnn|lstm [--data DATA.json] "
            "--out MODEL [options]"));
    Result<TrainingSettings> settings = trainingSettings(args);
    if (!settings) return fail(settings.message());
    const bool json = args.flag(kJson);
    g_interrupt.reset();
    const JobControl progress = progressOnStderr(context, &g_interrupt);
    Result<Dataset> dataset = trainingData(context, args, settings->threads, progress.part(0, 0.1));
    if (!dataset) return fail(dataset.message());
    // The Train panel's advice, on stderr so JSON on stdout stays clean (when the split cannot
    // be made, its error says what to do instead).
    if (const TrainingPreview preview = previewTraining(*dataset, settings->split);
        !context.quiet && preview.canTrain())
        for (const QString& warning : preview.warnings)
            printErr(translate("hhs::cli", "warning: %1").arg(warning) + QLatin1Char('\n'));

    TrainingObserver observer;
    observer.onSplit = [json](const SplitSummary& split) { printSplit(split, json); };
    observer.onEpoch = [json](const EpochMetrics& m) { printEpoch(m, json); };
    TrainingRunRequest request;
    request.settings = *settings;
    request.modelPath = *out;
    request.projectPath = context.projectPath; // a JSON dataset's run is not recorded
    request.runName = args.value(QStringLiteral("--name")).value_or(QString());
    request.thenAllLabels = args.flag(kThenAll);
    auto previous = std::signal(SIGINT, onInterrupt); // Ctrl-C: stop after the current batch
    Result<RecordedRun> run = trainAndRecord(*dataset, request, observer, progress.part(0.1, 1));
    std::signal(SIGINT, previous);
    if (!run) return fail(run.message());
    return printResult(*run, json);
}

QString probabilitiesText(const QStringList& classes, const std::vector<double>& p)
{
    QStringList parts;
    for (int c = 0; c < classes.size(); ++c)
        parts << QStringLiteral("%1=%2").arg(classes[c], number(p[std::size_t(c)], 3));
    return parts.join(QLatin1Char(' '));
}

int printPrediction(const Prediction& prediction, const QString& modelPath, bool json)
{
    const QStringList& classes = prediction.classes;
    if (json) {
        JsonWriter out(stdout);
        writePredictionJson(out, prediction, modelPath);
        return finishJson(out);
    }
    printOut(
        translate("hhs::cli", "file: %1\nmodel: %2\nwindows:\n").arg(prediction.file, modelPath));
    for (const PredictionWindow& w : prediction.windows)
        printOut(QStringLiteral("  %1-%2  %3  %4\n")
                     .arg(number(w.start, 3), number(w.end, 3), classes[w.classIndex])
                     .arg(probabilitiesText(classes, std::vector<double>(w.probabilities.begin(),
                                                                         w.probabilities.end()))));
    printOut(translate("hhs::cli", "stretches:\n"));
    for (const PredictionStretch& s : prediction.stretches)
        printOut(QStringLiteral("  %1-%2  %3 (%4)\n")
                     .arg(number(s.start, 3), number(s.end, 3), classes[s.classIndex],
                          number(s.confidence, 3)));
    printOut(translate("hhs::cli", "verdict: %1 (%2)\n")
                 .arg(classes[prediction.verdictClass],
                      probabilitiesText(classes, prediction.verdictProbabilities)));
    return 0;
}

int runPredict(const CliContext& context, const CliArgs& args)
{
    const bool intoLayer = args.flag(QStringLiteral("--into-layer"));
    if (args.positional().size() != 2)
        return fail(translate("hhs::cli",
                              "usage: hiphop-cli predict MODEL FILE [--hop SECONDS] [--json], or "
                              "hiphop-cli --project FILE predict MODEL TRACK --into-layer"));
    if (intoLayer && context.projectPath.isEmpty())
        return fail(translate(
            "hhs::cli", "--into-layer writes into a project: hiphop-cli --project FILE predict "
                        "MODEL TRACK --into-layer"));
    Result<double> hop = args.number(QStringLiteral("--hop"), 0.0, 0.001, 86400.0);
    if (!hop) return fail(hop.message());
    Result<int> threads = args.integer(QStringLiteral("--threads"), machineThreads(), 1, 256);
    if (!threads) return fail(threads.message());
    const QString modelPath = args.positional()[0];
    // The file first: a pipe or a missing model is said as such, with or without the engine.
    if (Status usable = checkInputFile(modelPath, kMaxModelFileBytes); !usable)
        return fail(usable.message());
    Result<MlEngine*> engine = loadMlEngine();
    if (!engine) return fail(engine.message());
    Result<std::shared_ptr<const LoadedModel>> model = (*engine)->loadModel(modelPath);
    if (!model) return fail(model.message());

    std::unique_ptr<Project> project;
    std::int64_t trackId = 0;
    QString file = args.positional()[1];
    if (!context.projectPath.isEmpty()) {
        Result<std::unique_ptr<Project>> opened = Project::open(context.projectPath);
        if (!opened) return fail(opened.message());
        project = std::move(*opened);
        Result<TrackRecord> track = project->findTrack(file);
        if (!track) return fail(track.message());
        trackId = track->id;
        file = track->path;
    }
    PredictOptions options;
    options.hopSeconds = args.has(QStringLiteral("--hop")) ? *hop : 0.0;
    options.threads = *threads;
    Result<PredictedAudio> predicted =
        predictAudioFile(**model, file, options, false, progressOnStderr(context));
    if (!predicted) return fail(predicted.message());
    const Prediction* prediction = &predicted->prediction;
    if (intoLayer) {
        std::vector<PredictedRegion> regions;
        for (const PredictionStretch& s : prediction->stretches)
            regions.push_back({s.start, s.end, prediction->classes[s.classIndex], s.confidence});
        if (Status written = project->replacePredictedRegions(trackId, regions); !written)
            return fail(written.message());
        if (!args.flag(kJson)) {
            printOut(translate("hhs::cli", "wrote %1 predicted region(s) into track %2 (%3)\n")
                         .arg(regions.size())
                         .arg(trackId)
                         .arg(file));
            return 0;
        }
    }
    return printPrediction(*prediction, modelPath, args.flag(kJson));
}

int runRuns(const CliContext& context, const CliArgs& args)
{
    if (context.projectPath.isEmpty())
        return fail(translate("hhs::cli", "usage: hiphop-cli --project FILE runs [--json]"));
    Result<std::unique_ptr<Project>> project = Project::open(context.projectPath);
    if (!project) return fail(project.message());
    Result<std::vector<RunRecord>> listed = (*project)->runs();
    if (!listed) return fail(listed.message());
    const std::vector<RunRecord>& runs = *listed;
    if (args.flag(kJson)) {
        JsonWriter out(stdout);
        out.beginArray();
        for (const RunRecord& r : runs)
            out.beginObject()
                .key("id")
                .value(r.id)
                .key("name")
                .value(r.name)
                .key("created")
                .value(QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC).toString(Qt::ISODate))
                .key("model")
                .value(r.modelKind)
                .key("split")
                .value(r.splitMode)
                .key("test_acc")
                .value(r.testAccuracy)
                .key("test_loss")
                .value(r.testLoss)
                .key("file")
                .value(r.modelPath)
                .endObject();
        out.endArray();
        return finishJson(out);
    }
    for (const RunRecord& r : runs)
        printOut(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\ttest_acc=%6\ttest_loss=%7\t%8\n")
                .arg(r.id)
                .arg(oneLine(r.name),
                     QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC).toString(Qt::ISODate),
                     r.modelKind, r.splitMode, number(r.testAccuracy), number(r.testLoss),
                     oneLine(r.modelPath)));
    return 0;
}
} // namespace

HHS_REGISTER_COMMANDS(ml, 40)
{
    table.add(
        {QStringLiteral("train"),
         QStringLiteral(
             "train --model cnn|lstm [--data DATA.json] --out MODEL [--epochs N] [--batch 32] "
             "[--lr 1e-4 (LSTM 3e-4)] [--split by-recording|random] [--seed S] [--threads T] "
             "[--segment-seconds 3] [--patience N] [--init pytorch|keras] [--lstm-readout "
             "max|last] "
             "[--time-mask FRAMES] [--coefficient-mask N] [--then-all] [--name RUN] [--json]"),
         translate("hhs::cli",
                   "Train the notebook's CNN or LSTM on the project's labels (--project) or a "
                   "notebook-format JSON file (--data), and save the model."),
         translate(
             "hhs::cli",
             "Splits by recording unless --split random (the notebook's segment-level split, "
             "whose scores are optimistic). Prints one line per epoch, then test accuracy, "
             "loss and the confusion matrix; --json prints the same as JSON lines. Ctrl-C stops "
             "after the current batch and keeps the best finished epoch. With --project the run "
             "is recorded in the project (see runs), named --name or after its model, epochs "
             "and date as the studio names it. --then-all trains the saved model again on "
             "every labelled segment (train, validation and test) for the run's best number of "
             "epochs, once the held-out scores are measured. --init keras starts from Keras's "
             "initialisers instead of PyTorch's. The LSTM reads each unit's largest value over "
             "the window (--lstm-readout last: the notebook's last step). Each training segment "
             "gets a run of up to --time-mask frames and up to --coefficient-mask coefficients "
             "hidden anew every epoch (LSTM: 30 and 3, CNN: 0 and 0)."),
         {{QStringLiteral("--model"), QStringLiteral("--data"), QStringLiteral("--out"),
           QStringLiteral("--epochs"), QStringLiteral("--batch"), QStringLiteral("--lr"),
           QStringLiteral("--split"), QStringLiteral("--seed"), QStringLiteral("--threads"),
           QStringLiteral("--segment-seconds"), QStringLiteral("--patience"),
           QStringLiteral("--init"), QStringLiteral("--lstm-readout"),
           QStringLiteral("--time-mask"), QStringLiteral("--coefficient-mask"),
           QStringLiteral("--name")},
          {kJson, kThenAll}},
         runTrain});
    table.add(
        {QStringLiteral("predict"),
         QStringLiteral(
             "predict MODEL FILE|TRACK [--hop SECONDS] [--threads T] [--json] [--into-layer]"),
         translate(
             "hhs::cli",
             "Classify an audio file window by window: the timeline of labelled stretches and "
             "an overall verdict."),
         translate("hhs::cli",
                   "Windows are the model's segment length, one every --hop seconds (default: the "
                   "segment length). With --project, TRACK names a track of the project; "
                   "--into-layer writes the stretches as the track's predicted layer."),
         {{QStringLiteral("--hop"), QStringLiteral("--threads")},
          {kJson, QStringLiteral("--into-layer")}},
         runPredict});
    table.add(
        {QStringLiteral("runs"),
         QStringLiteral("runs [--json]"),
         translate("hhs::cli",
                   "List the training runs recorded in the project: name, date, model, split, "
                   "test scores and model file."),
         {},
         {{}, {kJson}},
         runRuns});
}

} // namespace hhs::cli
