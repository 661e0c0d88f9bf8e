#include "sample_kit.h"

#include "audio/audio_file.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>

namespace hhs::test {
namespace {

Result<Mono> readMono(const QString& path)
{
    Result<std::unique_ptr<AudioFile>> file = AudioFile::open(path);
    if (!file) return file.error();
    const AudioInfo& info = (*file)->info();
    std::vector<float> block(std::size_t(4096 * info.channels));
    Mono mono;
    for (;;) {
        Result<std::int64_t> got = (*file)->read(block.data(), 4096);
        if (!got) return got.error();
        if (*got == 0) break;
        for (std::int64_t f = 0; f < *got; ++f) {
            float sum = 0;
            for (int c = 0; c < info.channels; ++c)
                sum += block[std::size_t(f * info.channels + c)];
            mono.push_back(sum / float(info.channels));
        }
    }
    if (info.sampleRate != kKitRate) mono = resampled(mono, double(info.sampleRate) / kKitRate);
    return mono;
}

} // namespace

QString SampleKit::defaultSamplesDir()
{
    const QByteArray overridden = qgetenv("HHS_SAMPLES_DIR");
    return overridden.isEmpty() ? QStringLiteral("/usr/share/sonic-pi/samples")
                                : QString::fromLocal8Bit(overridden);
}

Result<SampleKit> SampleKit::open(const QString& samplesDir)
{
    if (!QFileInfo::exists(samplesDir + QStringLiteral("/bd_boom.flac")))
        return makeError(QStringLiteral("the recorded samples are not in %1: install Debian's "
                                        "sonic-pi-samples (scripts/install-deps does)")
                             .arg(samplesDir));
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
        return makeError(QStringLiteral(
            "espeak-ng is not installed: install Debian's espeak-ng (scripts/install-deps does)"));
    SampleKit kit;
    kit.m_dir = samplesDir;
    return kit;
}

Result<const Mono*> SampleKit::sample(const QString& name)
{
    const QString key = QStringLiteral("sample:") + name;
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) return &it.value();
    Result<Mono> mono = readMono(m_dir + QLatin1Char('/') + name + QStringLiteral(".flac"));
    if (!mono) return mono.error();
    return &m_cache.insert(key, std::move(*mono)).value();
}

Result<const Mono*> SampleKit::voice(const QString& text, int wordsPerMinute, int pitch,
                                     const QString& variant)
{
    const QString key =
        QStringLiteral("voice:%1:%2:%3:%4").arg(wordsPerMinute).arg(pitch).arg(variant, text);
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) return &it.value();
    QTemporaryDir dir;
    if (!dir.isValid()) return makeError(QStringLiteral("no temporary folder for espeak-ng"));
    const QString wav = dir.filePath(QStringLiteral("voice.wav"));
    QProcess espeak;
    const QString voiceName =
        variant.isEmpty() ? QStringLiteral("ko") : QStringLiteral("ko+") + variant;
    espeak.start(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-v"), voiceName, QStringLiteral("-s"),
                  QString::number(wordsPerMinute), QStringLiteral("-p"), QString::number(pitch),
                  QStringLiteral("-w"), wav, text});
    if (!espeak.waitForFinished(60000) || espeak.exitCode() != 0)
        return makeError(QStringLiteral("espeak-ng failed: %1")
                             .arg(QString::fromLocal8Bit(espeak.readAllStandardError())));
    Result<Mono> mono = readMono(wav);
    if (!mono) return mono.error();
    return &m_cache.insert(key, std::move(*mono)).value();
}

double semitoneRatio(double semitones)
{
    return std::pow(2.0, semitones / 12.0);
}

Mono resampled(const Mono& source, double ratio)
{
    if (source.empty() || ratio <= 0) return {};
    const auto length = std::size_t(double(source.size()) / ratio);
    Mono out(length);
    for (std::size_t i = 0; i < length; ++i) {
        const double position = double(i) * ratio;
        const auto index = std::size_t(position);
        const double fraction = position - double(index);
        const float a = source[std::min(index, source.size() - 1)];
        const float b = source[std::min(index + 1, source.size() - 1)];
        out[i] = float(a + (b - a) * fraction);
    }
    return out;
}

void mixInto(Mono& mix, const Mono& source, std::int64_t at, float gain)
{
    for (std::size_t i = 0; i < source.size(); ++i) {
        const std::int64_t index = at + std::int64_t(i);
        if (index < 0) continue;
        if (index >= std::int64_t(mix.size())) break;
        mix[std::size_t(index)] += source[i] * gain;
    }
}

Mono cut(const Mono& source, double seconds, int rate)
{
    const std::size_t length = std::min(source.size(), std::size_t(seconds * rate));
    Mono out(source.begin(), source.begin() + std::ptrdiff_t(length));
    const std::size_t fade = std::min(length, std::size_t(0.02 * rate));
    for (std::size_t i = 0; i < fade; ++i)
        out[length - 1 - i] *= float(i) / float(fade);
    return out;
}

void addReverb(Mono& signal, float wet, int rate)
{
    // Four feedback combs at mutually prime delays, summed: enough to smear sung notes.
    const int delays[] = {1557, 1617, 1491, 1422};
    Mono tail(signal.size(), 0.0f);
    for (int delay : delays) {
        const auto d = std::size_t(delay * rate / 44100);
        Mono comb(signal.size(), 0.0f);
        for (std::size_t i = d; i < signal.size(); ++i)
            comb[i] = signal[i - d] + 0.78f * comb[i - d];
        for (std::size_t i = 0; i < signal.size(); ++i)
            tail[i] += comb[i] * 0.25f;
    }
    for (std::size_t i = 0; i < signal.size(); ++i)
        signal[i] = signal[i] * (1.0f - wet) + tail[i] * wet * 0.3f;
}

void normalisePeak(Mono& signal, float peak)
{
    float max = 0;
    for (float v : signal)
        max = std::max(max, std::fabs(v));
    if (max <= 0) return;
    for (float& v : signal)
        v *= peak / max;
}

} // namespace hhs::test
