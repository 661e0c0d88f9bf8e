// hiphop-cli info / load / mfcc: the audio half of core from the command line.
#include "about/library_versions.h"
#include "audio/loader.h"
#include "audio/wav_writer.h"
#include "cli/cli_command.h"
#include "features/mfcc.h"
#include "features/segment_stream.h"
#include "features/segments.h"
#include "formats/json_writer.h"
#include "jobs/text.h"
#include "jobs/thread_pools.h"

#include <QFileInfo>

namespace hhs::cli {
namespace {

// --stream N (an audio stream of a multi-stream file, counted from 0); -1 when not given.
Result<int> streamFrom(const CliArgs& args)
{
    return args.integer(QStringLiteral("--stream"), -1, 0, 1023);
}

// 125.5 -> "2:05.5": a chapter's start as a downloader's description writes it.
QString clockText(double seconds)
{
    const int minutes = int(seconds / 60);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds - minutes * 60.0, 4, 'f', 1,
                                                    QLatin1Char('0'));
}

QString bitRateText(std::int64_t bitsPerSecond)
{
    return bitsPerSecond > 0
               ? translate("hhs::cli", "%1 kb/s").arg(double(bitsPerSecond) / 1000, 0, 'f', 0)
               : translate("hhs::cli", "unknown");
}

int runInfo(const CliContext&, const CliArgs& args)
{
    if (args.positional().size() != 1)
        return fail(translate("hhs::cli", "usage: hiphop-cli info FILE [--stream N] [--json]"));
    Result<int> stream = streamFrom(args);
    if (!stream) return fail(stream.message());
    Result<AudioInfo> info = probeAudio(args.positional().first(), *stream);
    if (!info) return fail(info.message());
    if (args.flag(QStringLiteral("--json"))) {
        JsonWriter json(stdout);
        json.beginObject()
            .key("file")
            .value(info->path)
            .key("format")
            .value(info->format)
            .key("encoding")
            .value(info->encoding)
            .key("title")
            .value(info->title)
            .key("container")
            .value(info->container)
            .key("codec")
            .value(info->codec)
            .key("bit_rate")
            .value(info->bitRate)
            .key("sample_rate")
            .value(info->sampleRate)
            .key("channels")
            .value(info->channels)
            .key("frames")
            .value(info->frames)
            .key("frames_exact")
            .value(info->framesExact)
            .key("duration")
            .value(info->durationSeconds())
            .key("stream")
            .value(info->streamIndex)
            .key("audio_streams")
            .beginArray();
        for (const QString& line : info->audioStreams)
            json.value(line);
        json.endArray().key("chapters").beginArray();
        for (const AudioChapter& chapter : info->chapters)
            json.beginObject()
                .key("title")
                .value(chapter.title)
                .key("start")
                .value(chapter.startSeconds)
                .key("end")
                .value(chapter.endSeconds)
                .endObject();
        json.endArray().endObject();
        json.flush();
        printOut(QStringLiteral("\n"));
        return 0;
    }
    printOut(translate("hhs::cli",
                       "file:        %1\nformat:      %2\nencoding:    %3\nsample rate: %4 Hz\n"
                       "channels:    %5\nframes:      %6\nduration:    %7 s\n")
                 .arg(info->path, info->format, info->encoding)
                 .arg(info->sampleRate)
                 .arg(info->channels)
                 .arg(info->framesExact ? QString::number(info->frames)
                                        : translate("hhs::cli", "about %1").arg(info->frames))
                 .arg(info->durationSeconds(), 0, 'f', 3));
    if (!info->title.isEmpty())
        printOut(translate("hhs::cli", "title:       %1\n").arg(oneLine(info->title)));
    if (!info->container.isEmpty())
        printOut(translate("hhs::cli", "container:   %1\ncodec:       %2\nbit rate:    %3\n")
                     .arg(info->container, info->codec, bitRateText(info->bitRate)));
    if (info->audioStreams.size() > 1)
        printOut(translate("hhs::cli", "audio streams (pick one with --stream N):\n  %1\n")
                     .arg(info->audioStreams.join(QStringLiteral("\n  "))));
    if (!info->chapters.empty()) {
        printOut(translate("hhs::cli", "chapters:    %1\n").arg(info->chapters.size()));
        for (const AudioChapter& chapter : info->chapters)
            printOut(translate("hhs::cli", "  %1 – %2  %3\n")
                         .arg(clockText(chapter.startSeconds), clockText(chapter.endSeconds),
                              oneLine(chapter.title)));
    }
    return 0;
}

Result<FeatureParams> featureParamsFrom(const CliArgs& args)
{
    FeatureParams params;
    Result<int> sr =
        args.integer(QStringLiteral("--sr"), params.sampleRate, kMinSampleRate, kMaxSampleRate);
    if (!sr) return sr.error();
    Result<int> nMfcc = args.integer(QStringLiteral("--n-mfcc"), params.mfccCount, 1, 1024);
    if (!nMfcc) return nMfcc.error();
    Result<int> nFft = args.integer(QStringLiteral("--n-fft"), params.fftSize, 16, 65536);
    if (!nFft) return nFft.error();
    Result<int> hop = args.integer(QStringLiteral("--hop"), params.hopLength, 1, 65536);
    if (!hop) return hop.error();
    params.sampleRate = *sr;
    params.mfccCount = *nMfcc;
    params.fftSize = *nFft;
    params.hopLength = *hop;
    if (Status valid = params.validate(); !valid) return valid.error();
    return params;
}

int runLoad(const CliContext& context, const CliArgs& args)
{
    const auto out = args.value(QStringLiteral("--out"));
    if (args.positional().size() != 1 || !out)
        return fail(translate("hhs::cli", "usage: hiphop-cli load FILE --out OUT.wav"));
    Result<int> sr =
        args.integer(QStringLiteral("--sr"), kNotebookSampleRate, kMinSampleRate, kMaxSampleRate);
    if (!sr) return fail(sr.message());
    Result<int> stream = streamFrom(args);
    if (!stream) return fail(stream.message());
    LoadOptions options;
    options.targetRate = *sr;
    options.buildPeaks = false;
    options.stream = *stream;
    Result<LoadedAudio> loaded =
        loadAudio(args.positional().first(), options, progressOnStderr(context));
    if (!loaded) return fail(loaded.message());
    Status written =
        writeWav(*out, loaded->samples.data(), loaded->samples.size(), 1, loaded->sampleRate);
    if (!written) return fail(written.message());
    printOut(translate("hhs::cli", "wrote %1: %2 samples at %3 Hz (%4 s)\n")
                 .arg(*out)
                 .arg(loaded->samples.size())
                 .arg(loaded->sampleRate)
                 .arg(loaded->durationSeconds(), 0, 'f', 3));
    return 0;
}

void writeMatrix(JsonWriter& json, const MfccMatrix& matrix)
{
    json.beginArray();
    for (int f = 0; f < matrix.frames; ++f)
        json.values(matrix.row(f), std::size_t(matrix.coefficients));
    json.endArray();
}

int runMfcc(const CliContext& context, const CliArgs& args)
{
    if (args.positional().size() != 1)
        return fail(translate("hhs::cli",
                              "usage: hiphop-cli mfcc FILE [--sr 22050] [--n-mfcc 13] "
                              "[--n-fft 2048] [--hop 512] [--segment-seconds S] [--stream N]"));
    Result<FeatureParams> params = featureParamsFrom(args);
    if (!params) return fail(params.message());
    Result<double> segmentSeconds =
        args.number(QStringLiteral("--segment-seconds"), 0.0, 0.0, 86400.0);
    if (!segmentSeconds) return fail(segmentSeconds.message());
    const bool segmented = args.has(QStringLiteral("--segment-seconds"));
    const std::int64_t segmentSamples = params->samplesForSeconds(*segmentSeconds);
    if (segmented && segmentSamples < 1)
        return fail(translate("hhs::cli", "--segment-seconds %1 is shorter than one sample")
                        .arg(*segmentSeconds));

    const JobControl progress = progressOnStderr(context);
    Result<int> stream = streamFrom(args);
    if (!stream) return fail(stream.message());
    LoadOptions options;
    options.targetRate = params->sampleRate;
    options.buildPeaks = false;
    options.stream = *stream;
    JsonWriter json(stdout);
    if (!segmented) {
        Result<LoadedAudio> loaded =
            loadAudio(args.positional().first(), options, progress.part(0, 0.5));
        if (!loaded) return fail(loaded.message());
        const std::vector<float>& samples = loaded->samples;
        MfccExtractor extractor(*params);
        json.beginObject().key("sr").value(params->sampleRate);
        json.key("samples").value(std::int64_t(samples.size())).key("mfcc");
        writeMatrix(json, extractor.compute(samples));
    } else {
        // Segments are computed and written as the file decodes: memory stays bounded however
        // long the file (the signal is let go block by block).
        json.beginObject().key("sr").value(params->sampleRate);
        json.key("segment_samples").value(segmentSamples);
        json.key("frames_per_segment")
            .value(std::int64_t(params->notebookFramesPerSegment(segmentSamples)));
        json.key("segments").beginArray();
        SegmentStream segments(
            segmentSamples, *params,
            [&json](SegmentFeatures&& segment) {
                json.beginObject().key("start_sample").value(segment.startSample).key("mfcc");
                writeMatrix(json, segment.mfcc);
                json.endObject();
            },
            machineThreads(), 0, progress);
        options.keepSamples = false;
        options.onBlock = [&segments](const float* block, std::size_t count, std::int64_t) {
            segments.feed(block, count);
        };
        Result<LoadedAudio> loaded = loadAudio(args.positional().first(), options, progress);
        if (!loaded) return fail(loaded.message());
        const SegmentExtraction counts = segments.finish();
        if (counts.cancelled) return fail(cancelledError().message);
        json.endArray();
        json.key("dropped_samples").value(counts.droppedSamples);
    }
    json.endObject();
    if (!json.flush())
        return fail(translate("hhs::cli", "could not write the output (disk full or pipe closed)"));
    printOut(QStringLiteral("\n"));
    return 0;
}
int runAbout(const CliContext&, const CliArgs& args)
{
    const std::vector<LibraryVersion> versions = libraryVersions();
    if (args.flag(QStringLiteral("--json"))) {
        JsonWriter json(stdout);
        json.beginObject();
        for (const LibraryVersion& library : versions)
            json.key(library.name).value(library.version);
        json.endObject();
        json.flush();
        printOut(QStringLiteral("\n"));
        return 0;
    }
    for (const LibraryVersion& library : versions)
        printOut(QStringLiteral("%1 %2\n")
                     .arg(library.name + QLatin1Char(':'), -15)
                     .arg(library.version));
    return 0;
}
} // namespace

HHS_REGISTER_COMMANDS(audio, 10)
{
    table.add(
        {QStringLiteral("about"),
         QStringLiteral("about [--json]"),
         translate("hhs::cli",
                   "Show the versions of the studio and the libraries it runs on, and which BLAS "
                   "LibTorch will use."),
         {},
         {{}, {QStringLiteral("--json")}},
         runAbout});
    table.add({QStringLiteral("info"),
               QStringLiteral("info FILE [--stream N] [--json]"),
               translate("hhs::cli",
                         "Show an audio file's format, sample rate, channels, frames and duration, "
                         "and for a compressed or video file its container, codec, bit rate, audio "
                         "streams and chapters."),
               {},
               {{QStringLiteral("--stream")}, {QStringLiteral("--json")}},
               runInfo});
    table.add(
        {QStringLiteral("load"),
         QStringLiteral("load FILE --out OUT.wav [--sr 22050] [--stream N]"),
         translate("hhs::cli",
                   "Load a file as librosa.load does (mono, resampled with soxr HQ) and write "
                   "it as 32-bit float WAV."),
         {},
         {{QStringLiteral("--out"), QStringLiteral("--sr"), QStringLiteral("--stream")}, {}},
         runLoad});
    table.add(
        {QStringLiteral("mfcc"),
         QStringLiteral("mfcc FILE [--sr 22050] [--n-mfcc 13] [--n-fft 2048] [--hop 512] "
                        "[--segment-seconds S] [--stream N]"),
         translate("hhs::cli",
                   "Print librosa-identical MFCC as JSON: for the whole file, or per segment "
                   "with the notebook's semantics."),
         translate("hhs::cli",
                   "Without --segment-seconds: {\"sr\", \"samples\", \"mfcc\": [[13 numbers] per "
                   "frame]}.\nWith it: {\"sr\", \"segment_samples\", \"segments\": "
                   "[{\"start_sample\", \"mfcc\"}]}; a segment is kept only if it has exactly "
                   "ceil(segment_samples / hop) frames, as in the notebook."),
         {{QStringLiteral("--sr"), QStringLiteral("--n-mfcc"), QStringLiteral("--n-fft"),
           QStringLiteral("--hop"), QStringLiteral("--segment-seconds"),
           QStringLiteral("--stream")},
          {}},
         runMfcc});
}

} // namespace hhs::cli
