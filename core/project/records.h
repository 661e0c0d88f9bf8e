// The rows of a project file as plain values: tracks, classes, regions (labelled, unlabelled
// and predicted), training runs and imported datasets. Value types: any thread.
#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace hhs {

struct TrackRecord
{
    std::int64_t id = 0;
    QString path;        // as given when imported (or relinked)
    QString fileName;    // the last part of path, for lookup and for people
    QString contentHash; // "xxh3:<hex>" (older tracks "sha256:<hex>") of the file's bytes: the
                         // stable key
    QString format;      // "WAV", "FLAC", ...
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;
    double durationSeconds = 0;
    std::int64_t fileSize = 0; // bytes, with modifiedMs a cheap "did it change?" check
    std::int64_t modifiedMs = 0;
    std::int64_t addedMs = 0;
    QString title; // the file's title tag when it has one (a download's video title)
    // What people see the track as: its title, else its file name.
    QString displayName() const { return title.isEmpty() ? fileName : title; }
};

// What is on disk now compared with what the project remembers.
enum class TrackState { Ok, Missing, Changed };

struct ClassRecord
{
    std::int64_t id = 0;
    QString name;
    QString color;    // "#rrggbb"
    int position = 0; // 0-based; classes() returns them in this order
};

// "label": what people decided; "predicted": what a model said, until accepted.
enum class Layer { Label, Predicted };
QString layerName(Layer layer);

struct RegionRecord
{
    std::int64_t id = 0;
    std::int64_t trackId = 0;
    Layer layer = Layer::Label;
    double start = 0; // seconds
    double end = 0;
    std::optional<std::int64_t> classId; // none: an unlabelled region (a song from a tracklist)
    QString className;                   // filled by queries, for convenience
    QString name;                        // e.g. "Artist - Title"; may be empty
    std::optional<double> confidence;    // predicted regions
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0;

    bool operator==(const RegionRecord& other) const;
};

struct PredictedRegion
{
    double start = 0;
    double end = 0;
    QString className;
    double confidence = 0;
};

struct RunRecord
{
    std::int64_t id = 0;
    QString name;
    std::int64_t createdMs = 0;
    QString modelKind; // "cnn" or "lstm"
    QString splitMode; // splitMethodName(): "by-recording" or "random" (older runs: "by-track")
    double testAccuracy = 0;
    double testLoss = 0;
    QString modelPath;
    // What the runs table shows, kept beside the details so that listing runs reads no details.
    int epochsRun = 0;
    int bestEpoch = 0;
    bool trainedOnAll = false;
    bool optimisticSplit = false; // a random split over segments: the scores flatter the model
    int testRecordings = 0;       // recordings scored whole (0: the segments knew none)
    double recordingAccuracy = 0;
    // Settings, metrics, history, test segments (RunDetails' JSON). Large: Project::runs()
    // leaves it empty, Project::run() reads it.
    QString detailsJson;
};

// A notebook JSON dataset registered with `import-json`.
struct DatasetRecord
{
    std::int64_t id = 0;
    QString path;
    int segments = 0;
    int frames = 0;
    int coefficients = 0;
    QString classesJson; // the file's mapping as a JSON array
    std::int64_t importedMs = 0;
};

} // namespace hhs
