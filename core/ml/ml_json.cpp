#include "ml/ml_json.h"

#include "ml/model_info_json.h"

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
// {"event": NAME, then the fields of `fields`, an object in the stored form}.
void writeEvent(JsonWriter& json, const char* name, const nlohmann::json& fields)
{
    json.beginObject().key("event").value(name);
    for (const auto& [key, value] : fields.items())
        json.key(std::string_view(key)).serialized(value.dump());
    json.endObject();
}
} // namespace

void writeSplitJson(JsonWriter& json, const SplitSummary& split)
{
    writeEvent(json, "split", splitSummaryToJson(split));
}

void writeEpochJson(JsonWriter& json, const EpochMetrics& epoch)
{
    writeEvent(json, "epoch", epochToJson(epoch));
}

void writeTrainingResultJson(JsonWriter& json, const ModelInfo& info, bool stoppedEarly,
                             const QString& modelPath)
{
    nlohmann::json fields = modelInfoToJson(info);
    fields["model"] = modelPath.toStdString();
    fields["stopped_early"] = stoppedEarly;
    fields["still_improving"] = stillImproving(info);
    writeEvent(json, "result", fields);
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
