// Project: one labelling project in one SQLite file (WAL, versioned schema, foreign keys):
// tracks, classes, labelled/unlabelled/predicted regions, training runs, imported datasets and
// a cache of features. Every edit is its own transaction and is on disk
// when the call returns; edits of classes and regions come back as EditCommands for undo/redo.
// Another process writing the same file makes a call wait briefly, then fail with "in use".
// A Project is one SQLite connection: use it from one thread at a time; a worker thread that
// needs the project for long opens its own.
#pragma once

#include "features/mfcc.h"
#include "jobs/job.h"
#include "jobs/result.h"
#include "project/edit_command.h"
#include "project/records.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hhs {

class Database;

struct ProjectOptions
{
    // How long a call waits for another writer before answering "in use".
    int busyTimeoutMs = 5000;
};

// What an edit does to label-layer regions it would overlap.
// ReplaceAll: every label-layer region of the track goes first (an import that replaces them).
enum class Overlap { Refuse, TrimNeighbours, ReplaceAll };
// The project setting that names the run whose model predicts (a run id as text).
inline const char* const kActiveRunSetting = "active_run";
// What removing a class does to its regions.
enum class ClassRegions { Refuse, Delete, Unlabel };

// A region to add to the label layer; no className means an unlabelled region.
struct NewRegion
{
    double start = 0;
    double end = 0;
    std::optional<QString> className;
    QString name;
};

// A file ready to become a track (probed and hashed beforehand, see track_import.h).
struct TrackImport
{
    TrackRecord track;                 // id ignored
    std::optional<QString> wholeClass; // label the whole file with this class (created if new)
};

class Project
{
public:
    static Result<std::unique_ptr<Project>> open(const QString& path);
    static Result<std::unique_ptr<Project>> open(const QString& path,
                                                 const ProjectOptions& options);
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    const QString& path() const;
    // PRAGMA integrity_check: an error naming the first problem when the file is damaged.
    Status integrityCheck() const;
    // The SQLite steps this connection's queries have run: the work edits did, the same on a
    // fast machine and a busy one (the scale tests compare edits on small and large tracks).
    std::int64_t sqlStepsRun() const;
    // A whole, consistent copy of the project at `target` (SQLite's VACUUM INTO, so frames
    // another connection has not checkpointed yet are in it), written beside it first and
    // renamed over it: a failure leaves an existing `target` as it was. The project stays open.
    Status saveCopyTo(const QString& target) const;

    // Tracks.
    Result<std::vector<TrackRecord>> tracks() const;
    Result<TrackRecord> track(std::int64_t id) const;
    // A numeric id, or a file name (or path) that names exactly one track.
    Result<TrackRecord> findTrack(const QString& idOrFileName) const;
    // Adds tracks (and the classes and whole-file regions they ask for) all or nothing. A path
    // the project already has keeps its track. Returns the tracks in the order given.
    Result<std::vector<TrackRecord>> addTracks(const std::vector<TrackImport>& imports);
    // Points a track at a new file; the file's content must be the same unless `allowChanged`.
    Result<TrackRecord> relinkTrack(std::int64_t trackId, const QString& newPath,
                                    bool allowChanged = false);

    // Forgets a track and all its regions (both layers) as one undoable edit; undo brings the
    // track back with the same id and regions. The audio file is never touched; its cached
    // features stay.
    Result<EditCommand> removeTrack(std::int64_t trackId);

    // Classes, in order.
    Result<std::vector<ClassRecord>> classes() const;
    Result<ClassRecord> findClass(const QString& name) const;
    Result<EditCommand> addClass(const QString& name, const QString& color = {});
    Result<EditCommand> renameClass(const QString& oldName, const QString& newName);
    Result<EditCommand> recolourClass(const QString& name, const QString& color);
    Result<EditCommand> moveClass(const QString& name, int newPosition);
    Result<EditCommand> removeClass(const QString& name,
                                    ClassRegions regions = ClassRegions::Refuse);

    // Regions, by track and start. No trackId: all tracks.
    Result<std::vector<RegionRecord>> regions(std::optional<std::int64_t> trackId = std::nullopt,
                                              Layer layer = Layer::Label) const;
    Result<EditCommand> label(std::int64_t trackId, double start, double end,
                              const QString& className, Overlap overlap = Overlap::Refuse);
    // Clears the label layer between start and end (trims, splits or removes regions).
    Result<EditCommand> unlabel(std::int64_t trackId, double start, double end);
    // Adds several label-layer regions at once, all or nothing (imports). `job` sees the rows
    // written; cancelling it leaves the project as it was.
    // `regions` is let go once planned, before the rows are written.
    Result<EditCommand> addRegions(std::int64_t trackId, std::vector<NewRegion> regions,
                                   Overlap overlap, const QString& editText,
                                   const JobControl& job = {});
    // Writes `after` over `before` (label-layer rows as regions() gave them, changed or removed;
    // new rows have id 0) as one undoable edit, e.g. the label check's fixes. Fails, changing
    // nothing, when a row of `before` is no longer as it was or a row of `after` is not a time
    // range.
    Result<EditCommand> replaceRegions(const std::vector<RegionRecord>& before,
                                       const std::vector<RegionRecord>& after,
                                       const QString& editText);

    // The predicted layer: a model's latest answer for a track replaces the previous one (not
    // an undoable edit: predictions are regenerated, not authored).
    Status replacePredictedRegions(std::int64_t trackId,
                                   const std::vector<PredictedRegion>& predicted);
    // Copies one predicted region (or all of a track's) into the label layer.
    Result<EditCommand> acceptPredicted(std::int64_t regionId, Overlap overlap = Overlap::Refuse);
    Result<EditCommand> acceptAllPredicted(std::int64_t trackId, Overlap overlap = Overlap::Refuse);

    // Training runs.
    Result<std::int64_t> addRun(const RunRecord& run);
    // Every run, oldest first, without its details (detailsJson empty): cheap however many.
    Result<std::vector<RunRecord>> runs() const;
    // One run with its details; nothing when there is no such run.
    Result<std::optional<RunRecord>> run(std::int64_t runId) const;
    // Forgets a run (its model file stays on disk); clears it as the active run.
    Status removeRun(std::int64_t runId);

    // The project's own settings (e.g. kActiveRunSetting): small texts by key. A missing key
    // reads as nullopt; an empty value removes the key; a failed read is an error.
    Result<std::optional<QString>> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);

    // Datasets registered by import-json, together with the classes of its mapping that the
    // project does not have yet (added at the end), all or nothing.
    Result<std::int64_t> addDataset(const DatasetRecord& dataset,
                                    const QStringList& classNames = {});
    Result<std::vector<DatasetRecord>> datasets() const;

    // The feature cache, keyed by content hash, FeatureParams::key() and what was cut. A cache
    // is not project content: writing one is allowed through a const Project. (The schema's
    // overview_cache table is no longer read or written: a visited track's overview stays in
    // memory with its samples, audio/audio_cache.h.)
    Status storeFeatures(const QString& contentHash, const QString& key,
                         const std::vector<MfccMatrix>& matrices) const;
    std::optional<std::vector<MfccMatrix>> features(const QString& contentHash,
                                                    const QString& key) const;

    // Writes `to` over `from` (EditCommand::redo/undo): rows only in `from` are deleted, rows in
    // `to` are written with their ids.
    Status applyEdit(const EditState& from, const EditState& to);

private:
    explicit Project(std::unique_ptr<Database> database);
    // The rows an edit changes, before and after.
    struct EditPlan
    {
        EditState before;
        EditState after;
    };
    // Plans and writes one edit in one write transaction: `plan` runs after BEGIN IMMEDIATE, so
    // everything that decides the edit is read under the write lock, and a second writer (another
    // process, another connection) waits and then plans against what this one wrote.
    Result<EditCommand> commitEdit(const QString& text,
                                   const std::function<Result<EditPlan>()>& plan,
                                   const JobControl& job = {});
    // Reports the fraction of rows written to `job` and stops with cancelledError() when it is
    // cancelled (the caller's transaction then rolls everything back).
    Status writeState(const EditState& from, EditState& to, const JobControl& job = {});
    Result<EditPlan> planMoveClass(const QString& name, int newPosition) const;
    Result<EditPlan> planRemoveClass(const QString& name, ClassRegions policy) const;
    // The before/after rows of adding `added` and clearing `cuts` in a track's label layer; call
    // inside commitEdit's plan.
    Result<EditPlan> planLabel(std::int64_t trackId, const std::vector<NewRegion>& added,
                               const std::vector<std::pair<double, double>>& cuts,
                               Overlap overlap) const;
    Result<std::vector<RegionRecord>> queryRegions(const char* where, std::int64_t key,
                                                   std::optional<Layer> layer) const;
    // The labelled regions of a track that overlap [from, to), by start: one index seek and a
    // range scan, however many regions the track has. Relies on what every edit keeps true
    // inside its transaction: labelled regions of a track never overlap, so only the last one
    // starting at or before `from` can reach into the range from the left.
    Result<std::vector<RegionRecord>> labelledRegionsOverlapping(std::int64_t trackId, double from,
                                                                 double to) const;
    std::unique_ptr<Database> m_database;
};

} // namespace hhs
