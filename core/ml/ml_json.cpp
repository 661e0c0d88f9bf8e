#include "ml/ml_json.h"

namespace hhs {
namespace {

template <typename Number>
void writeProbabilities(JsonWriter& json, const QStringList& classes, const std::vector<Number>& p)
{
    json.beginObject();
    for (int c = 0; c < classes.size() && c < int(p.size()); ++c)
        json.key(classes[c]).value(double(p[std::size_t(c)]));
    json.endObject();
}
} // namespace

void writeSplitJson(JsonWriter& json, const SplitSummary& split)
{
    json.beginObject().key("event").value("split");
    json.key("method").value(splitMethodName(split.method));
    json.key("optimistic").value(split.optimistic()).key("parts").beginObject();
    for (int p = 0; p < kSplitParts; ++p) {
        json.key(splitPartName(p)).beginObject();
        for (int c = 0; c < split.classes.size(); ++c) {
            const SplitCount& n = split.composition[std::size_t(p)][std::size_t(c)];
            json.key(split.classes[c]).beginObject();
            json.key("tracks").value(n.tracks).key("segments").value(n.segments).endObject();
        }
        json.endObject();
    }
    json.endObject().endObject();
}

void writeEpochJson(JsonWriter& json, const EpochMetrics& m)
{
    json.beginObject().key("event").value("epoch").key("epoch").value(m.epoch);
    json.key("train_loss").value(m.trainLoss).key("train_acc").value(m.trainAccuracy);
    json.key("val_loss").value(m.validationLoss).key("val_acc").value(m.validationAccuracy);
    json.key("seconds").value(m.seconds).endObject();
}

void writeTrainingResultJson(JsonWriter& json, const ModelInfo& info, bool stoppedEarly,
                             const QString& modelPath)
{
    const Evaluation& test = info.test;
    json.beginObject().key("event").value("result");
    json.key("test_acc").value(test.accuracy).key("test_loss").value(test.loss);
    json.key("best_epoch").value(info.bestEpoch).key("cancelled").value(info.cancelled);
    json.key("stopped_early").value(stoppedEarly);
    json.key("optimistic").value(info.split.optimistic());
    json.key("classes").beginArray();
    for (const QString& name : info.classes)
        json.value(name);
    json.endArray().key("confusion").beginArray();
    for (const auto& row : test.confusion) {
        json.beginArray();
        for (int count : row)
            json.value(count);
        json.endArray();
    }
    json.endArray().key("per_class").beginArray();
    for (int c = 0; c < info.classes.size() && c < int(test.confusion.size()); ++c) {
        json.beginObject().key("class").value(info.classes[c]);
        json.key("precision").value(test.precision(c)).key("recall").value(test.recall(c));
        json.endObject();
    }
    json.endArray();
    const Evaluation& recordings = info.testRecordings;
    json.key("test_recording_acc").value(recordings.accuracy);
    json.key("test_recordings").value(recordings.total());
    json.key("recording_confusion").beginArray();
    for (const auto& row : recordings.confusion) {
        json.beginArray();
        for (int count : row)
            json.value(count);
        json.endArray();
    }
    json.endArray();
    json.key("still_improving").value(stillImproving(info));
    json.key("init").value(weightInitName(info.settings.init));
    json.key("trained_on_all").value(info.trainedOnAll);
    json.key("model").value(modelPath).endObject();
}

void writePredictionJson(JsonWriter& json, const Prediction& prediction, const QString& modelPath)
{
    const QStringList& classes = prediction.classes;
    json.beginObject().key("file").value(prediction.file).key("model").value(modelPath);
    json.key("windows").beginArray();
    for (const PredictionWindow& w : prediction.windows) {
        json.beginObject().key("start").value(w.start).key("end").value(w.end);
        json.key("class").value(classes.value(w.classIndex)).key("probabilities");
        writeProbabilities(json, classes, w.probabilities);
        json.endObject();
    }
    json.endArray().key("stretches").beginArray();
    for (const PredictionStretch& s : prediction.stretches) {
        json.beginObject().key("start").value(s.start).key("end").value(s.end);
        json.key("class").value(classes.value(s.classIndex)).key("confidence").value(s.confidence);
        json.endObject();
    }
    json.endArray().key("verdict").beginObject();
    json.key("class").value(classes.value(prediction.verdictClass)).key("probabilities");
    writeProbabilities(json, classes, prediction.verdictProbabilities);
    json.endObject().endObject();
}

} // namespace hhs
