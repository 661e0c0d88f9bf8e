// The torch-free parts of model.h: model kind names, the default training threads and the
// evaluation's derived scores.
#include "jobs/text.h"
#include "jobs/thread_pools.h"
#include "ml/model.h"

#include <QStringList>
#include <algorithm>
#include <limits>

namespace hhs {
int defaultTrainingThreads()
{
    return std::min(machineThreads(), 2);
}

QString modelKindName(ModelKind kind)
{
    return kind == ModelKind::Lstm ? QStringLiteral("lstm") : QStringLiteral("cnn");
}

Result<ModelKind> modelKindFromName(const QString& name)
{
    if (name == QLatin1String("cnn")) return ModelKind::Cnn;
    if (name == QLatin1String("lstm")) return ModelKind::Lstm;
    return makeError(translate("hhs::Model", "unknown model \"%1\": use cnn or lstm").arg(name));
}

QString weightInitName(WeightInit init)
{
    return init == WeightInit::Keras ? QStringLiteral("keras") : QStringLiteral("pytorch");
}

Result<WeightInit> weightInitFromName(const QString& name)
{
    if (name == QLatin1String("pytorch")) return WeightInit::PyTorch;
    if (name == QLatin1String("keras")) return WeightInit::Keras;
    return makeError(
        translate("hhs::Model", "unknown weight initialisation \"%1\": use pytorch or keras")
            .arg(name));
}

QString lstmReadoutName(LstmReadout readout)
{
    return readout == LstmReadout::LastStep ? QStringLiteral("last") : QStringLiteral("max");
}

Result<LstmReadout> lstmReadoutFromName(const QString& name)
{
    if (name == QLatin1String("last")) return LstmReadout::LastStep;
    if (name == QLatin1String("max")) return LstmReadout::MaxOverTime;
    return makeError(
        translate("hhs::Model", "unknown LSTM readout \"%1\": use max or last").arg(name));
}

QString describeTraining(const ModelInfo& info)
{
    const TrainingSettings& s = info.settings;
    QStringList parts;
    if (info.kind == ModelKind::Cnn)
        parts << translate("hhs::Model", "the notebook's CNN");
    else if (s.lstmReadout == LstmReadout::MaxOverTime)
        parts << translate("hhs::Model",
                           "the notebook's LSTM reading each unit's largest value over the window");
    else
        parts << translate("hhs::Model", "the notebook's LSTM reading its last step");
    parts << (s.init == WeightInit::Keras ? translate("hhs::Model", "Keras's initialisers")
                                          : translate("hhs::Model", "PyTorch's initialisers"));
    const InputMasking masking = s.effectiveMasking();
    if (masking.frames > 0 || masking.coefficients > 0)
        parts << translate("hhs::Model", "up to %1 frames and %2 coefficients of each segment "
                                         "hidden anew every epoch")
                     .arg(masking.frames)
                     .arg(masking.coefficients);
    else
        parts << translate("hhs::Model", "no masks");
    parts << translate("hhs::Model", "%n epoch(s)", nullptr, s.epochs)
          << translate("hhs::Model", "batch %1, learning rate %2")
                 .arg(s.batchSize)
                 .arg(s.effectiveLearningRate());
    return parts.join(QStringLiteral(", "));
}

bool stillImproving(const ModelInfo& info)
{
    if (info.cancelled || info.history.size() < 3 || info.bestEpoch < 1) return false;
    const int last = info.history.back().epoch;
    if (last < info.settings.epochs) return false; // stopped early: it had stopped improving
    const int window = std::max(2, last / 10);
    if (info.bestEpoch <= last - window) return false;
    // A real fall, not noise: the last epochs beat the best before them by 5 %.
    double before = std::numeric_limits<double>::infinity(), recent = before;
    for (const EpochMetrics& e : info.history)
        (e.epoch <= last - window ? before : recent) =
            std::min(e.epoch <= last - window ? before : recent, e.validationLoss);
    return recent < before * 0.95;
}

int Evaluation::total() const
{
    int sum = 0;
    for (const auto& row : confusion)
        for (int count : row)
            sum += count;
    return sum;
}

double Evaluation::precision(int cls) const
{
    int predicted = 0;
    for (const auto& row : confusion)
        predicted += row[std::size_t(cls)];
    return predicted > 0 ? double(confusion[std::size_t(cls)][std::size_t(cls)]) / predicted : 0.0;
}

double Evaluation::recall(int cls) const
{
    int actual = 0;
    for (int count : confusion[std::size_t(cls)])
        actual += count;
    return actual > 0 ? double(confusion[std::size_t(cls)][std::size_t(cls)]) / actual : 0.0;
}

} // namespace hhs
