// Every container/encoding the issue lists loads through the same path: lossless re-encodings
// of the reference inputs (written by libsndfile's own encoders) give librosa's samples again;
// lossy ones (Ogg/Vorbis, MP3) give the same tone at the same length.
#include "audio/loader.h"
#include "test_support.h"

#include <cmath>
#include <gtest/gtest.h>
#include <sndfile.h>

namespace hhs {
namespace {

struct Signal
{
    int rate = 0;
    int channels = 0;
    std::vector<float> interleaved;
};

Signal readWithSndfile(const QString& path)
{
    SF_INFO info{};
    SNDFILE* file = sf_open(path.toUtf8().constData(), SFM_READ, &info);
    Signal signal;
    if (!file) return signal;
    signal.rate = info.samplerate;
    signal.channels = info.channels;
    signal.interleaved.resize(std::size_t(info.frames * info.channels));
    sf_readf_float(file, signal.interleaved.data(), info.frames);
    sf_close(file);
    return signal;
}

// Copies `source` into a new container/encoding with integer I/O for PCM targets (libsndfile's
// integer paths are exact shifts; its float-to-PCM path scales by 0x7FFF) and float I/O
// otherwise. false when this libsndfile cannot write the format.
bool convertWithSndfile(const QString& source, const QString& path, int format)
{
    SF_INFO in{};
    SNDFILE* reader = sf_open(source.toUtf8().constData(), SFM_READ, &in);
    if (!reader) return false;
    SF_INFO out{};
    out.samplerate = in.samplerate;
    out.channels = in.channels;
    out.format = format;
    SNDFILE* writer =
        sf_format_check(&out) ? sf_open(path.toUtf8().constData(), SFM_WRITE, &out) : nullptr;
    if (!writer) {
        sf_close(reader);
        return false;
    }
    const int subtype = format & SF_FORMAT_SUBMASK;
    const bool floating = subtype == SF_FORMAT_FLOAT || subtype == SF_FORMAT_DOUBLE;
    std::vector<float> floats(std::size_t(in.frames * in.channels));
    std::vector<int> ints(std::size_t(in.frames * in.channels));
    if (floating) {
        sf_readf_float(reader, floats.data(), in.frames);
        sf_writef_float(writer, floats.data(), in.frames);
    } else {
        sf_readf_int(reader, ints.data(), in.frames);
        sf_writef_int(writer, ints.data(), in.frames);
    }
    sf_close(reader);
    sf_close(writer);
    return true;
}

// false when this libsndfile cannot write the format (then the test is skipped).
bool writeWithSndfile(const QString& path, int format, const Signal& signal)
{
    SF_INFO info{};
    info.samplerate = signal.rate;
    info.channels = signal.channels;
    info.format = format;
    if (!sf_format_check(&info)) return false;
    SNDFILE* file = sf_open(path.toUtf8().constData(), SFM_WRITE, &info);
    if (!file) return false;
    sf_writef_float(file, signal.interleaved.data(),
                    sf_count_t(signal.interleaved.size() / std::size_t(signal.channels)));
    sf_close(file);
    return true;
}

std::vector<float> expectedLoad(const QString& name)
{
    return readWithSndfile(test::referenceExpected(name + QStringLiteral(".load.wav"))).interleaved;
}

double maxDifference(const std::vector<float>& a, const std::vector<float>& b)
{
    double worst = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        worst = std::max(worst, std::abs(double(a[i]) - double(b[i])));
    return worst;
}

// Lossless: the same samples in another container load exactly as librosa loaded the original.
void expectLosslessRoundTrip(const QString& name, int format, const char* extension)
{
    HHS_REQUIRE_REFERENCE();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("소리.") + QLatin1String(extension));
    if (!convertWithSndfile(test::referenceInput(name), path, format))
        GTEST_SKIP() << "libsndfile cannot write " << extension;
    Result<LoadedAudio> loaded = loadAudio(path);
    ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
    const std::vector<float> expected = expectedLoad(name);
    ASSERT_EQ(loaded->samples.size(), expected.size());
    EXPECT_LE(maxDifference(loaded->samples, expected), 1e-5);
}

TEST(AudioFormats, Flac16BitStereoMatchesLibrosa)
{
    expectLosslessRoundTrip(QStringLiteral("chirp_noise_44k_stereo_s16"),
                            SF_FORMAT_FLAC | SF_FORMAT_PCM_16, "flac");
}

TEST(AudioFormats, WaveFormatExtensible24BitMatchesLibrosa)
{
    expectLosslessRoundTrip(QStringLiteral("drums_48k_mono_s24"),
                            SF_FORMAT_WAVEX | SF_FORMAT_PCM_24, "wav");
}

TEST(AudioFormats, Wav32BitPcmMatchesLibrosa)
{
    expectLosslessRoundTrip(QStringLiteral("drums_48k_mono_s24"), SF_FORMAT_WAV | SF_FORMAT_PCM_32,
                            "wav");
}

TEST(AudioFormats, Wav64BitFloatMatchesLibrosa)
{
    expectLosslessRoundTrip(QStringLiteral("sine_440_22k_mono_f32"),
                            SF_FORMAT_WAV | SF_FORMAT_DOUBLE, "wav");
}

TEST(AudioFormats, Flac24BitMatchesLibrosa)
{
    expectLosslessRoundTrip(QStringLiteral("drums_48k_mono_s24"), SF_FORMAT_FLAC | SF_FORMAT_PCM_24,
                            "flac");
}

// Counts upward zero crossings per second: the tone's frequency.
double toneFrequency(const std::vector<float>& samples, int rate, std::size_t skip)
{
    int crossings = 0;
    for (std::size_t i = skip + 1; i + skip < samples.size(); ++i)
        if (samples[i - 1] < 0 && samples[i] >= 0) ++crossings;
    return crossings * double(rate) / double(samples.size() - 2 * skip);
}

void expectLossyTone(int format, const char* extension, std::int64_t lengthTolerance)
{
    QTemporaryDir dir;
    const QString path =
        dir.filePath(QStringLiteral("[킬링벌스] tone.") + QLatin1String(extension));
    Signal stereo;
    stereo.rate = 44100;
    stereo.channels = 2;
    const std::vector<float> tone = test::sine(440.0, 2.0, 44100);
    for (float v : tone)
        stereo.interleaved.insert(stereo.interleaved.end(), {v, v});
    if (!writeWithSndfile(path, format, stereo))
        GTEST_SKIP() << "libsndfile cannot write " << extension;

    Result<LoadedAudio> loaded = loadAudio(path);
    ASSERT_TRUE(loaded.ok()) << loaded.message().toStdString();
    EXPECT_EQ(loaded->sampleRate, 22050);
    EXPECT_NEAR(double(loaded->samples.size()), 44100.0, double(lengthTolerance));
    EXPECT_NEAR(toneFrequency(loaded->samples, 22050, 2048), 440.0, 5.0);
    EXPECT_GT(loaded->peaks.range(0, std::int64_t(loaded->samples.size())).max, 0.4f);
}

TEST(AudioFormats, OggVorbisLoadsTheSameToneAtTheSameLength)
{
    expectLossyTone(SF_FORMAT_OGG | SF_FORMAT_VORBIS, "ogg", 0);
}

TEST(AudioFormats, Mp3LoadsTheSameToneWhereLibsndfileSupportsIt)
{
    // MP3 adds encoder delay and padding (about 1 152 samples at 44.1 kHz).
    expectLossyTone(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, "mp3", 2400);
}

TEST(AudioFormats, ProbeReportsFormatRateChannelsAndLength)
{
    HHS_REQUIRE_REFERENCE();
    Result<AudioInfo> info =
        probeAudio(test::referenceInput(QStringLiteral("chirp_noise_44k_stereo_s16")));
    ASSERT_TRUE(info.ok());
    EXPECT_TRUE(info->format.startsWith(QStringLiteral("WAV")));
    EXPECT_EQ(info->encoding, QStringLiteral("PCM 16-bit"));
    EXPECT_EQ(info->sampleRate, 44100);
    EXPECT_EQ(info->channels, 2);
    EXPECT_EQ(info->frames, 220500);
    EXPECT_DOUBLE_EQ(info->durationSeconds(), 5.0);
    EXPECT_TRUE(info->title.isEmpty());
}

TEST(AudioFormats, ProbeReadsTheFilesTitleTag)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tagged.flac"));
    SF_INFO format{};
    format.samplerate = 22050;
    format.channels = 1;
    format.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    SNDFILE* file = sf_open(path.toUtf8().constData(), SFM_WRITE, &format);
    ASSERT_TRUE(file);
    sf_set_string(file, SF_STR_TITLE, "[킬링벌스] 비와이 | 딩고 프리스타일");
    const std::vector<float> silence(22050, 0.0f);
    sf_writef_float(file, silence.data(), sf_count_t(silence.size()));
    sf_close(file);
    Result<AudioInfo> info = probeAudio(path);
    ASSERT_TRUE(info.ok()) << info.message().toStdString();
    EXPECT_EQ(info->title, QStringLiteral("[킬링벌스] 비와이 | 딩고 프리스타일"));
}

} // namespace
} // namespace hhs
