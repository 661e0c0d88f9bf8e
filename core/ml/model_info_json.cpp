#include "ml/model_info_json.h"

#include "formats/json_numbers.h"
#include "jobs/text.h"

#include <cfloat>

namespace hhs {
namespace {
using nlohmann::json;

std::string utf8(const QString& text)
{
    return text.toStdString();
}
QString qstr(const json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

// Floats stored as JSON numbers; one outside float's range would be undefined to convert.
std::vector<float> floatsAt(const json& object, const char* key)
{
    std::vector<float> out;
    for (const json& value : object.at(key)) {
        if (!value.is_number()) throw JsonNumberError(std::string(key) + " holds a non-number");
        const double number = value.get<double>();
        if (!std::isfinite(number) || std::fabs(number) > double(FLT_MAX))
            throw JsonNumberError(std::string(key) + " holds " + value.dump() +
                                  ", outside what a float holds");
        out.push_back(float(number));
    }
    return out;
}

constexpr int kMaxFrames = 1000000;
constexpr int kMaxCoefficients = 10000;
constexpr int kMaxClasses = 10000;

json classesToJson(const QStringList& classes)
{
    json list = json::array();
    for (const QString& name : classes)
        list.push_back(utf8(name));
    return list;
}
} // namespace

json epochToJson(const EpochMetrics& epoch)
{
    return {{"epoch", epoch.epoch},
            {"train_loss", epoch.trainLoss},
            {"train_acc", epoch.trainAccuracy},
            {"val_loss", epoch.validationLoss},
            {"val_acc", epoch.validationAccuracy},
            {"seconds", epoch.seconds}};
}

json evaluationToJson(const Evaluation& evaluation, const QStringList& classes)
{
    json perClass = json::array();
    for (int c = 0; c < int(evaluation.confusion.size()) && c < classes.size(); ++c)
        perClass.push_back({{"class", utf8(classes[c])},
                            {"precision", evaluation.precision(c)},
                            {"recall", evaluation.recall(c)}});
    return {{"loss", evaluation.loss},
            {"accuracy", evaluation.accuracy},
            {"confusion", evaluation.confusion},
            {"per_class", perClass}};
}

Result<Evaluation> evaluationFromJson(const json& j, int classes)
{
    Evaluation evaluation;
    evaluation.loss = j.at("loss").get<double>();
    evaluation.accuracy = j.at("accuracy").get<double>();
    for (const json& row : j.at("confusion")) {
        std::vector<int>& counts = evaluation.confusion.emplace_back();
        for (const json& count : row)
            counts.push_back(int(jsonInteger(count, "confusion", 0, INT32_MAX)));
    }
    if (evaluation.confusion.empty()) return evaluation; // not measured (older files)
    for (const auto& row : evaluation.confusion)
        if (evaluation.confusion.size() != std::size_t(classes) ||
            row.size() != std::size_t(classes))
            return makeError(
                translate("hhs::Model", "the confusion matrix does not match the %1 classes")
                    .arg(classes));
    return evaluation;
}

json splitSummaryToJson(const SplitSummary& summary)
{
    json parts = json::object();
    for (int p = 0; p < kSplitParts; ++p) {
        json perClass = json::object();
        for (int c = 0;
             c < summary.classes.size() && c < int(summary.composition[std::size_t(p)].size());
             ++c) {
            const SplitCount& count = summary.composition[std::size_t(p)][std::size_t(c)];
            perClass[utf8(summary.classes[c])] = {{"tracks", count.tracks},
                                                  {"segments", count.segments}};
        }
        parts[utf8(splitPartName(p))] = perClass;
    }
    return {{"method", utf8(splitMethodName(summary.method))},
            {"optimistic", summary.optimistic()},
            {"seed", summary.seed},
            {"classes", classesToJson(summary.classes)},
            {"parts", parts}};
}

json modelInfoToJson(const ModelInfo& info)
{
    json history = json::array();
    for (const EpochMetrics& epoch : info.history)
        history.push_back(epochToJson(epoch));
    const TrainingSettings& s = info.settings;
    return {
        {"architecture",
         {{"kind", utf8(modelKindName(info.kind))},
          {"frames", info.frames},
          {"coefficients", info.coefficients},
          {"outputs", info.classes.size()}}},
        {"classes", classesToJson(info.classes)},
        {"feature_params", utf8(info.params.key())},
        {"segment_seconds", info.segmentSeconds},
        {"normalisation", {{"mean", info.normalisation.mean}, {"std", info.normalisation.stddev}}},
        {"training",
         {{"epochs", s.epochs},
          {"batch", s.batchSize},
          {"lr", s.effectiveLearningRate()},
          {"split", utf8(splitMethodName(s.split.method))},
          {"test_fraction", s.split.testFraction},
          {"validation_fraction", s.split.validationFraction},
          {"seed", s.split.seed},
          {"threads", s.threads},
          {"patience", s.patience},
          {"init", utf8(weightInitName(s.init))},
          {"lstm_readout", utf8(lstmReadoutName(s.lstmReadout))},
          {"time_mask", s.effectiveMasking().frames},
          {"coefficient_mask", s.effectiveMasking().coefficients}}},
        {"history", history},
        {"best_epoch", info.bestEpoch},
        {"cancelled", info.cancelled},
        {"split", splitSummaryToJson(info.split)},
        {"test", evaluationToJson(info.test, info.classes)},
        {"test_recordings", evaluationToJson(info.testRecordings, info.classes)},
        {"trained_on_all", info.trainedOnAll},
        {"studio_version", utf8(info.studioVersion)},
        {"created", utf8(info.created)}};
}

QString modelSummaryJson(const ModelInfo& info)
{
    return QString::fromStdString(modelInfoToJson(info).dump());
}

Result<ModelInfo> modelInfoFromJson(const json& j)
{
    ModelInfo info;
    const json& arch = j.at("architecture");
    Result<ModelKind> kind = modelKindFromName(qstr(arch.at("kind")));
    if (!kind) return kind.error();
    info.kind = *kind;
    info.frames = jsonInt(arch, "frames", 1, kMaxFrames);
    info.coefficients = jsonInt(arch, "coefficients", 1, kMaxCoefficients);
    for (const json& name : j.at("classes"))
        info.classes << qstr(name);
    const int outputs = jsonInt(arch, "outputs", 1, kMaxClasses);
    if (outputs != info.classes.size())
        return makeError(translate("hhs::Model", "the model has %1 outputs but names %2 classes")
                             .arg(outputs)
                             .arg(info.classes.size()));
    Result<FeatureParams> params = FeatureParams::fromKey(qstr(j.at("feature_params")));
    if (!params) return params.error();
    if (Status valid = params->validate(); !valid) return valid.error();
    info.params = *params;
    info.segmentSeconds = jsonNumber(j, "segment_seconds", 0.01, 3600.0);
    info.normalisation.mean = floatsAt(j.at("normalisation"), "mean");
    info.normalisation.stddev = floatsAt(j.at("normalisation"), "std");

    const json& t = j.at("training");
    TrainingSettings& s = info.settings;
    s.kind = info.kind;
    s.epochs = jsonInt(t, "epochs", 0, 1000000);
    s.batchSize = jsonInt(t, "batch", 1, 1 << 20);
    s.learningRate = jsonNumber(t, "lr", 0.0, 1e6);
    Result<SplitMethod> method = splitMethodFromName(qstr(t.at("split")));
    if (!method) return method.error();
    s.split.method = *method;
    s.split.testFraction = jsonNumber(t, "test_fraction", 0.0, 1.0);
    s.split.validationFraction = jsonNumber(t, "validation_fraction", 0.0, 1.0);
    s.split.seed = std::uint64_t(jsonInteger(t.at("seed"), "seed", 0, INT64_MAX));
    s.threads = jsonInt(t, "threads", 1, 4096);
    s.patience = jsonInt(t, "patience", 0, 1000000);
    // Models from before the initialisation was a setting started from Keras's.
    Result<WeightInit> init = weightInitFromName(qstr(t.value("init", json("keras"))));
    if (!init) return init.error();
    s.init = *init;
    // Models from before these were settings read the LSTM's last step and trained unmasked.
    Result<LstmReadout> readout = lstmReadoutFromName(qstr(t.value("lstm_readout", json("last"))));
    if (!readout) return readout.error();
    s.lstmReadout = *readout;
    const InputMasking masking{
        t.contains("time_mask") ? jsonInt(t, "time_mask", 0, kMaxFrames) : 0,
        t.contains("coefficient_mask") ? jsonInt(t, "coefficient_mask", 0, kMaxCoefficients) : 0};
    s.masking = masking;

    for (const json& e : j.at("history"))
        info.history.push_back({jsonInt(e, "epoch", 1, 1000000), e.at("train_loss").get<double>(),
                                e.at("train_acc").get<double>(), e.at("val_loss").get<double>(),
                                e.at("val_acc").get<double>(), e.at("seconds").get<double>()});
    info.bestEpoch = jsonInt(j, "best_epoch", 0, 1000000);
    info.cancelled = j.at("cancelled").get<bool>();

    const json& split = j.at("split");
    info.split.method = s.split.method;
    info.split.seed = std::uint64_t(jsonInteger(split.at("seed"), "seed", 0, INT64_MAX));
    for (const json& name : split.at("classes"))
        info.split.classes << qstr(name);
    for (int p = 0; p < kSplitParts; ++p) {
        const json& part = split.at("parts").at(utf8(splitPartName(p)));
        for (const QString& name : info.split.classes) {
            const json& count = part.at(utf8(name));
            info.split.composition[std::size_t(p)].push_back(
                {jsonInt(count, "tracks", 0), jsonInt(count, "segments", 0)});
        }
    }
    Result<Evaluation> test = evaluationFromJson(j.at("test"), info.classes.size());
    if (!test) return test.error();
    info.test = *test;
    if (const auto it = j.find("test_recordings"); it != j.end()) {
        Result<Evaluation> recordings = evaluationFromJson(*it, info.classes.size());
        if (!recordings) return recordings.error();
        info.testRecordings = *recordings;
    }
    info.trainedOnAll = j.value("trained_on_all", false);
    info.studioVersion = qstr(j.at("studio_version"));
    info.created = qstr(j.at("created"));
    return info;
}

} // namespace hhs
