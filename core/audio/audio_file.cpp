#include "audio/audio_file.h"

#include "audio/ffmpeg_decoder.h"
#include "formats/input_file.h"
#include "formats/time_text.h"
#include "jobs/text.h"

#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <optional>
#include <sndfile.h>

namespace hhs {
namespace {

QString formatName(int format)
{
    SF_FORMAT_INFO info{};
    info.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof info) == 0 && info.name)
        return QString::fromUtf8(info.name);
    return QStringLiteral("unknown");
}

QString encodingName(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
        return QStringLiteral("PCM 8-bit signed");
    case SF_FORMAT_PCM_U8:
        return QStringLiteral("PCM 8-bit unsigned");
    case SF_FORMAT_PCM_16:
        return QStringLiteral("PCM 16-bit");
    case SF_FORMAT_PCM_24:
        return QStringLiteral("PCM 24-bit");
    case SF_FORMAT_PCM_32:
        return QStringLiteral("PCM 32-bit");
    case SF_FORMAT_FLOAT:
        return QStringLiteral("32-bit float");
    case SF_FORMAT_DOUBLE:
        return QStringLiteral("64-bit float");
    case SF_FORMAT_ULAW:
        return QStringLiteral("u-law");
    case SF_FORMAT_ALAW:
        return QStringLiteral("A-law");
    case SF_FORMAT_IMA_ADPCM:
        return QStringLiteral("IMA ADPCM");
    case SF_FORMAT_MS_ADPCM:
        return QStringLiteral("MS ADPCM");
    case SF_FORMAT_VORBIS:
        return QStringLiteral("Vorbis");
    case SF_FORMAT_OPUS:
        return QStringLiteral("Opus");
    case SF_FORMAT_MPEG_LAYER_I:
        return QStringLiteral("MPEG layer I");
    case SF_FORMAT_MPEG_LAYER_II:
        return QStringLiteral("MPEG layer II");
    case SF_FORMAT_MPEG_LAYER_III:
        return QStringLiteral("MPEG layer III");
    default:
        return QStringLiteral("other");
    }
}

// libsndfile opens a WAV whose data chunk is cut short and quietly shortens it; its log says
// so ("data : 882000 (should be 199956)"). A half-copied file is an error, not a shorter song.
bool logSaysTruncated(SNDFILE* file)
{
    char log[8192] = {};
    sf_command(file, SFC_GET_LOG_INFO, log, sizeof log);
    const QList<QByteArray> lines = QByteArray(log).split('\n');
    for (const QByteArray& line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("data") && trimmed.contains("(should be")) return true;
        if (trimmed.contains("truncated")) return true;
    }
    return false;
}

QString tooLong(const QString& path, double claimedSeconds)
{
    return translate("hhs::AudioFile",
                     "%1 is %2 hours long; the studio takes recordings of up to %3 hours")
        .arg(quoted(path))
        .arg(claimedSeconds / 3600.0, 0, 'f', 1)
        .arg(kMaxTrackSeconds / 3600.0, 0, 'f', 0);
}

std::uint32_t littleEndian(const QByteArray& bytes, qsizetype at, int size)
{
    std::uint32_t value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | std::uint8_t(bytes[at + i]);
    return value;
}

// What a WAV's fmt chunk declares, read from the file's first 64 KB: libsndfile refuses a
// rate it cannot hold (2^31 Hz and more) or zero channels as "incomplete", which sends users
// looking for a cut-off file.
struct WavFormatChunk
{
    std::uint32_t channels = 0;
    std::uint32_t sampleRate = 0;
};

std::optional<WavFormatChunk> wavFormatChunk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray head = file.read(64 * 1024);
    if (head.size() < 12 || !(head.startsWith("RIFF") || head.startsWith("RF64")) ||
        head.mid(8, 4) != "WAVE")
        return std::nullopt;
    for (qsizetype at = 12; at + 8 <= head.size();) {
        const std::uint32_t size = littleEndian(head, at + 4, 4);
        if (head.mid(at, 4) == "fmt ") {
            if (size < 8 || at + 16 > head.size()) return std::nullopt;
            return WavFormatChunk{littleEndian(head, at + 10, 2), littleEndian(head, at + 12, 4)};
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    return std::nullopt;
}

// libsndfile's own words, with the one that misleads users made plain.
QString openFailureReason(const QString& path)
{
    const QString reason = QString::fromUtf8(sf_strerror(nullptr));
    if (!reason.contains(QLatin1String("SF_INFO struct incomplete"))) return reason;
    if (const std::optional<WavFormatChunk> format = wavFormatChunk(path)) {
        if (format->sampleRate < std::uint32_t(kMinSampleRate) ||
            format->sampleRate > std::uint32_t(kMaxSampleRate))
            return translate("hhs::AudioFile",
                             "its header declares a sample rate of %1 Hz, which is impossible; "
                             "it must be between %2 and %3 Hz")
                .arg(format->sampleRate)
                .arg(kMinSampleRate)
                .arg(kMaxSampleRate);
        if (format->channels == 0)
            return translate("hhs::AudioFile", "its header declares no channels");
    }
    return translate("hhs::AudioFile", "its header is incomplete (for example a sample rate of 0)");
}
} // namespace

struct AudioFile::Handle
{
    SNDFILE* file = nullptr;
    std::unique_ptr<FfmpegDecoder> ffmpeg; // when libsndfile does not know the format
    ~Handle()
    {
        if (file) sf_close(file);
    }
};

Result<std::unique_ptr<AudioFile>> AudioFile::open(const QString& path, int stream)
{
    // Checked before libsndfile sees it, so the message says what is really wrong.
    if (Status ok = checkInputFile(path); !ok) return ok.error();

    SF_INFO sfInfo{};
    auto handle = std::make_unique<Handle>();
    handle->file = sf_open(nativePath(path).constData(), SFM_READ, &sfInfo);
    // As librosa: libsndfile first, and FFmpeg (audioread's route) for what it does not know.
    if (!handle->file && sf_error(nullptr) == SF_ERR_UNRECOGNISED_FORMAT) {
        Result<std::unique_ptr<FfmpegDecoder>> decoder = FfmpegDecoder::open(path, stream);
        if (!decoder) return decoder.error();
        std::unique_ptr<AudioFile> audio(new AudioFile);
        audio->m_info = (*decoder)->info();
        handle->ffmpeg = std::move(*decoder);
        audio->m_handle = std::move(handle);
        return audio;
    }
    if (!handle->file) {
        const QString reason = openFailureReason(path);
        return makeError(translate("hhs::AudioFile", "%1 is not an audio file that can be read: %2")
                             .arg(quoted(path), reason));
    }
    if (sfInfo.channels <= 0 || sfInfo.channels > kMaxChannels)
        return makeError(
            translate("hhs::AudioFile", "%1 declares %2 channels; at most %3 are supported")
                .arg(quoted(path))
                .arg(sfInfo.channels)
                .arg(kMaxChannels));
    if (sfInfo.samplerate < kMinSampleRate || sfInfo.samplerate > kMaxSampleRate)
        return makeError(translate("hhs::AudioFile",
                                   "%1 declares a sample rate of %2 Hz; it must be between "
                                   "%3 and %4 Hz")
                             .arg(quoted(path))
                             .arg(sfInfo.samplerate)
                             .arg(kMinSampleRate)
                             .arg(kMaxSampleRate));
    if (sfInfo.frames < 0)
        return makeError(translate("hhs::AudioFile", "%1 has an invalid length").arg(quoted(path)));
    // libsndfile says SF_COUNT_MAX when it cannot tell (an Ogg stream without an end page):
    // the length is then counted while reading, like the FFmpeg route's estimate.
    const bool lengthUnknown = sfInfo.frames == SF_COUNT_MAX;
    if (!lengthUnknown && double(sfInfo.frames) / sfInfo.samplerate > kMaxTrackSeconds)
        return makeError(tooLong(path, double(sfInfo.frames) / sfInfo.samplerate),
                         ErrorKind::Invalid);
    if (logSaysTruncated(handle->file))
        return makeError(translate("hhs::AudioFile",
                                   "%1 is truncated: its header promises more audio than "
                                   "the file holds")
                             .arg(quoted(path)));

    std::unique_ptr<AudioFile> audio(new AudioFile);
    audio->m_handle = std::move(handle);
    audio->m_info.path = path;
    audio->m_info.format = formatName(sfInfo.format);
    audio->m_info.encoding = encodingName(sfInfo.format);
    audio->m_info.sampleRate = sfInfo.samplerate;
    audio->m_info.channels = sfInfo.channels;
    audio->m_info.frames = lengthUnknown ? 0 : sfInfo.frames;
    audio->m_info.framesExact = !lengthUnknown;
    if (const char* title = sf_get_string(audio->m_handle->file, SF_STR_TITLE))
        audio->m_info.title = QString::fromUtf8(title).trimmed();
    return audio;
}

AudioFile::~AudioFile() = default;

Result<std::int64_t> AudioFile::read(float* interleaved, std::int64_t frames)
{
    // Counted as it is read, whatever the header claimed: a stream that goes on past the
    // longest recording the studio takes stops here, before memory runs out.
    if (double(m_framesRead) / m_info.sampleRate > kMaxTrackSeconds)
        return makeError(tooLong(m_info.path, double(m_framesRead) / m_info.sampleRate),
                         ErrorKind::Invalid);
    if (m_handle->ffmpeg) {
        Result<std::int64_t> got = m_handle->ffmpeg->read(interleaved, frames);
        if (got) m_framesRead += *got;
        return got;
    }
    const sf_count_t got = sf_readf_float(m_handle->file, interleaved, frames);
    if (got < 0 || sf_error(m_handle->file) != SF_ERR_NO_ERROR) {
        return makeError(translate("hhs::AudioFile", "%1 could not be read after %2 frames: %3")
                             .arg(quoted(m_info.path))
                             .arg(m_framesRead)
                             .arg(QString::fromUtf8(sf_strerror(m_handle->file))));
    }
    m_framesRead += got;
    return std::int64_t(got);
}

Result<AudioInfo> probeAudioExactly(const QString& path, int stream)
{
    Result<std::unique_ptr<AudioFile>> file = AudioFile::open(path, stream);
    if (!file) return file.error();
    AudioInfo info = (*file)->info();
    if (info.framesExact) return info;
    std::vector<float> block(std::size_t(4096) * std::size_t(info.channels));
    for (;;) {
        Result<std::int64_t> got = (*file)->read(block.data(), 4096);
        if (!got) return got.error();
        if (*got == 0) break;
    }
    info.frames = (*file)->framesRead();
    info.framesExact = true;
    return info;
}

Result<AudioInfo> probeAudio(const QString& path, int stream)
{
    Result<std::unique_ptr<AudioFile>> file = AudioFile::open(path, stream);
    if (!file) return file.error();
    return (*file)->info();
}

} // namespace hhs
