#include "features/feature_params.h"

#include "jobs/text.h"

#include <QStringList>
#include <cmath>

namespace hhs {

bool FeatureParams::operator==(const FeatureParams& o) const
{
    return sampleRate == o.sampleRate && mfccCount == o.mfccCount && fftSize == o.fftSize &&
           hopLength == o.hopLength && melBands == o.melBands && topDb == o.topDb;
}

QString FeatureParams::key() const
{
    return QStringLiteral("sr=%1;n_mfcc=%2;n_fft=%3;hop=%4;n_mels=%5;top_db=%6")
        .arg(sampleRate)
        .arg(mfccCount)
        .arg(fftSize)
        .arg(hopLength)
        .arg(melBands)
        .arg(topDb);
}

Result<FeatureParams> FeatureParams::fromKey(const QString& key)
{
    FeatureParams params;
    const QStringList parts = key.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq);
        bool parsed = false;
        const double value = part.mid(eq + 1).toDouble(&parsed);
        const bool ok = eq > 0 && parsed;
        // Whole numbers within int for every field but top_db: converting anything else to int
        // would be undefined (validate() then checks the ranges that make sense).
        const bool whole = std::isfinite(value) && std::floor(value) == value &&
                           std::fabs(value) <= double(INT32_MAX);
        if (!ok || (name != QLatin1String("top_db") && !whole) || !std::isfinite(value))
            return makeError(
                translate("hhs::FeatureParams", "malformed feature parameters \"%1\"").arg(key));
        if (name == QLatin1String("sr"))
            params.sampleRate = int(value);
        else if (name == QLatin1String("n_mfcc"))
            params.mfccCount = int(value);
        else if (name == QLatin1String("n_fft"))
            params.fftSize = int(value);
        else if (name == QLatin1String("hop"))
            params.hopLength = int(value);
        else if (name == QLatin1String("n_mels"))
            params.melBands = int(value);
        else if (name == QLatin1String("top_db"))
            params.topDb = value;
        else
            return makeError(
                translate("hhs::FeatureParams", "unknown feature parameter \"%1\" in \"%2\"")
                    .arg(name, key));
    }
    if (Status valid = params.validate(); !valid) return valid.error();
    return params;
}

Status FeatureParams::validate() const
{
    if (sampleRate < 1000 || sampleRate > 384000)
        return makeError(
            translate("hhs::FeatureParams", "sample rate %1 Hz is outside 1000..384000")
                .arg(sampleRate));
    if (fftSize < 16 || fftSize > 65536)
        return makeError(
            translate("hhs::FeatureParams", "n_fft %1 is outside 16..65536").arg(fftSize));
    if (hopLength < 1 || hopLength > fftSize)
        return makeError(
            translate("hhs::FeatureParams", "hop length %1 must be between 1 and n_fft (%2)")
                .arg(hopLength)
                .arg(fftSize));
    if (melBands < 1 || melBands > fftSize / 2 + 1)
        return makeError(
            translate("hhs::FeatureParams", "n_mels %1 must be between 1 and n_fft/2+1 (%2)")
                .arg(melBands)
                .arg(fftSize / 2 + 1));
    if (mfccCount < 1 || mfccCount > melBands)
        return makeError(
            translate("hhs::FeatureParams", "n_mfcc %1 must be between 1 and n_mels (%2)")
                .arg(mfccCount)
                .arg(melBands));
    if (!(topDb > 0.0) || !std::isfinite(topDb))
        return makeError(
            translate("hhs::FeatureParams", "top_db %1 must be a positive number").arg(topDb));
    return {};
}

std::int64_t FeatureParams::notebookFramesPerSegment(std::int64_t samplesPerSegment) const
{
    return (samplesPerSegment + hopLength - 1) / hopLength;
}

std::int64_t FeatureParams::samplesForSeconds(double seconds) const
{
    // int(seconds * sr) as the notebook wrote it, guarded against 2.9999999 for 3 s.
    return static_cast<std::int64_t>(std::floor(seconds * sampleRate + 1e-6));
}

} // namespace hhs
