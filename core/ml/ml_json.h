// The published JSON forms of training and prediction (hiphop-cli's --json, exports from the
// window): one object per call, written to a streaming JsonWriter. Torch-free; any thread
// (one writer per output).
#pragma once

#include "formats/json_writer.h"
#include "ml/model.h"
#include "ml/predictor.h"
#include "ml/split.h"

namespace hhs {

// {"event":"split","method":"by-recording","optimistic":false,"parts":{"train":{"trap":{"tracks":n,
// "segments":n},...},...}}
void writeSplitJson(JsonWriter& json, const SplitSummary& split);
// {"event":"epoch","epoch":E,"train_loss":..,"train_acc":..,"val_loss":..,"val_acc":..,"seconds":..}
void writeEpochJson(JsonWriter& json, const EpochMetrics& epoch);
// {"event":"result","test_acc","test_loss","best_epoch","cancelled","stopped_early","optimistic",
// "classes":[..],"confusion":[[..]] (rows = truth),"per_class":[{"class","precision","recall"}],
// "test_recording_acc","test_recordings","recording_confusion":[[..]],"still_improving",
// "init":"pytorch"|"keras","trained_on_all","model":path}
void writeTrainingResultJson(JsonWriter& json, const ModelInfo& info, bool stoppedEarly,
                             const QString& modelPath);
// {"file","model","windows":[{"start","end","class","probabilities":{name:p}}],
// "stretches":[{"start","end","class","confidence"}],"verdict":{"class","probabilities"}}
void writePredictionJson(JsonWriter& json, const Prediction& prediction, const QString& modelPath);

} // namespace hhs
