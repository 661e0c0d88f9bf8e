// ProjectController: the window's hold on the open project. Owns the Project (its SQLite
// connection lives on the GUI thread; every edit is a short transaction and is on disk when the
// call returns) and the QUndoStack of its edits, knows the current track, and runs the slow
// work (importing files, relinking, checking files on disk) as jobs that open their own
// connection. Views read the cached lists and listen to the change signals. GUI thread only.
#pragma once

#include "project/label_edits.h"
#include "project/label_files.h"
#include "project/project.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace hhs::ui {

class JobRunner;

// Seconds of a track's label layer per class id (and unlabelled regions under 0).
using ClassSeconds = QHash<std::int64_t, double>;

// An imported track whose file carries chapters.
struct ChapteredTrack
{
    std::int64_t trackId = 0;
    QString fileName;
    int chapters = 0;
};

class ProjectController : public QObject
{
    Q_OBJECT
public:
    explicit ProjectController(JobRunner* runner, QObject* parent = nullptr);
    // The runner its jobs run on (dialogs that read a track's file start theirs there too).
    JobRunner* runner() const { return m_runner; }
    ~ProjectController() override;

    // Opens (or creates) a project file; the previous one is closed.
    Status open(const QString& path);
    void close();
    // Copies the project to `path` and continues in the copy (File ▸ Save As).
    Status saveCopyAs(const QString& path);

    bool isOpen() const { return bool(m_project); }
    Project* project() const { return m_project.get(); }
    QString path() const;
    QUndoStack* undoStack() const { return m_undo; }

    const std::vector<TrackRecord>& tracks() const { return m_tracks; }
    const std::vector<ClassRecord>& classes() const { return m_classes; }
    std::optional<TrackRecord> currentTrack() const;
    void setCurrentTrack(std::optional<std::int64_t> trackId);
    // Asks the views to show the current track again (after its loading was cancelled).
    void refreshCurrentTrack() { Q_EMIT currentTrackChanged(); }
    const std::vector<RegionRecord>& labelRegions() const { return m_labels; }
    // Every track's label layer, as last read.
    const std::vector<RegionRecord>& allLabelRegions() const { return m_allLabels; }
    const std::vector<RegionRecord>& predictedRegions() const { return m_predicted; }
    TrackState trackState(std::int64_t trackId) const;
    ClassSeconds labelledSeconds(std::int64_t trackId) const;
    // Export windows per class id over all tracks (the class list's segment count).
    QHash<std::int64_t, int> segmentsPerClass() const;

    // Edits of the current track's label layer and of the classes. Each is one undoable step;
    // a refused edit returns false and reports why through errorOccurred().
    bool label(double start, double end, const QString& className);
    bool changeClass(std::int64_t regionId, const QString& className);
    bool resizeRegion(std::int64_t regionId, double start, double end);
    bool removeRegion(std::int64_t regionId);
    // The label-layer region of the current track with that id.
    std::optional<RegionRecord> region(std::int64_t regionId) const;
    // Writes a planned edit (see project/label_edits.h) as one undoable step named `text`.
    bool applyRegionEdit(const RegionEdit& edit, const QString& text);
    bool addClass(const QString& name, const QString& colour = {});
    bool renameClass(const QString& oldName, const QString& newName);
    bool recolourClass(const QString& name, const QString& colour);
    bool moveClass(const QString& name, int position);
    // Job: imports an Audacity label file or a tracklist onto the current track as one
    // undoable step, with progress and Cancel (a file may hold a million lines). `existing`
    // says what happens to the track's label regions: Overlap::ReplaceAll removes them,
    // Overlap::Refuse adds beside them and refuses (naming the first overlapped region's times)
    // when any would overlap, Overlap::TrimNeighbours trims them. labelsImported() says what was
    // imported, or the error naming the file and the line.
    void importLabels(const QString& path, LabelFileFormat format,
                      Overlap existing = Overlap::ReplaceAll);
    // Job: the same for a tracklist the user pasted (a video's description).
    void importTracklistText(const QString& text, Overlap existing = Overlap::ReplaceAll);
    // Job: the chapters embedded in a track's file become its unlabelled, named songs (see
    // hhs::importChapters), one undoable step; the end is said by labelsImported() too.
    void importChapters(std::int64_t trackId, Overlap existing = Overlap::Refuse);
    // Forgets a track and its regions as one undoable step (the audio file stays on disk); the
    // next track (or the previous) becomes current when it was the current one.
    bool removeTrack(std::int64_t trackId);
    // An edit made elsewhere (a label file import) joins the undo stack.
    void pushEdit(EditCommand edit);

    // Jobs: import files and folders (every file becomes a track), relink a missing track.
    void importPaths(const QStringList& paths);
    void relinkTrack(std::int64_t trackId, const QString& newPath);
    // Job: writes the labelled regions as the notebook's JSON dataset (and its manifest) to
    // `path`; datasetExported() carries the summary (segments per class, seconds left out).
    void exportDataset(const QString& path);

    // Re-reads tracks, classes and regions (after a job wrote to the file).
    void reload();

Q_SIGNALS:
    void projectChanged();
    void tracksChanged();
    void classesChanged();
    void regionsChanged();
    void currentTrackChanged();
    // `cancelled`: the user stopped it (not an error to show).
    void importFinished(bool ok, bool cancelled, const QString& message);
    // Files just imported whose containers carry chapters (see importChapters()).
    void chaptersFound(const std::vector<hhs::ui::ChapteredTrack>& tracks);
    // The end of importLabels(), importTracklistText() or importChapters(): what was imported,
    // the error, or that it was cancelled.
    void labelsImported(bool ok, bool cancelled, const QString& message);
    void datasetExported(bool ok, const QString& summary);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    friend class ProjectEditCommand;
    using LabelImportWork =
        std::function<Result<LabelImport>(Project&, std::int64_t trackId, const JobControl&)>;
    // Runs `work` as a job on a connection of its own; its edit joins the undo stack.
    void startLabelImport(const QString& title, std::int64_t trackId, LabelImportWork work);
    bool commit(Result<EditCommand> edit);
    void afterEdit(const Status& status);
    void reloadRegions();
    // Moves a list the project gave into `into`; an error is said (errorOccurred) and leaves
    // `into` as it was.
    template <typename T> bool readInto(Result<T> listed, T& into)
    {
        if (!listed) {
            Q_EMIT errorOccurred(
                tr("The project %1 could not be read: %2").arg(path(), listed.message()));
            return false;
        }
        into = std::move(*listed);
        return true;
    }
    void checkFiles();

    JobRunner* m_runner;
    QUndoStack* m_undo;
    std::unique_ptr<Project> m_project;
    std::vector<TrackRecord> m_tracks;
    std::vector<ClassRecord> m_classes;
    std::vector<RegionRecord> m_allLabels; // every track's label layer
    std::vector<RegionRecord> m_labels;    // the current track's
    std::vector<RegionRecord> m_predicted;
    std::optional<std::int64_t> m_current;
    QHash<std::int64_t, TrackState> m_states;
};

} // namespace hhs::ui
