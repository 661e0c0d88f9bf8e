#include "predict/predicted_file.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace hhs::ui {
namespace {
// Tableau 10: distinct at a glance and readable on white.
constexpr std::array<QRgb, 10> kPalette = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                           0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
} // namespace

QColor classColour(const ClassColours& colours, const QString& name, int index)
{
    const auto it = colours.constFind(name);
    if (it != colours.constEnd() && it->isValid()) return *it;
    const std::size_t slot = std::size_t(std::max(index, 0)) % kPalette.size();
    return QColor::fromRgb(kPalette[slot]);
}

std::vector<QColor> classColours(const ClassColours& colours, const Prediction& prediction)
{
    std::vector<QColor> result;
    result.reserve(std::size_t(prediction.classes.size()));
    for (int i = 0; i < prediction.classes.size(); ++i)
        result.push_back(classColour(colours, prediction.classes[i], i));
    return result;
}

double windowConfidence(const PredictionWindow& window)
{
    if (window.probabilities.empty()) return 0;
    return *std::max_element(window.probabilities.begin(), window.probabilities.end());
}

double audioSeconds(const LoadedAudio& audio)
{
    if (audio.sampleRate <= 0) return 0;
    const std::int64_t count =
        std::max<std::int64_t>(std::int64_t(audio.samples.size()), audio.peaks.sampleCount());
    return double(count) / audio.sampleRate;
}

std::shared_ptr<const PredictedFile> withoutSamples(const PredictedFile& result)
{
    auto lighter = std::make_shared<PredictedFile>(result);
    if (result.audio) {
        auto audio = std::make_shared<LoadedAudio>();
        audio->source = result.audio->source;
        audio->sampleRate = result.audio->sampleRate;
        audio->peaks = result.audio->peaks;
        lighter->audio = std::move(audio);
    }
    return lighter;
}

bool hasSamples(const PredictedFile& result)
{
    return result.audio && !result.audio->samples.empty();
}

} // namespace hhs::ui
