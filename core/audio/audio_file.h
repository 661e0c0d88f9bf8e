// AudioFile: a decoder over libsndfile that reads any format Debian's libsndfile knows (WAV
// incl. WAVE_FORMAT_EXTENSIBLE, FLAC, Ogg/Vorbis, MP3) as interleaved float blocks. Opening
// checks the file and its header and refuses nonsense (no channels, absurd rates) with a
// message naming the file. One instance per thread; different instances are independent.
#pragma once

#include "jobs/result.h"

#include <QString>
#include <cstdint>
#include <memory>

namespace hhs {

struct AudioInfo
{
    QString path;
    QString format;   // "WAV", "FLAC", "OGG", "MP3", ...
    QString encoding; // "PCM 16-bit", "32-bit float", "Vorbis", ...
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0; // per channel
    double durationSeconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

// The most channels a file may have; libsndfile itself stops at 1024.
inline constexpr int kMaxChannels = 256;
inline constexpr int kMinSampleRate = 1000;
inline constexpr int kMaxSampleRate = 768000;

class AudioFile
{
public:
    static Result<std::unique_ptr<AudioFile>> open(const QString& path);
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
Result<AudioInfo> probeAudio(const QString& path);

} // namespace hhs
