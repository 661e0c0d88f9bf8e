#include "audio/signal_cache.h"

#include "audio/audio_file.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <new>
#include <sys/stat.h>
#include <utility>
#include <vector>
#include <xxhash.h>

namespace hhs {
namespace {
constexpr char kMagic[8] = {'H', 'H', 'S', 'S', 'I', 'G', '0', '1'};
constexpr char kValuesMagic[8] = {'H', 'H', 'S', 'V', 'A', 'L', '0', '1'};
const QString kSuffix = QStringLiteral(".signal");

// An entry: this header, its key (keyOf()), then for a signal the samples (native floats) and
// the overview's levels, finest first (PeakPyramid::levelSizes() pairs each); for values, the
// values (native floats, sampleCount of them).
struct EntryHeader
{
    char magic[8];
    qint32 sampleRate;
    qint32 stream;
    qint64 sourceSize;
    qint64 sourceModifiedNs;
    qint64 sourceInode;
    qint64 sourceFrames; // as the loader knew them
    qint64 sampleCount;
    qint64 pathBytes;
    qint32 sourceFramesExact;
    qint32 unused;
    qint64 peakPairs;    // of every level
    quint64 payloadHash; // XXH3-64 of everything after the key (the disk may lose written data)
};

qint64 totalOf(const std::vector<std::size_t>& sizes)
{
    qint64 total = 0;
    for (std::size_t size : sizes)
        total += qint64(size);
    return total;
}

// What says the source is unchanged: a file rewritten in place changes its size or modification
// time (to the nanosecond), one replaced by a rename is another inode.
struct SourceStamp
{
    qint64 size = -1;
    qint64 modifiedNs = 0;
    qint64 inode = 0;
};

std::optional<SourceStamp> stampOf(const QString& path)
{
    struct stat status
    {};
    if (::stat(nativePath(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt;
    return SourceStamp{qint64(status.st_size),
                       qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec,
                       qint64(status.st_ino)};
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
// The key stored in an entry (checked against a hash collision): the source's absolute path,
// and for values computed from it their kind.
QByteArray keyOf(const QString& path, const QString& kind)
{
    QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8();
    if (!kind.isEmpty()) key += '\n' + kind.toUtf8();
    return key;
}

EntryHeader headerFor(const char (&magic)[8], const SourceStamp& stamp, int sampleRate, int stream,
                      const QByteArray& key)
{
    EntryHeader header{};
    std::memcpy(header.magic, magic, sizeof magic);
    header.sampleRate = sampleRate;
    header.stream = stream;
    header.sourceSize = stamp.size;
    header.sourceModifiedNs = stamp.modifiedNs;
    header.sourceInode = stamp.inode;
    header.pathBytes = key.size();
    return header;
}

// Opens the entry `file` and reads its header and key: nothing unless it is a whole entry of
// this source as it is now (the file's size what the header says, `payloadBytes` after the
// key). The file is left at the payload.
std::optional<EntryHeader> openEntry(QFile& file, const char (&magic)[8], const QString& path,
                                     const QByteArray& key, int sampleRate, int stream,
                                     const std::function<qint64(const EntryHeader&)>& payloadBytes)
{
    const std::optional<SourceStamp> stamp = stampOf(path);
    if (!stamp || !file.open(QIODevice::ReadOnly)) return std::nullopt;
    EntryHeader header{};
    if (!readExactly(file, &header, sizeof header)) return std::nullopt;
    if (std::memcmp(header.magic, magic, sizeof magic) != 0 || header.sampleRate != sampleRate ||
        header.stream != stream || header.sourceSize != stamp->size ||
        header.sourceModifiedNs != stamp->modifiedNs || header.sourceInode != stamp->inode ||
        header.pathBytes != key.size() || header.sampleCount <= 0 || header.sourceFrames < 0 ||
        header.sampleCount > (qint64(1) << 40))
        return std::nullopt;
    const qint64 payload = payloadBytes(header);
    if (payload < 0 || file.size() != qint64(sizeof header) + header.pathBytes + payload)
        return std::nullopt; // truncated, or not one of ours
    QByteArray storedKey(int(header.pathBytes), Qt::Uninitialized);
    if (!readExactly(file, storedKey.data(), header.pathBytes) || storedKey != key)
        return std::nullopt;
    return header;
}

// XXH3-64 of an entry's payload, added piece by piece.
class PayloadHash
{
public:
    PayloadHash() : m_state(XXH3_createState(), &XXH3_freeState)
    {
        if (!m_state || XXH3_64bits_reset(m_state.get()) != XXH_OK) throw std::bad_alloc();
    }
    void add(const void* data, std::size_t bytes)
    {
        XXH3_64bits_update(m_state.get(), data, bytes);
    }
    quint64 digest() const { return XXH3_64bits_digest(m_state.get()); }

private:
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> m_state;
};

// An entry's payload, piece by piece (bytes).
using Pieces = std::vector<std::pair<const void*, std::size_t>>;

Pieces signalPieces(const std::vector<float>& samples, const std::vector<PeakLevel>& levels)
{
    Pieces pieces{{samples.data(), samples.size() * sizeof(float)}};
    for (const PeakLevel& level : levels)
        pieces.emplace_back(level.peaks.data(), level.peaks.size() * sizeof(PeakPair));
    return pieces;
}

quint64 hashOf(const Pieces& pieces)
{
    PayloadHash hash;
    for (const auto& [data, bytes] : pieces)
        hash.add(data, bytes);
    return hash.digest();
}

// Writes an entry whole or not at all into `folder` (made if need be): the header with the
// payload's hash, the key, the payload.
Status writeEntry(const QString& folder, const QString& entry, EntryHeader header,
                  const QByteArray& key, const Pieces& payload)
{
    if (!QDir().mkpath(folder))
        return makeError(
            translate("hhs::SignalCache", "cannot make the cache folder %1").arg(quoted(folder)));
    header.payloadHash = hashOf(payload);
    OutputFile out(entry, OutputFile::Durability::Unsynced);
    if (Status opened = out.open(); !opened) return opened;
    if (!out.write(reinterpret_cast<const char*>(&header), sizeof header) || !out.write(key))
        return out.failure();
    for (const auto& [data, bytes] : payload)
        if (!out.write(static_cast<const char*>(data), qint64(bytes))) return out.failure();
    return out.commit();
}

// Marks an entry as used now: the last to go when the folder is trimmed.
void touch(QFile& file)
{
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

bool isKind(const QString& kind)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return allowed.match(kind).hasMatch();
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

QString SignalCache::entryPath(const QString& path, int sampleRate, int stream,
                               const QString& kind) const
{
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8() + '\n' +
                           QByteArray::number(sampleRate) + '\n' + QByteArray::number(stream);
    const XXH64_hash_t hash = XXH3_64bits(key.constData(), std::size_t(key.size()));
    QString name = QString::number(quint64(hash), 16).rightJustified(16, u'0');
    if (!kind.isEmpty()) name += QLatin1Char('.') + kind;
    return QDir(m_folder).filePath(name + kSuffix);
}

std::optional<LoadedAudio> SignalCache::find(const QString& path, int sampleRate, int stream) const
{
    QFile file(entryPath(path, sampleRate, stream));
    std::vector<std::size_t> levelSizes;
    const std::optional<EntryHeader> header = openEntry(
        file, kMagic, path, keyOf(path, {}), sampleRate, stream,
        [&levelSizes](const EntryHeader& h) -> qint64 {
            levelSizes = PeakPyramid::levelSizes(h.sampleCount);
            if (h.peakPairs != totalOf(levelSizes)) return -1;
            return h.sampleCount * qint64(sizeof(float)) + h.peakPairs * qint64(sizeof(PeakPair));
        });
    if (!header) return std::nullopt;
    Result<AudioInfo> info = probeAudio(path, stream);
    if (!info) return std::nullopt;

    LoadedAudio audio;
    audio.source = std::move(*info);
    audio.source.frames = header->sourceFrames;
    audio.source.framesExact = header->sourceFramesExact != 0;
    audio.sampleRate = sampleRate;
    audio.samples.resize(std::size_t(header->sampleCount));
    if (!readExactly(file, audio.samples.data(), header->sampleCount * qint64(sizeof(float))))
        return std::nullopt;
    audio.length = header->sampleCount;
    std::vector<PeakLevel> levels(levelSizes.size());
    int samplesPerPeak = PeakPyramid::kFinestBlock;
    for (std::size_t l = 0; l < levels.size(); ++l) {
        levels[l].samplesPerPeak = samplesPerPeak;
        levels[l].peaks.resize(levelSizes[l]);
        if (!readExactly(file, levels[l].peaks.data(), qint64(levelSizes[l] * sizeof(PeakPair))))
            return std::nullopt;
        samplesPerPeak *= PeakPyramid::kLevelFactor;
    }
    if (hashOf(signalPieces(audio.samples, levels)) != header->payloadHash) return std::nullopt;
    std::optional<PeakPyramid> peaks = PeakPyramid::fromLevels(std::move(levels), audio.length);
    if (!peaks) return std::nullopt;
    audio.peaks = std::move(*peaks);
    touch(file);
    return audio;
}

Status SignalCache::store(const QString& path, const LoadedAudio& audio, int stream) const
{
    if (audio.samples.empty() || audio.sampleRate <= 0) return {}; // nothing worth keeping
    const auto sampleCount = qint64(audio.samples.size());
    // Only an overview that finish() made over these very samples.
    const std::vector<std::size_t> levelSizes = PeakPyramid::levelSizes(sampleCount);
    const std::vector<PeakLevel>& levels = audio.peaks.levels();
    if (audio.peaks.sampleCount() != sampleCount || levels.size() != levelSizes.size()) return {};
    for (std::size_t l = 0; l < levels.size(); ++l)
        if (levels[l].peaks.size() != levelSizes[l]) return {};
    const std::optional<SourceStamp> stamp = stampOf(path);
    if (!stamp) return {};
    const QByteArray key = keyOf(path, {});
    EntryHeader header = headerFor(kMagic, *stamp, audio.sampleRate, stream, key);
    header.sourceFrames = audio.source.frames;
    header.sourceFramesExact = audio.source.framesExact ? 1 : 0;
    header.sampleCount = sampleCount;
    header.peakPairs = totalOf(levelSizes);
    const QString entry = entryPath(path, audio.sampleRate, stream);
    if (Status written =
            writeEntry(m_folder, entry, header, key, signalPieces(audio.samples, levels));
        !written)
        return written;
    trim(entry);
    return {};
}

std::optional<std::vector<float>> SignalCache::findValues(const QString& path, int sampleRate,
                                                          const QString& kind, int stream) const
{
    if (!isKind(kind)) return std::nullopt;
    QFile file(entryPath(path, sampleRate, stream, kind));
    const std::optional<EntryHeader> header =
        openEntry(file, kValuesMagic, path, keyOf(path, kind), sampleRate, stream,
                  [](const EntryHeader& h) { return h.sampleCount * qint64(sizeof(float)); });
    if (!header) return std::nullopt;
    std::vector<float> values(std::size_t(header->sampleCount));
    if (!readExactly(file, values.data(), header->sampleCount * qint64(sizeof(float))) ||
        hashOf({{values.data(), values.size() * sizeof(float)}}) != header->payloadHash)
        return std::nullopt;
    touch(file);
    return values;
}

Status SignalCache::storeValues(const QString& path, int sampleRate, const QString& kind,
                                const std::vector<float>& values, int stream) const
{
    if (!isKind(kind))
        return makeError(QStringLiteral("\"%1\" is not a kind of cached values").arg(kind),
                         ErrorKind::Invalid);
    if (values.empty()) return {};
    const std::optional<SourceStamp> stamp = stampOf(path);
    if (!stamp) return {};
    const QByteArray key = keyOf(path, kind);
    EntryHeader header = headerFor(kValuesMagic, *stamp, sampleRate, stream, key);
    header.sampleCount = qint64(values.size());
    const QString entry = entryPath(path, sampleRate, stream, kind);
    if (Status written = writeEntry(m_folder, entry, header, key,
                                    {{values.data(), values.size() * sizeof(float)}});
        !written)
        return written;
    trim(entry);
    return {};
}

void SignalCache::trim(const QString& keep) const
{
    // What a killed writer left behind (OutputFile's temporary files), once surely abandoned.
    const QDateTime abandoned = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& part :
         QDir(m_folder).entryInfoList({QStringLiteral(".*") + kSuffix + QStringLiteral(".*.part")},
                                      QDir::Files | QDir::Hidden))
        if (part.lastModified() < abandoned) QFile::remove(part.absoluteFilePath());
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
