// PredictedFile: one finished prediction as the prediction views show it (the file, the model,
// the decoded signal for the waveform and playback, and the model's answer), plus the colour
// and time helpers those views share. Immutable once made: built on a worker, shared by
// shared_ptr<const>; the helpers are pure (any thread).
#pragma once

#include "audio/loader.h"
#include "ml/predictor.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <memory>
#include <vector>

namespace hhs::ui {

struct PredictedFile
{
    QString path;      // the audio file
    QString modelPath; // the model that answered
    QString modelName; // how the user knows that model ("CNN, 12 May"); may be empty
    std::shared_ptr<const LoadedAudio> audio;
    Prediction prediction;
};

// Class name -> colour, from the project's classes (ClassRecord::color).
using ClassColours = QHash<QString, QColor>;

// The colour of a class: the project's when it has one, else a fixed palette colour picked by
// the class's index in the model (so one model's classes always look the same).
QColor classColour(const ClassColours& colours, const QString& name, int index);
// One colour per class of `prediction`, in the model's order.
std::vector<QColor> classColours(const ClassColours& colours, const Prediction& prediction);

// The length of the decoded signal, also once its samples were released (see
// withoutSamples): from the overview, which is kept.
double audioSeconds(const LoadedAudio& audio);
// The same result without the decoded samples (the overview stays, so the waveform still
// draws); playback needs them loaded again. A result of a 20-minute file drops ~100 MB to ~5.
std::shared_ptr<const PredictedFile> withoutSamples(const PredictedFile& result);
// True when the result's samples are there to be played.
bool hasSamples(const PredictedFile& result);

// The highest class probability of a window (its confidence); 0 for an empty window.
double windowConfidence(const PredictionWindow& window);

} // namespace hhs::ui
