// The audio probe and loader on any bytes: libsndfile's formats and FFmpeg's containers (the
// seed corpus has a WAV, a FLAC, an Ogg and an .m4a). Never a crash, a hang or an allocation
// the data does not justify; a refused file is an error naming it.
#include "audio/audio_file.h"
#include "audio/loader.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hhs;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("[킬링벌스] input.audio"));
    Result<AudioInfo> info = probeAudio(path);
    if (!info.ok() && !info.message().contains(QStringLiteral("input.audio")))
        fuzz::finding("a probe error does not name the file");
    LoadOptions options;
    options.buildPeaks = true;
    Result<LoadedAudio> loaded = loadAudio(path, options);
    if (loaded.ok()) {
        if (loaded->samples.empty()) fuzz::finding("a loaded file has no samples");
        if (loaded->sampleRate != options.targetRate) fuzz::finding("the rate is not the target");
    }
    return 0;
}
