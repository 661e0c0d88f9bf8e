#include "audio/ffmpeg_decoder.h"

#include "formats/time_text.h"
#include "jobs/text.h"

#include <QFileInfo>
#include <algorithm>
#include <cstdarg>
#include <mutex>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

namespace hhs {
namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

// FFmpeg's last error line on this thread ("moov atom not found"): it says more than the
// error code, so refusals quote it. Nothing is printed to the terminal.
thread_local QByteArray t_lastLogLine;

void keepErrorLines(void* context, int level, const char* format, va_list arguments)
{
    if (level > AV_LOG_ERROR) return;
    char line[512] = {};
    int prefix = 0;
    av_log_format_line2(context, level, format, arguments, line, sizeof line, &prefix);
    t_lastLogLine = QByteArray(line).trimmed();
}

void quietLibraries()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(keepErrorLines); });
    t_lastLogLine.clear();
}

// The error code's text, with FFmpeg's own last words when it logged any.
QString openError(int code)
{
    const QString text = avError(code);
    if (t_lastLogLine.isEmpty()) return text;
    return QStringLiteral("%1 (%2)").arg(text, QString::fromUtf8(t_lastLogLine));
}

QString metadataTitle(AVDictionary* metadata)
{
    const AVDictionaryEntry* title = av_dict_get(metadata, "title", nullptr, 0);
    return title ? QString::fromUtf8(title->value) : QString();
}
} // namespace

struct FfmpegDecoder::State
{
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    SwrContext* swr = nullptr;
    AVPacket* packet = nullptr;
    AVFrame* frame = nullptr;
    int streamIndex = -1;
    std::vector<std::int16_t> pending; // interleaved 16-bit, not yet handed out
    std::size_t pendingAt = 0;         // first sample of `pending` not yet handed out
    bool sentEnd = false;
    bool finished = false;
    std::int64_t framesOut = 0;
    ~State()
    {
        av_frame_free(&frame);
        av_packet_free(&packet);
        swr_free(&swr);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
    }
};

FfmpegDecoder::~FfmpegDecoder() = default;

Result<std::unique_ptr<FfmpegDecoder>> FfmpegDecoder::open(const QString& path, int stream)
{
    quietLibraries();
    auto refuse = [&](const QString& reason) {
        return makeError(translate("hhs::AudioFile", "%1 is not an audio file that can be read: %2")
                             .arg(quoted(path), reason));
    };
    auto state = std::make_unique<State>();
    // Local files only: a playlist or concat file must not make the loader fetch anything.
    AVDictionary* options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    const QByteArray url = "file:" + nativePath(QFileInfo(path).absoluteFilePath());
    int code = avformat_open_input(&state->format, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (code < 0) return refuse(openError(code));
    code = avformat_find_stream_info(state->format, nullptr);
    if (code < 0) return refuse(openError(code));

    // The audio streams, the default one first choice.
    std::vector<int> audio;
    for (unsigned i = 0; i < state->format->nb_streams; ++i)
        if (state->format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            audio.push_back(int(i));
    if (audio.empty()) return refuse(translate("hhs::AudioFile", "it has no audio stream"));
    int chosen = -1;
    if (stream >= 0) {
        if (stream >= int(audio.size()))
            return makeError(
                translate("hhs::AudioFile", "%1 has %2 audio streams; there is no stream %3")
                    .arg(quoted(path))
                    .arg(audio.size())
                    .arg(stream));
        chosen = stream;
    } else {
        chosen = 0;
        for (std::size_t a = 0; a < audio.size(); ++a)
            if (state->format->streams[audio[a]]->disposition & AV_DISPOSITION_DEFAULT) {
                chosen = int(a);
                break;
            }
    }
    state->streamIndex = audio[std::size_t(chosen)];
    // Never read video (or anything else) beyond skipping its packets.
    for (unsigned i = 0; i < state->format->nb_streams; ++i)
        if (int(i) != state->streamIndex) state->format->streams[i]->discard = AVDISCARD_ALL;

    AVStream* audioStream = state->format->streams[state->streamIndex];
    const AVCodec* decoder = avcodec_find_decoder(audioStream->codecpar->codec_id);
    if (!decoder)
        return refuse(
            translate("hhs::AudioFile", "its audio codec (%1) is not supported")
                .arg(QString::fromUtf8(avcodec_get_name(audioStream->codecpar->codec_id))));
    state->codec = avcodec_alloc_context3(decoder);
    state->packet = av_packet_alloc();
    state->frame = av_frame_alloc();
    if (!state->codec || !state->packet || !state->frame)
        return refuse(translate("hhs::AudioFile", "out of memory"));
    code = avcodec_parameters_to_context(state->codec, audioStream->codecpar);
    if (code >= 0) {
        state->codec->pkt_timebase = audioStream->time_base;
        code = avcodec_open2(state->codec, decoder, nullptr);
    }
    if (code < 0)
        return refuse(translate("hhs::AudioFile", "its %1 audio could not be decoded: %2")
                          .arg(QString::fromUtf8(decoder->name), avError(code)));

    std::unique_ptr<FfmpegDecoder> result(new FfmpegDecoder);
    result->m_state = std::move(state);
    State& s = *result->m_state;
    result->m_info.path = path;
    // Decode the first frame now: its rate and channels are the truth, and a stream that
    // cannot be decoded at all is refused at open time.
    if (Status ok = result->fill(); !ok) return ok.error();
    if (s.pending.empty() || !s.swr)
        return refuse(
            translate("hhs::AudioFile", "its audio stream holds no samples that can be decoded"));

    AudioInfo& info = result->m_info;
    info.path = path;
    info.container = QString::fromUtf8(s.format->iformat->name);
    info.format = QString::fromUtf8(s.format->iformat->long_name ? s.format->iformat->long_name
                                                                 : s.format->iformat->name);
    info.codec = QString::fromUtf8(decoder->name);
    info.encoding = QString::fromUtf8(decoder->long_name ? decoder->long_name : decoder->name);
    info.sampleRate = s.codec->sample_rate;
    info.channels = s.codec->ch_layout.nb_channels;
    info.bitRate =
        audioStream->codecpar->bit_rate > 0 ? audioStream->codecpar->bit_rate : s.format->bit_rate;
    info.streamIndex = chosen;
    info.framesExact = false;
    info.title = metadataTitle(s.format->metadata).trimmed();
    double seconds = 0;
    if (audioStream->duration > 0 && audioStream->duration != AV_NOPTS_VALUE)
        seconds = double(audioStream->duration) * av_q2d(audioStream->time_base);
    else if (s.format->duration > 0)
        seconds = double(s.format->duration) / AV_TIME_BASE;
    // Only an estimate (the loader counts): one beyond any real recording means "unknown", and
    // is never converted to an integer it would overflow.
    if (!(seconds > 0) || seconds > 2 * kMaxTrackSeconds) seconds = 0;
    info.frames = std::int64_t(seconds * info.sampleRate + 0.5);
    for (std::size_t a = 0; a < audio.size(); ++a) {
        const AVStream* st = s.format->streams[audio[a]];
        QString line = translate("hhs::AudioFile", "%1: %2, %3 ch, %4 Hz")
                           .arg(a)
                           .arg(QString::fromUtf8(avcodec_get_name(st->codecpar->codec_id)))
                           .arg(st->codecpar->ch_layout.nb_channels)
                           .arg(st->codecpar->sample_rate);
        const QString title = metadataTitle(st->metadata);
        if (!title.isEmpty()) line += QStringLiteral(" \"%1\"").arg(title);
        if (int(a) == chosen)
            line =
                translate("hhs::AudioFile", "%1 (the stream that is read)", "an audio stream", -1)
                    .arg(line);
        info.audioStreams << line;
    }
    for (unsigned c = 0; c < s.format->nb_chapters; ++c) {
        const AVChapter* chapter = s.format->chapters[c];
        const double base = av_q2d(chapter->time_base);
        info.chapters.push_back({metadataTitle(chapter->metadata), double(chapter->start) * base,
                                 double(chapter->end) * base});
    }

    if (info.channels <= 0 || info.channels > kMaxChannels)
        return makeError(
            translate("hhs::AudioFile", "%1 declares %2 channels; at most %3 are supported")
                .arg(quoted(path))
                .arg(info.channels)
                .arg(kMaxChannels));
    if (info.sampleRate < kMinSampleRate || info.sampleRate > kMaxSampleRate)
        return makeError(translate("hhs::AudioFile",
                                   "%1 declares a sample rate of %2 Hz; it must be between "
                                   "%3 and %4 Hz")
                             .arg(quoted(path))
                             .arg(info.sampleRate)
                             .arg(kMinSampleRate)
                             .arg(kMaxSampleRate));
    return result;
}

Status FfmpegDecoder::fill()
{
    State& s = *m_state;
    auto damaged = [&](const QString& reason) {
        // A read or decode error well short of the declared length is a file cut short.
        if (m_info.frames > 0 && s.framesOut < m_info.frames - m_info.frames / 50)
            return makeError(translate("hhs::AudioFile",
                                       "%1 is truncated: its container declares %2 s of audio "
                                       "but it breaks off after %3 s (%4)")
                                 .arg(quoted(m_info.path))
                                 .arg(double(m_info.frames) / m_info.sampleRate, 0, 'f', 1)
                                 .arg(double(s.framesOut) / m_info.sampleRate, 0, 'f', 1)
                                 .arg(reason));
        return makeError(translate("hhs::AudioFile", "%1 is damaged after %2 frames: %3")
                             .arg(quoted(m_info.path))
                             .arg(s.framesOut)
                             .arg(reason));
    };
    while (s.pendingAt >= s.pending.size() && !s.finished) {
        int code = avcodec_receive_frame(s.codec, s.frame);
        if (code == 0) {
            const int channels = s.frame->ch_layout.nb_channels;
            if (!s.swr) {
                // What the ffmpeg program's automatic conversion does: same layout and rate,
                // samples to interleaved signed 16-bit, default (no) dither.
                code = swr_alloc_set_opts2(&s.swr, &s.frame->ch_layout, AV_SAMPLE_FMT_S16,
                                           s.frame->sample_rate, &s.frame->ch_layout,
                                           AVSampleFormat(s.frame->format), s.frame->sample_rate, 0,
                                           nullptr);
                if (code < 0 || (code = swr_init(s.swr)) < 0) return damaged(avError(code));
                s.codec->sample_rate = s.frame->sample_rate;
                av_channel_layout_copy(&s.codec->ch_layout, &s.frame->ch_layout);
            } else if (s.frame->sample_rate != s.codec->sample_rate ||
                       channels != s.codec->ch_layout.nb_channels) {
                return damaged(
                    translate("hhs::AudioFile", "the stream changes its rate or channels midway"));
            }
            s.pending.resize(std::size_t(s.frame->nb_samples + 32) * std::size_t(channels));
            s.pendingAt = 0;
            auto* out = reinterpret_cast<std::uint8_t*>(s.pending.data());
            const int got = swr_convert(s.swr, &out, s.frame->nb_samples + 32,
                                        const_cast<const std::uint8_t**>(s.frame->extended_data),
                                        s.frame->nb_samples);
            av_frame_unref(s.frame);
            if (got < 0) return damaged(avError(got));
            s.pending.resize(std::size_t(got) * std::size_t(channels));
            continue;
        }
        if (code == AVERROR_EOF) {
            s.finished = true;
            break;
        }
        if (code != AVERROR(EAGAIN)) return damaged(avError(code));
        if (s.sentEnd) {
            s.finished = true;
            break;
        }
        code = av_read_frame(s.format, s.packet);
        if (code == AVERROR_EOF) {
            s.sentEnd = true;
            avcodec_send_packet(s.codec, nullptr);
            continue;
        }
        if (code < 0) return damaged(avError(code));
        if (s.packet->stream_index == s.streamIndex) code = avcodec_send_packet(s.codec, s.packet);
        av_packet_unref(s.packet);
        if (code < 0 && code != AVERROR(EAGAIN)) return damaged(avError(code));
    }
    return {};
}

Result<std::int64_t> FfmpegDecoder::read(float* interleaved, std::int64_t frames)
{
    State& s = *m_state;
    const int channels = m_info.channels;
    std::int64_t done = 0;
    while (done < frames) {
        if (Status ok = fill(); !ok) return ok.error();
        const std::size_t available = (s.pending.size() - s.pendingAt) / std::size_t(channels);
        if (available == 0) break;
        const std::size_t take = std::min<std::size_t>(available, std::size_t(frames - done));
        const std::int16_t* from = s.pending.data() + s.pendingAt;
        float* to = interleaved + done * channels;
        // librosa's util.buf_to_float: int16 / 32768 in float32.
        for (std::size_t i = 0; i < take * std::size_t(channels); ++i)
            to[i] = float(from[i]) * (1.0f / 32768.0f);
        s.pendingAt += take * std::size_t(channels);
        done += std::int64_t(take);
    }
    s.framesOut += done;
    // A download cut short still demuxes to a clean end: compare with what the container
    // declares (2% slack for estimates), so a half-copied file is an error, not a shorter song.
    if (done == 0 && m_info.frames > 0 && s.framesOut < m_info.frames - m_info.frames / 50)
        return makeError(translate("hhs::AudioFile",
                                   "%1 is truncated: its container declares %2 s of audio but "
                                   "only %3 s could be read")
                             .arg(quoted(m_info.path))
                             .arg(double(m_info.frames) / m_info.sampleRate, 0, 'f', 1)
                             .arg(double(s.framesOut) / m_info.sampleRate, 0, 'f', 1));
    return done;
}

QString ffmpegVersions()
{
    auto version = [](unsigned v) {
        return QStringLiteral("%1.%2.%3").arg(v >> 16).arg((v >> 8) & 0xff).arg(v & 0xff);
    };
    return QStringLiteral("%1 (libavformat %2, libavcodec %3, libswresample %4)")
        .arg(QString::fromUtf8(av_version_info()), version(avformat_version()),
             version(avcodec_version()), version(swresample_version()));
}

} // namespace hhs
