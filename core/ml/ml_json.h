// The published JSON forms of training and prediction (hiphop-cli's --json, exports from the
// window): one object per call, written to a streaming JsonWriter. Torch-free; any thread
// (one writer per output).
#pragma once

#include "formats/json_writer.h"
#include "ml/model.h"
#include "ml/predictor.h"
#include "ml/split.h"

namespace hhs {

// Each event is {"event": NAME, ...} with the fields of the struct's one JSON form, the form
// stored in model files (model_info_json.h), so a script reads the same keys in both.
// {"event":"split", "method","optimistic","seed","classes","parts":{"train":{CLASS:{"tracks",
// "segments"}},...}}
void writeSplitJson(JsonWriter& json, const SplitSummary& split);
// {"event":"epoch", "epoch","train_loss","train_acc","val_loss","val_acc","seconds"}
void writeEpochJson(JsonWriter& json, const EpochMetrics& epoch);
// {"event":"result", the model file's metadata ("architecture","classes","training",
// "history","best_epoch","cancelled","split","test":{"loss","accuracy","confusion" (rows =
// truth),"per_class"},"test_recordings":{the same by recording},"trained_on_all",...),
// "model": path, "stopped_early", "still_improving"}
void writeTrainingResultJson(JsonWriter& json, const ModelInfo& info, bool stoppedEarly,
                             const QString& modelPath);
// {"file","model","windows":[{"start","end","class","probabilities":{name:p}}],
// "stretches":[{"start","end","class","confidence"}],"verdict":{"class","probabilities"}}
void writePredictionJson(JsonWriter& json, const Prediction& prediction, const QString& modelPath);

} // namespace hhs
