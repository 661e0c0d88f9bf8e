#include "audio/wav_writer.h"

#include "formats/output_file.h"
#include "jobs/text.h"

#include <cerrno>
#include <sndfile.h>

namespace hhs {

Status writeWav(const QString& path, const float* interleaved, std::size_t frames, int channels,
                int sampleRate, WavSampleFormat format)
{
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format =
        SF_FORMAT_WAV | (format == WavSampleFormat::Float32 ? SF_FORMAT_FLOAT : SF_FORMAT_PCM_16);
    if (!sf_format_check(&info))
        return makeError(
            translate("hhs::WavWriter",
                      "cannot write %1: %2 channels at %3 Hz is not a valid WAV format")
                .arg(quoted(path))
                .arg(channels)
                .arg(sampleRate));
    OutputFile output(path);
    if (Status opened = output.open(); !opened) return opened;
    SNDFILE* file = sf_open_fd(output.descriptor(), SFM_WRITE, &info, SF_FALSE);
    if (!file)
        return makeError(translate("hhs::WavWriter", "cannot write %1: %2")
                             .arg(quoted(path), QString::fromUtf8(sf_strerror(nullptr))));
    // Float WAVs keep values as they are; 16-bit output clips instead of wrapping around.
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    errno = 0;
    const sf_count_t written = sf_writef_float(file, interleaved, sf_count_t(frames));
    if (written != sf_count_t(frames)) output.failedWithErrno();
    if (sf_close(file) != 0) output.failedWithErrno();
    return output.commit();
}

} // namespace hhs
