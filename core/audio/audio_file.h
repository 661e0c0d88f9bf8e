// AudioFile: a decoder that reads any format Debian's libsndfile knows (WAV incl.
// WAVE_FORMAT_EXTENSIBLE, FLAC, Ogg/Vorbis, Opus, MP3) as interleaved float blocks, and falls
// back to FFmpeg's libraries (FfmpegDecoder) for what libsndfile does not recognise (.m4a,
// .webm, .mp4, .mkv, .mov, .aac), as librosa falls back to audioread. Opening checks the file
// and its header and refuses nonsense (no channels, absurd rates) with a message naming the
// file. One instance per thread; different instances are independent.
#pragma once

#include "jobs/result.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace hhs {

struct AudioChapter
{
    QString title;
    double startSeconds = 0;
    double endSeconds = 0;
};

struct AudioInfo
{
    QString path;
    QString format;   // "WAV", "FLAC", "OGG", "MP3", ...
    QString encoding; // "PCM 16-bit", "32-bit float", "Vorbis", ...
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0; // per channel
    // False when `frames` is the container's estimate (FFmpeg route): the loader then counts.
    bool framesExact = true;
    // The file's own title tag (a download's video title; WAV INFO, Vorbis comment, ID3, MP4
    // metadata), empty when it has none.
    QString title;
    // Filled by the FFmpeg route only.
    QString container;        // "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"
    QString codec;            // "aac", "opus"
    std::int64_t bitRate = 0; // bits per second of the audio stream (or the file), 0 unknown
    int streamIndex = -1;     // which audio stream (among the audio streams) is read
    QStringList audioStreams; // one line per audio stream: "0: aac, 2 ch, 44100 Hz (default)"
    std::vector<AudioChapter> chapters;
    double durationSeconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

// The most channels a file may have; libsndfile itself stops at 1024.
inline constexpr int kMaxChannels = 256;
inline constexpr int kMinSampleRate = 1000;
inline constexpr int kMaxSampleRate = 768000;

class AudioFile
{
public:
    // `stream` picks an audio stream of a multi-stream file (FFmpeg route); -1 the default.
    static Result<std::unique_ptr<AudioFile>> open(const QString& path, int stream = -1);
    ~AudioFile();
    AudioFile(const AudioFile&) = delete;
    AudioFile& operator=(const AudioFile&) = delete;

    const AudioInfo& info() const { return m_info; }

    // Reads up to `frames` frames into `interleaved` (frames * channels floats, samples in
    // [-1, 1) as libsndfile scales them). Returns the frames read; 0 at the end of the file.
    // An error means the data could not be read (a damaged or truncated file).
    Result<std::int64_t> read(float* interleaved, std::int64_t frames);

    std::int64_t framesRead() const { return m_framesRead; }

private:
    AudioFile() = default;
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    AudioInfo m_info;
    std::int64_t m_framesRead = 0;
};

// Reads only the header: what `hiphop-cli info` prints.
Result<AudioInfo> probeAudio(const QString& path, int stream = -1);
// The same with `frames` counted: for the FFmpeg route, whose container only estimates the
// length, the stream is decoded through once (what importing a track needs, so that its
// duration is the loaded signal's). Worker thread: it takes as long as a decode.
Result<AudioInfo> probeAudioExactly(const QString& path, int stream = -1);

} // namespace hhs
