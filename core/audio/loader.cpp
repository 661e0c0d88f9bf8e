#include "audio/loader.h"

#include "audio/resampler.h"
#include "jobs/text.h"

#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <future>

namespace hhs {
namespace {
// Interleaved floats per decoded block: 1 MiB of samples whatever the channel count.
constexpr std::int64_t kBlockSamples = 1 << 18;
// About 27 hours at 22050 Hz: longer outputs are refused rather than allocated.
constexpr std::int64_t kMaxOutputSamples = std::int64_t(1) << 31;

using Clock = std::chrono::steady_clock;
double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// np.mean(y, axis=0) over float32 channels: a running float sum, then one division.
void downmix(const float* interleaved, std::int64_t frames, int channels, float* mono)
{
    if (channels == 1) {
        std::copy(interleaved, interleaved + frames, mono);
        return;
    }
    if (channels == 2) { // the common case, in a loop the compiler vectorises (same values)
        for (std::int64_t f = 0; f < frames; ++f)
            mono[f] = (interleaved[2 * f] + interleaved[2 * f + 1]) / 2.0f;
        return;
    }
    const float count = float(channels);
    for (std::int64_t f = 0; f < frames; ++f) {
        const float* frame = interleaved + f * channels;
        float sum = frame[0];
        for (int c = 1; c < channels; ++c)
            sum += frame[c];
        mono[f] = sum / count;
    }
}

// librosa.resample(..., fix=True): the output has exactly ceil(n * target / source) samples.
std::int64_t librosaLength(std::int64_t frames, int sourceRate, int targetRate)
{
    // A length no file can have (an unknown Ogg length is INT64_MAX) saturates instead of
    // overflowing; the callers refuse it as too long.
    if (frames > (INT64_MAX - sourceRate) / targetRate) return INT64_MAX;
    return (frames * targetRate + sourceRate - 1) / sourceRate;
}

// What to reserve for the output: the header's length is a claim, not a fact (a 760-byte FLAC
// can claim six billion samples), so never more than a generous bound from the file's size;
// a longer signal grows the buffer as it is really decoded.
std::size_t samplesToReserve(std::int64_t expected, const QString& path)
{
    const std::int64_t fromSize = 16 * QFileInfo(path).size() + (std::int64_t(1) << 20);
    return std::size_t(std::max<std::int64_t>(0, std::min(expected, fromSize)) + 4096);
}
} // namespace

Result<LoadedAudio> loadAudio(const QString& path, const LoadOptions& options,
                              const JobControl& job, LoadTimings* timings)
{
    LoadTimings local;
    LoadTimings& time = timings ? *timings : local;
    if (options.targetRate < kMinSampleRate || options.targetRate > kMaxSampleRate)
        return makeError(translate("hhs::Loader",
                                   "cannot load %1 at %2 Hz: the rate must be between %3 and "
                                   "%4 Hz")
                             .arg(quoted(path))
                             .arg(options.targetRate)
                             .arg(kMinSampleRate)
                             .arg(kMaxSampleRate));

    auto start = Clock::now();
    Result<std::unique_ptr<AudioFile>> opened = AudioFile::open(path, options.stream);
    if (!opened) return opened.error();
    AudioFile& file = **opened;
    const AudioInfo info = file.info();
    time.decode += since(start);

    if (info.framesExact && info.frames == 0)
        return makeError(
            translate("hhs::Loader", "%1 contains no audio samples").arg(quoted(path)));
    const bool resample = info.sampleRate != options.targetRate;
    // The FFmpeg route only estimates the length: the output's is fixed once the end is read.
    std::int64_t expected =
        resample ? librosaLength(info.frames, info.sampleRate, options.targetRate) : info.frames;
    if (expected > kMaxOutputSamples)
        return makeError(translate("hhs::Loader",
                                   "%1 is too long: %2 hours at %3 Hz is more than the studio "
                                   "can hold")
                             .arg(quoted(path))
                             .arg(info.durationSeconds() / 3600.0, 0, 'f', 1)
                             .arg(options.targetRate));

    std::optional<Resampler> resampler;
    if (resample) {
        Result<Resampler> created = Resampler::create(info.sampleRate, options.targetRate);
        if (!created) return created.error();
        resampler.emplace(std::move(*created));
    }

    LoadedAudio loaded;
    loaded.source = info;
    loaded.sampleRate = options.targetRate;
    if (options.keepSamples) loaded.samples.reserve(samplesToReserve(expected, path));

    const std::int64_t blockFrames = std::max<std::int64_t>(1024, kBlockSamples / info.channels);
    // Two blocks: the next one is decoded on a thread of its own while this one is downmixed,
    // resampled and handed on, so a slow decoder (AAC, Opus) and the rest overlap. The file is
    // used by one thread at a time: each read starts after the previous one has returned.
    std::vector<float> blocks[2] = {std::vector<float>(std::size_t(blockFrames * info.channels)),
                                    std::vector<float>(std::size_t(blockFrames * info.channels))};
    std::vector<float> mono(static_cast<std::size_t>(blockFrames));
    std::size_t delivered = 0; // output samples already given to peaks / onBlock
    std::size_t letGo = 0;     // output samples no longer held (keepSamples false)

    // `upTo` counts every output sample so far; loaded.samples holds those from letGo on.
    auto deliver = [&](std::size_t upTo) {
        if (upTo <= delivered) return;
        const float* block = loaded.samples.data() + (delivered - letGo);
        const std::size_t count = upTo - delivered;
        const auto peaksStart = Clock::now();
        if (options.buildPeaks) loaded.peaks.append(block, count);
        time.peaks += since(peaksStart);
        if (options.onBlock) options.onBlock(block, count, std::int64_t(delivered));
        delivered = upTo;
        if (!options.keepSamples) {
            loaded.samples.erase(loaded.samples.begin(),
                                 loaded.samples.begin() + std::ptrdiff_t(delivered - letGo));
            letGo = delivered;
        }
    };

    const QString stage = translate("hhs::Loader", "Loading");
    auto readAhead = [&file, &blocks, blockFrames](int into) {
        return std::async(std::launch::async, [&file, &blocks, blockFrames, into] {
            return file.read(blocks[into].data(), blockFrames);
        });
    };
    int current = 0;
    // Declared after `file`: an early return waits for the read in flight before the file goes.
    std::future<Result<std::int64_t>> next = readAhead(current);
    for (;;) {
        start = Clock::now();
        Result<std::int64_t> got = next.get(); // the time waited for the decoder
        time.decode += since(start);
        if (!got) return got.error();
        if (*got == 0) break;
        const std::int64_t framesRead = file.framesRead();
        if (job.cancelled()) return cancelledError();
        next = readAhead(1 - current);
        const float* interleaved = blocks[current].data();
        current = 1 - current;

        start = Clock::now();
        downmix(interleaved, *got, info.channels, mono.data());
        time.downmix += since(start);

        start = Clock::now();
        if (resampler) {
            if (Status ok = resampler->process(mono.data(), std::size_t(*got), loaded.samples); !ok)
                return ok.error();
        } else {
            loaded.samples.insert(loaded.samples.end(), mono.begin(), mono.begin() + *got);
        }
        time.resample += since(start);
        // Hold back the last samples: librosa's length fix may still trim them. An estimated
        // length is not a bound; what has been read so far is.
        const std::int64_t bound =
            info.framesExact ? expected
            : resample       ? librosaLength(framesRead, info.sampleRate, options.targetRate)
                             : framesRead;
        deliver(std::min<std::size_t>(letGo + loaded.samples.size(), std::size_t(bound)));
        double fraction = double(framesRead) / double(std::max<std::int64_t>(info.frames, 1));
        if (!info.framesExact) fraction = std::min(fraction, 0.99);
        job.report(fraction, stage);
    }
    if (!info.framesExact) {
        if (file.framesRead() == 0)
            return makeError(
                translate("hhs::Loader", "%1 contains no audio samples").arg(quoted(path)));
        expected = resample ? librosaLength(file.framesRead(), info.sampleRate, options.targetRate)
                            : file.framesRead();
        if (expected > kMaxOutputSamples)
            return makeError(translate("hhs::Loader", "%1 is too long for the studio to hold")
                                 .arg(quoted(path)));
        loaded.source.frames = file.framesRead();
        loaded.source.framesExact = true;
    }
    if (file.framesRead() < info.frames && info.framesExact)
        return makeError(translate("hhs::Loader",
                                   "%1 ends early: only %2 of the %3 frames its header "
                                   "declares could be read")
                             .arg(quoted(path))
                             .arg(file.framesRead())
                             .arg(info.frames));

    start = Clock::now();
    if (resampler) {
        if (Status ok = resampler->flush(loaded.samples); !ok) return ok.error();
    }
    // Pad with zeros or trim, as librosa (what was handed on is never past `expected`).
    loaded.samples.resize(std::size_t(expected) - letGo, 0.0f);
    time.resample += since(start);
    deliver(std::size_t(expected));
    loaded.length = expected;
    const auto peaksStart = Clock::now();
    if (options.buildPeaks) loaded.peaks.finish();
    time.peaks += since(peaksStart);
    job.report(1.0, stage);
    return loaded;
}

} // namespace hhs
