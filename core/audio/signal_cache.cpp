#include "audio/signal_cache.h"

#include "audio/audio_file.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <cstring>
#include <vector>
#include <xxhash.h>

namespace hhs {
namespace {
constexpr char kMagic[8] = {'H', 'H', 'S', 'S', 'I', 'G', '0', '1'};
constexpr qint64 kMaxPathBytes = 1 << 16;
constexpr std::size_t kPeakBlock = std::size_t(1) << 16; // samples per overview append
const QString kSuffix = QStringLiteral(".signal");

// An entry: this header, the source's path (UTF-8), then the samples (native floats).
struct EntryHeader
{
    char magic[8];
    qint32 sampleRate;
    qint32 stream;
    qint64 sourceSize;
    qint64 sourceModifiedMs;
    qint64 sourceFrames; // as the loader knew them
    qint64 sampleCount;
    qint64 pathBytes;
    qint32 sourceFramesExact;
    qint32 unused;
};

struct SourceStamp
{
    qint64 size = -1;
    qint64 modifiedMs = 0;
};

std::optional<SourceStamp> stampOf(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) return std::nullopt;
    return SourceStamp{info.size(),
                       info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()};
}

bool readExactly(QFile& file, void* into, qint64 bytes)
{
    auto* at = static_cast<char*>(into);
    while (bytes > 0) {
        const qint64 got = file.read(at, bytes);
        if (got <= 0) return false;
        at += got;
        bytes -= got;
    }
    return true;
}
} // namespace

SignalCache::SignalCache(QString folder, qint64 budgetBytes)
    : m_folder(std::move(folder)), m_budget(budgetBytes)
{}

QString SignalCache::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("hiphop-studio/signals"));
}

QString SignalCache::entryPath(const QString& path, int sampleRate, int stream) const
{
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8() + '\n' +
                           QByteArray::number(sampleRate) + '\n' + QByteArray::number(stream);
    const XXH64_hash_t hash = XXH3_64bits(key.constData(), std::size_t(key.size()));
    return QDir(m_folder).filePath(QString::number(quint64(hash), 16).rightJustified(16, u'0') +
                                   kSuffix);
}

std::optional<LoadedAudio> SignalCache::find(const QString& path, int sampleRate, int stream) const
{
    const std::optional<SourceStamp> stamp = stampOf(path);
    if (!stamp) return std::nullopt;
    QFile file(entryPath(path, sampleRate, stream));
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    EntryHeader header{};
    if (!readExactly(file, &header, sizeof header)) return std::nullopt;
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.sampleRate != sampleRate ||
        header.stream != stream || header.sourceSize != stamp->size ||
        header.sourceModifiedMs != stamp->modifiedMs || header.pathBytes < 0 ||
        header.pathBytes > kMaxPathBytes || header.sampleCount <= 0 || header.sourceFrames < 0)
        return std::nullopt;
    const qint64 expected =
        qint64(sizeof header) + header.pathBytes + header.sampleCount * qint64(sizeof(float));
    if (file.size() != expected) return std::nullopt; // truncated, or not one of ours
    QByteArray storedPath(int(header.pathBytes), Qt::Uninitialized);
    if (!readExactly(file, storedPath.data(), header.pathBytes) ||
        storedPath != QFileInfo(path).absoluteFilePath().toUtf8())
        return std::nullopt;
    Result<AudioInfo> info = probeAudio(path, stream);
    if (!info) return std::nullopt;

    LoadedAudio audio;
    audio.source = std::move(*info);
    audio.source.frames = header.sourceFrames;
    audio.source.framesExact = header.sourceFramesExact != 0;
    audio.sampleRate = sampleRate;
    audio.samples.resize(std::size_t(header.sampleCount));
    if (!readExactly(file, audio.samples.data(), header.sampleCount * qint64(sizeof(float))))
        return std::nullopt;
    audio.length = header.sampleCount;
    for (std::size_t at = 0; at < audio.samples.size(); at += kPeakBlock)
        audio.peaks.append(audio.samples.data() + at,
                           std::min(kPeakBlock, audio.samples.size() - at));
    audio.peaks.finish();
    // Used now: the last to go when the folder is trimmed.
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return audio;
}

Status SignalCache::store(const QString& path, const LoadedAudio& audio, int stream) const
{
    if (audio.samples.empty() || audio.sampleRate <= 0) return {}; // nothing worth keeping
    const std::optional<SourceStamp> stamp = stampOf(path);
    if (!stamp) return {};
    if (!QDir().mkpath(m_folder))
        return makeError(
            translate("hhs::SignalCache", "cannot make the cache folder %1").arg(quoted(m_folder)));
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    EntryHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.sampleRate = audio.sampleRate;
    header.stream = stream;
    header.sourceSize = stamp->size;
    header.sourceModifiedMs = stamp->modifiedMs;
    header.sourceFrames = audio.source.frames;
    header.sourceFramesExact = audio.source.framesExact ? 1 : 0;
    header.sampleCount = qint64(audio.samples.size());
    header.pathBytes = absolute.size();
    const QString entry = entryPath(path, audio.sampleRate, stream);
    OutputFile out(entry);
    if (Status opened = out.open(); !opened) return opened;
    if (!out.write(reinterpret_cast<const char*>(&header), sizeof header) || !out.write(absolute) ||
        !out.write(reinterpret_cast<const char*>(audio.samples.data()),
                   qint64(audio.samples.size() * sizeof(float))))
        return out.failure();
    if (Status committed = out.commit(); !committed) return committed;
    trim(entry);
    return {};
}

void SignalCache::trim(const QString& keep) const
{
    QFileInfoList entries =
        QDir(m_folder).entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo& entry : entries)
        total += entry.size();
    // Newest first: the oldest are at the end.
    while (total > m_budget && !entries.isEmpty()) {
        const QFileInfo oldest = entries.takeLast();
        if (oldest.absoluteFilePath() == QFileInfo(keep).absoluteFilePath()) continue;
        if (QFile::remove(oldest.absoluteFilePath())) total -= oldest.size();
    }
}

} // namespace hhs
