#include "real_corpus.h"

#include "sample_kit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <random>
#include <sndfile.h>

namespace hhs::test {
namespace {

constexpr double kCrossfadeSeconds = 1.0;
constexpr int kCorpusVersion = 1; // bump when the arrangements change, so old folders are remade

struct FileFormat
{
    const char* extension;
    int format;
    int rate;
    int channels;
};
// The formats the clips cycle through: what users' folders hold.
const FileFormat kFormats[] = {
    {"wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 44100, 2},
    {"flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 48000, 2},
    {"wav", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 22050, 1},
    {"flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_24, 44100, 1},
};

Status writeAudio(const QString& path, const Mono& mono44k, const FileFormat& format)
{
    const Mono signal =
        format.rate == kKitRate ? mono44k : resampled(mono44k, double(kKitRate) / format.rate);
    std::vector<float> interleaved;
    interleaved.reserve(signal.size() * std::size_t(format.channels));
    for (std::size_t i = 0; i < signal.size(); ++i) {
        interleaved.push_back(signal[i]);
        if (format.channels == 2) // a little width: the right channel slightly quieter
            interleaved.push_back(signal[i] * 0.9f);
    }
    SF_INFO info{};
    info.samplerate = format.rate;
    info.channels = format.channels;
    info.format = format.format;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return makeError(QStringLiteral("cannot write %1: %2").arg(path, sf_strerror(nullptr)));
    const sf_count_t frames = sf_count_t(signal.size());
    const sf_count_t written = sf_writef_float(file, interleaved.data(), frames);
    sf_close(file);
    if (written != frames) return makeError(QStringLiteral("cannot write all of %1").arg(path));
    return {};
}

QJsonObject optionsJson(const RealCorpusOptions& o)
{
    QJsonArray styles;
    for (demo::Style s : o.styles)
        styles.append(demo::styleName(s));
    return {{"version", kCorpusVersion},
            {"clips_per_style", o.clipsPerStyle},
            {"clip_seconds_min", o.clipSecondsMin},
            {"clip_seconds_max", o.clipSecondsMax},
            {"medleys", o.medleys},
            {"medley_songs_min", o.medleySongsMin},
            {"medley_songs_max", o.medleySongsMax},
            {"song_seconds_min", o.songSecondsMin},
            {"song_seconds_max", o.songSecondsMax},
            {"seed", qint64(o.seed)},
            {"styles", styles}};
}

Result<RealMedley> writeMedley(const QString& path, int index, const RealCorpusOptions& o,
                               std::mt19937& rng)
{
    const int songs = std::uniform_int_distribution<int>(o.medleySongsMin, o.medleySongsMax)(rng);
    RealMedley medley;
    medley.path = path;
    medley.truthPath = QString(path).replace(QStringLiteral(".wav"), QStringLiteral(".labels.txt"));
    Mono mix;
    const auto fade = std::size_t(kCrossfadeSeconds * kKitRate);
    int previous = -1;
    for (int s = 0; s < songs; ++s) {
        int style = std::uniform_int_distribution<int>(0, int(o.styles.size()) - 1)(rng);
        if (o.styles.size() > 1)
            while (style == previous)
                style = std::uniform_int_distribution<int>(0, int(o.styles.size()) - 1)(rng);
        previous = style;
        const double seconds =
            std::uniform_real_distribution<double>(o.songSecondsMin, o.songSecondsMax)(rng);
        RealSong song;
        song.style = o.styles[std::size_t(style)];
        // Songs of a medley never share a seed with a training clip.
        Result<Mono> part =
            arrangeRealClip(song.style, seconds + kCrossfadeSeconds,
                            o.seed * 7919u + 100000u + std::uint32_t(index * 100 + s), &song.bpm);
        if (!part) return part.error();
        if (mix.empty()) {
            mix = std::move(*part);
            song.start = 0;
        } else {
            const std::size_t offset = mix.size() - fade;
            for (std::size_t i = 0; i < fade; ++i) {
                const float w = float(i) / float(fade);
                mix[offset + i] = mix[offset + i] * (1 - w) + (*part)[i] * w;
            }
            mix.insert(mix.end(), part->begin() + std::ptrdiff_t(fade), part->end());
            song.start = (double(offset) + fade / 2.0) / kKitRate;
        }
        if (!medley.songs.empty()) medley.songs.back().end = song.start;
        medley.songs.push_back(song);
    }
    medley.songs.back().end = double(mix.size()) / kKitRate;
    if (Status ok = writeAudio(path, mix, kFormats[0]); !ok) return ok.error();
    QFile truth(medley.truthPath);
    if (!truth.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("cannot write %1").arg(medley.truthPath));
    for (const RealSong& song : medley.songs)
        truth.write(QStringLiteral("%1\t%2\t%3\n")
                        .arg(song.start, 0, 'f', 6)
                        .arg(song.end, 0, 'f', 6)
                        .arg(demo::styleName(song.style))
                        .toUtf8());
    return medley;
}

Result<RealCorpus> readManifest(const QString& dir, const QJsonObject& root)
{
    RealCorpus corpus;
    corpus.clipsDir = dir + QStringLiteral("/clips");
    auto styleOf = [](const QString& name) {
        for (demo::Style s : demo::kStyles)
            if (demo::styleName(s) == name) return s;
        return demo::Style::BoomBap;
    };
    for (const QJsonValue& v : root.value(QStringLiteral("clips")).toArray()) {
        const QJsonObject c = v.toObject();
        corpus.clips.push_back({dir + QLatin1Char('/') + c.value("path").toString(),
                                styleOf(c.value("style").toString()), c.value("bpm").toDouble(),
                                c.value("seconds").toDouble()});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("medleys")).toArray()) {
        const QJsonObject m = v.toObject();
        RealMedley medley;
        medley.path = dir + QLatin1Char('/') + m.value("path").toString();
        medley.truthPath = dir + QLatin1Char('/') + m.value("truth").toString();
        for (const QJsonValue& sv : m.value("songs").toArray()) {
            const QJsonObject s = sv.toObject();
            medley.songs.push_back({styleOf(s.value("style").toString()), s.value("bpm").toDouble(),
                                    s.value("start").toDouble(), s.value("end").toDouble()});
        }
        corpus.medleys.push_back(medley);
    }
    return corpus;
}

} // namespace

Result<RealCorpus> writeRealCorpus(const QString& dir, const RealCorpusOptions& options)
{
    const QString manifestPath = dir + QStringLiteral("/corpus.json");
    QFile existing(manifestPath);
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(existing.readAll()).object();
        if (root.value(QStringLiteral("options")).toObject() == optionsJson(options))
            return readManifest(dir, root);
    }
    if (!QDir().mkpath(dir + QStringLiteral("/medleys")))
        return makeError(QStringLiteral("cannot make %1").arg(dir));
    QJsonArray clips;
    int formatIndex = 0;
    std::mt19937 rng(options.seed);
    for (demo::Style style : options.styles) {
        const QString name = demo::styleName(style);
        const QString styleDir = dir + QStringLiteral("/clips/") + name;
        if (!QDir().mkpath(styleDir))
            return makeError(QStringLiteral("cannot make %1").arg(styleDir));
        for (int i = 1; i <= options.clipsPerStyle; ++i) {
            const double seconds = std::uniform_real_distribution<double>(
                options.clipSecondsMin, options.clipSecondsMax)(rng);
            double bpm = 0;
            Result<Mono> clip = arrangeRealClip(style, seconds, std::uint32_t(rng()), &bpm);
            if (!clip) return clip.error();
            const FileFormat& format = kFormats[formatIndex++ % std::size(kFormats)];
            const QString relative = QStringLiteral("clips/%1/%1 %2.%3")
                                         .arg(name)
                                         .arg(i, 2, 10, QLatin1Char('0'))
                                         .arg(QLatin1String(format.extension));
            if (Status ok = writeAudio(dir + QLatin1Char('/') + relative, *clip, format); !ok)
                return ok.error();
            clips.append(QJsonObject{
                {"path", relative}, {"style", name}, {"bpm", bpm}, {"seconds", seconds}});
        }
    }
    QJsonArray medleys;
    for (int m = 1; m <= options.medleys; ++m) {
        const QString relative =
            QStringLiteral("medleys/medley %1.wav").arg(m, 2, 10, QLatin1Char('0'));
        Result<RealMedley> medley = writeMedley(dir + QLatin1Char('/') + relative, m, options, rng);
        if (!medley) return medley.error();
        QJsonArray songs;
        for (const RealSong& s : medley->songs)
            songs.append(QJsonObject{{"style", demo::styleName(s.style)},
                                     {"bpm", s.bpm},
                                     {"start", s.start},
                                     {"end", s.end}});
        medleys.append(
            QJsonObject{{"path", relative},
                        {"truth", QString(relative).replace(QStringLiteral(".wav"),
                                                            QStringLiteral(".labels.txt"))},
                        {"songs", songs}});
    }
    const QJsonObject root{
        {"options", optionsJson(options)}, {"clips", clips}, {"medleys", medleys}};
    QFile manifest(manifestPath);
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        manifest.write(QJsonDocument(root).toJson()) < 0)
        return makeError(QStringLiteral("cannot write %1").arg(manifestPath));
    manifest.close();
    return readManifest(dir, root);
}

} // namespace hhs::test
