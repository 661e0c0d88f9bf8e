// Writing the notebook's JSON dataset and its manifest (see notebook_json.h).
#include "dataset/notebook_json.h"
#include "formats/json_writer.h"
#include "formats/output_file.h"
#include "jobs/text.h"

#include <QFileInfo>

namespace hhs {
namespace {

Status checkShapes(const Dataset& dataset)
{
    if (dataset.segments.empty())
        return makeError(translate("hhs::NotebookJson", "the dataset has no segments to write"));
    const int frames = dataset.frames();
    const int coefficients = dataset.coefficients();
    for (std::size_t i = 0; i < dataset.segments.size(); ++i) {
        const DatasetSegment& segment = dataset.segments[i];
        if (segment.mfcc.frames != frames || segment.mfcc.coefficients != coefficients)
            return makeError(translate("hhs::NotebookJson",
                                       "segment %1 is %2 x %3, the first is %4 x %5: the "
                                       "notebook needs one shape")
                                 .arg(i)
                                 .arg(segment.mfcc.frames)
                                 .arg(segment.mfcc.coefficients)
                                 .arg(frames)
                                 .arg(coefficients));
        if (segment.label < 0 || segment.label >= dataset.classes.size())
            return makeError(
                translate("hhs::NotebookJson", "segment %1 has label %2, outside the %3 classes")
                    .arg(i)
                    .arg(segment.label)
                    .arg(dataset.classes.size()));
    }
    return {};
}

void writeParams(JsonWriter& json, const FeatureParams& params)
{
    json.beginObject()
        .key("key")
        .value(params.key())
        .key("sr")
        .value(params.sampleRate)
        .key("n_mfcc")
        .value(params.mfccCount)
        .key("n_fft")
        .value(params.fftSize)
        .key("hop_length")
        .value(params.hopLength)
        .key("n_mels")
        .value(params.melBands)
        .key("top_db")
        .value(params.topDb)
        .endObject();
}

Status writeManifest(const Dataset& dataset, const QString& datasetPath)
{
    const QString path = manifestPathFor(datasetPath);
    OutputFile file(path);
    if (Status opened = file.open(); !opened) return opened;
    {
        JsonWriter json(
            [&file](const char* data, std::size_t size) { return file.write(data, qint64(size)); },
            true);
        json.beginObject()
            .key("format")
            .value("hiphop-studio dataset manifest")
            .key("version")
            .value(1)
            .key("studio_version")
            .value(HHS_VERSION)
            .key("dataset")
            .value(QFileInfo(datasetPath).fileName())
            .key("feature_params");
        writeParams(json, dataset.params);
        json.key("segment_seconds")
            .value(dataset.segmentSeconds)
            .key("frames")
            .value(dataset.frames())
            .key("coefficients")
            .value(dataset.coefficients())
            .key("mapping")
            .beginArray();
        for (const QString& name : dataset.classes)
            json.value(name);
        json.endArray();
        json.key("summary")
            .beginObject()
            .key("segments")
            .value(std::int64_t(dataset.segments.size()))
            .key("regions")
            .value(dataset.summary.regions)
            .key("unlabelled_regions")
            .value(dataset.summary.unlabelledRegions)
            .key("regions_without_segments")
            .value(dataset.summary.regionsWithoutSegments)
            .key("partial_slices_dropped") // the published key (scripts read it): region tails
            .value(dataset.summary.partialTails)
            .key("seconds_dropped")
            .value(dataset.summary.droppedSeconds)
            .endObject();
        json.key("segments").beginArray();
        for (std::size_t i = 0; i < dataset.segments.size(); ++i) {
            const DatasetSegment& segment = dataset.segments[i];
            json.beginObject()
                .key("index")
                .value(std::int64_t(i))
                .key("label")
                .value(segment.label)
                .key("class")
                .value(dataset.classes.value(segment.label))
                .key("track")
                .value(segment.sourceName)
                .key("content_hash")
                .value(segment.source)
                .key("start")
                .value(segment.startSeconds)
                .key("end")
                .value(segment.endSeconds)
                .endObject();
        }
        json.endArray().endObject();
        if (!json.flush()) return file.failure();
    }
    return file.commit();
}
} // namespace

QString manifestPathFor(const QString& datasetPath)
{
    if (datasetPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return datasetPath.chopped(5) + QStringLiteral(".manifest.json");
    return datasetPath + QStringLiteral(".manifest.json");
}

Status writeNotebookJson(const Dataset& dataset, const QString& path, const JobControl& job)
{
    if (Status shapes = checkShapes(dataset); !shapes) return shapes;
    OutputFile file(path);
    if (Status opened = file.open(); !opened) return opened;
    {
        JsonWriter json(
            [&file](const char* data, std::size_t size) { return file.write(data, qint64(size)); });
        json.beginObject().key("mapping").beginArray();
        for (const QString& name : dataset.classes)
            json.value(name);
        json.endArray().key("labels").beginArray();
        for (const DatasetSegment& segment : dataset.segments)
            json.value(segment.label);
        json.endArray().key("mfcc").beginArray();
        const QString stage = translate("hhs::NotebookJson", "Writing the dataset");
        const std::size_t count = dataset.segments.size();
        for (std::size_t i = 0; i < count; ++i) {
            if (job.cancelled()) {
                file.cancel();
                return cancelledError();
            }
            const MfccMatrix& mfcc = dataset.segments[i].mfcc;
            json.beginArray();
            for (int f = 0; f < mfcc.frames; ++f)
                json.values(mfcc.row(f), std::size_t(mfcc.coefficients));
            json.endArray();
            if (i % 256 == 0) job.report(double(i) / double(count), stage);
        }
        json.endArray().endObject();
        if (!json.flush()) return file.failure();
    }
    // The manifest first: a dataset file never appears without the manifest that explains it.
    if (Status manifest = writeManifest(dataset, path); !manifest) return manifest;
    if (Status committed = file.commit(); !committed) return committed;
    job.report(1.0, translate("hhs::NotebookJson", "Writing the dataset"));
    return {};
}

} // namespace hhs
