// The torch-free parts of model.h: model kind names and the evaluation's derived scores.
#include "jobs/text.h"
#include "ml/model.h"

namespace hhs {
namespace {
const char* kContext = "hhs::Model";
} // namespace

QString modelKindName(ModelKind kind)
{
    return kind == ModelKind::Lstm ? QStringLiteral("lstm") : QStringLiteral("cnn");
}

Result<ModelKind> modelKindFromName(const QString& name)
{
    if (name == QLatin1String("cnn")) return ModelKind::Cnn;
    if (name == QLatin1String("lstm")) return ModelKind::Lstm;
    return makeError(tr(kContext, "unknown model \"%1\": use cnn or lstm").arg(name));
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
