// Internal to hhs_ml: ModelInfo as the JSON metadata stored in a model file. Readers throw
// nlohmann exceptions on missing or mistyped fields; the model file loader turns them into errors.
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
