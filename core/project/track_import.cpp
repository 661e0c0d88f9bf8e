#include "project/track_import.h"

#include "audio/audio_file.h"
#include "jobs/text.h"
#include "project/project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <memory>
#include <vector>
#include <xxhash.h>

namespace hhs {
namespace {

QStringList audioFilesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (isAudioFileName(file)) files << file;
    }
    std::sort(files.begin(), files.end());
    return files;
}
} // namespace

namespace {
constexpr auto kSha256Prefix = QLatin1String("sha256:");
constexpr auto kXxh3Prefix = QLatin1String("xxh3:");

Result<QString> sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(translate("hhs::TrackImport", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(translate("hhs::TrackImport", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    return kSha256Prefix + QString::fromLatin1(hash.result().toHex());
}

Result<QString> xxh3Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(translate("hhs::TrackImport", "cannot read %1: %2")
                             .arg(quoted(path), file.errorString()));
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                   &XXH3_freeState);
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK) throw std::bad_alloc();
    // Mapped a window at a time rather than read: on this kind of machine copying the bytes out
    // of the page cache cost eight times the hashing. A file that cannot be mapped (a pipe, an
    // odd file system) is read instead.
    constexpr qint64 kWindow = qint64(32) << 20;
    const qint64 size = file.size();
    qint64 offset = 0;
    for (; offset < size; offset += kWindow) {
        const qint64 length = std::min(kWindow, size - offset);
        uchar* window = file.map(offset, length);
        if (!window) break;
        XXH3_128bits_update(state.get(), window, std::size_t(length));
        file.unmap(window);
    }
    if (offset < size || size == 0) {
        if (!file.seek(offset))
            return makeError(translate("hhs::TrackImport", "cannot read %1: %2")
                                 .arg(quoted(path), file.errorString()));
        std::vector<char> block(std::size_t(1) << 20);
        for (;;) {
            const qint64 read = file.read(block.data(), qint64(block.size()));
            if (read < 0)
                return makeError(translate("hhs::TrackImport", "cannot read %1: %2")
                                     .arg(quoted(path), file.errorString()));
            if (read == 0) break;
            XXH3_128bits_update(state.get(), block.data(), std::size_t(read));
        }
    }
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(state.get()));
    const QByteArray bytes(reinterpret_cast<const char*>(canonical.digest),
                           sizeof canonical.digest);
    return kXxh3Prefix + QString::fromLatin1(bytes.toHex());
}
} // namespace

Result<QString> contentHash(const QString& path)
{
    return xxh3Of(path);
}

Result<QString> contentHashLike(const QString& path, const QString& existing)
{
    return existing.startsWith(kSha256Prefix) ? sha256Of(path) : xxh3Of(path);
}

namespace {
// The track a file makes, and how many chapters the file carries (read in the same probe).
struct DescribedFile
{
    TrackRecord track;
    int chapters = 0;
};

Result<DescribedFile> describeFile(const QString& path)
{
    Result<AudioInfo> info = probeAudioExactly(path);
    if (!info) return info.error();
    Result<QString> hash = contentHash(path);
    if (!hash) return hash.error();
    const QFileInfo file(path);
    TrackRecord track;
    track.path = path;
    track.fileName = file.fileName();
    track.title = info->title;
    track.contentHash = *hash;
    track.format = info->format;
    track.sampleRate = info->sampleRate;
    track.channels = info->channels;
    track.frames = info->frames;
    track.durationSeconds = info->durationSeconds();
    track.fileSize = file.size();
    track.modifiedMs = file.lastModified().toMSecsSinceEpoch();
    return DescribedFile{std::move(track), int(info->chapters.size())};
}
} // namespace

Result<TrackRecord> describeTrack(const QString& path)
{
    Result<DescribedFile> described = describeFile(path);
    if (!described) return described.error();
    return std::move(described->track);
}

TrackState checkTrack(const TrackRecord& track)
{
    const QFileInfo file(track.path);
    if (!file.isFile()) return TrackState::Missing;
    if (file.size() == track.fileSize &&
        file.lastModified().toMSecsSinceEpoch() == track.modifiedMs)
        return TrackState::Ok;
    Result<QString> hash = contentHashLike(track.path, track.contentHash);
    if (!hash) return TrackState::Missing;
    return *hash == track.contentHash ? TrackState::Ok : TrackState::Changed;
}

QString trackStateName(TrackState state)
{
    switch (state) {
    case TrackState::Ok:
        return QStringLiteral("ok");
    case TrackState::Missing:
        return QStringLiteral("missing");
    case TrackState::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

namespace {
const QStringList& audioExtensions()
{
    // libsndfile's, then what FFmpeg's libraries open (a video file's sound included).
    static const QStringList kExtensions = {
        QStringLiteral("wav"),  QStringLiteral("wave"), QStringLiteral("flac"),
        QStringLiteral("ogg"),  QStringLiteral("oga"),  QStringLiteral("opus"),
        QStringLiteral("mp3"),  QStringLiteral("aif"),  QStringLiteral("aiff"),
        QStringLiteral("aifc"), QStringLiteral("m4a"),  QStringLiteral("aac"),
        QStringLiteral("webm"), QStringLiteral("mka"),  QStringLiteral("mkv"),
        QStringLiteral("mp4"),  QStringLiteral("mov"),  QStringLiteral("m4v")};
    return kExtensions;
}
} // namespace

bool isAudioFileName(const QString& fileName)
{
    return audioExtensions().contains(QFileInfo(fileName).suffix().toLower());
}

QString audioFileNamePatterns()
{
    QStringList patterns;
    for (const QString& extension : audioExtensions())
        patterns << QStringLiteral("*.") + extension;
    return patterns.join(QLatin1Char(' '));
}

Result<ImportSummary> importPaths(Project& project, const QStringList& paths,
                                  bool classesFromFolders, const JobControl& job)
{
    struct Candidate
    {
        QString path;
        std::optional<QString> className;
    };
    std::vector<Candidate> candidates;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            candidates.push_back({path, std::nullopt});
        } else if (info.isDir() && classesFromFolders) {
            const QDir folder(path);
            for (const QString& file : folder.entryList(QDir::Files, QDir::Name))
                if (isAudioFileName(file))
                    candidates.push_back({folder.filePath(file), std::nullopt});
            for (const QString& sub :
                 folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                for (const QString& file : audioFilesUnder(folder.filePath(sub)))
                    candidates.push_back({file, sub});
        } else if (info.isDir()) {
            for (const QString& file : audioFilesUnder(path))
                candidates.push_back({file, std::nullopt});
        } else {
            return makeError(translate("hhs::TrackImport", "%1 does not exist").arg(quoted(path)));
        }
    }
    if (candidates.empty())
        return makeError(translate("hhs::TrackImport", "no audio files found in %1")
                             .arg(paths.join(QStringLiteral(", "))));

    std::vector<TrackImport> imports;
    std::vector<int> chapters;
    const QString stage = translate("hhs::TrackImport", "Reading audio files");
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (job.cancelled()) return cancelledError();
        job.report(double(i) / double(candidates.size()), stage);
        Result<DescribedFile> described = describeFile(candidates[i].path);
        if (!described)
            return makeError(translate("hhs::TrackImport", "%1 (nothing was imported)")
                                 .arg(described.message()));
        imports.push_back({std::move(described->track), candidates[i].className});
        chapters.push_back(described->chapters);
    }
    Result<std::vector<TrackRecord>> added = project.addTracks(imports);
    if (!added) return added.error();
    job.report(1.0, stage);
    ImportSummary summary;
    summary.tracks = std::move(*added);
    summary.chapters = std::move(chapters);
    summary.labelledTracks = int(std::count_if(
        imports.begin(), imports.end(), [](const TrackImport& i) { return bool(i.wholeClass); }));
    return summary;
}

} // namespace hhs
