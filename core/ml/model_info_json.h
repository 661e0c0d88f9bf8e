// ModelInfo and its parts in their one JSON form: the metadata stored in a model file and in a
// run's details, and the fields of hiphop-cli's --json events (ml_json.h). Readers throw nlohmann
// exceptions on missing or mistyped fields; the callers turn them into errors. Torch-free; any
// thread.
#pragma once

#include "ml/model.h"

#include <nlohmann/json.hpp>

namespace hhs {

nlohmann::json modelInfoToJson(const ModelInfo& info);
Result<ModelInfo> modelInfoFromJson(const nlohmann::json& json);

nlohmann::json evaluationToJson(const Evaluation& evaluation, const QStringList& classes);
nlohmann::json splitSummaryToJson(const SplitSummary& summary);
nlohmann::json epochToJson(const EpochMetrics& epoch);

} // namespace hhs
