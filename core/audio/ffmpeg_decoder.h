// FfmpegDecoder: reads the audio stream of what libsndfile cannot open (AAC in .m4a/.mp4,
// Opus or Vorbis in .webm/.mkv, the sound of any video file) through FFmpeg's libraries, the
// way the ffmpeg program does for librosa's audioread fallback: decoded, converted to
// interleaved 16-bit at the stream's own rate and channels, then scaled to float by 1/32768.
// Video and every other stream are discarded, never decoded. Streams packet by packet: memory
// stays at one block. One instance per thread; different instances are independent.
#pragma once

#include "audio/audio_file.h"
#include "jobs/result.h"

#include <QString>
#include <cstdint>
#include <memory>

namespace hhs {

class FfmpegDecoder
{
public:
    // Opens `path` (already checked to be a readable, non-empty file) and decodes its first
    // audio frame, so that a file with no audio, an unknown codec or a damaged container is
    // refused here. `stream` picks an audio stream by its index among the audio streams;
    // -1 takes the default one (or the first).
    static Result<std::unique_ptr<FfmpegDecoder>> open(const QString& path, int stream = -1);
    ~FfmpegDecoder();
    FfmpegDecoder(const FfmpegDecoder&) = delete;
    FfmpegDecoder& operator=(const FfmpegDecoder&) = delete;

    // The file as the container describes it; `frames` is an estimate (framesExact false).
    const AudioInfo& info() const { return m_info; }

    // As AudioFile::read: up to `frames` interleaved frames, 0 at the end of the stream.
    Result<std::int64_t> read(float* interleaved, std::int64_t frames);

private:
    FfmpegDecoder() = default;
    Status fill(); // decodes packets until samples are pending or the stream ends
    struct State;
    std::unique_ptr<State> m_state;
    AudioInfo m_info;
};

// "5.1.6-0+deb12u1 (libavformat 59.27.100, libavcodec 59.37.100, libswresample 4.7.100)":
// the FFmpeg libraries in use, as they report themselves at run time.
QString ffmpegVersions();

} // namespace hhs
