// ProjectController: the slow work, run as jobs that open their own connection to the project
// file (import of audio and of label files, relink, dataset export) or need none (checking the
// tracks' files on disk).
#include "dataset/dataset_builder.h"
#include "dataset/notebook_json.h"
#include "document/project_controller.h"
#include "jobs/job_runner.h"
#include "project/label_files.h"
#include "project/track_import.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace hhs::ui {

void ProjectController::checkFiles()
{
    QPointer<ProjectController> self(this);
    const std::vector<TrackRecord> tracks = m_tracks;
    using States = std::vector<std::pair<std::int64_t, TrackState>>;
    m_runner->start<States>(
        tr("Checking files"),
        [tracks](const JobControl& job) -> Result<States> {
            States states;
            for (const TrackRecord& track : tracks) {
                if (job.cancelled()) break;
                states.emplace_back(track.id, checkTrack(track));
            }
            return states;
        },
        [self](Result<States> states) {
            if (!self || !states) return;
            for (const auto& [id, state] : *states)
                self->m_states.insert(id, state);
            Q_EMIT self->tracksChanged();
        },
        JobRunner::Kind::Background);
}

void ProjectController::importPaths(const QStringList& paths)
{
    if (!m_project || paths.isEmpty()) return;
    QPointer<ProjectController> self(this);
    const QString projectPath = path();
    struct Imported
    {
        ImportSummary summary;
        std::vector<ChapteredTrack> chaptered;
    };
    m_runner->start<Imported>(
        tr("Importing %n file(s)", nullptr, int(paths.size())),
        [projectPath, paths](const JobControl& job) -> Result<Imported> {
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) return project.error();
            Result<ImportSummary> summary = hhs::importPaths(**project, paths, false, job);
            if (!summary) return summary.error();
            // Which of the files carry chapters (a downloader's copy of the video's
            // timestamps): the window asks whether they become songs.
            Imported imported{std::move(*summary), {}};
            const std::vector<TrackRecord>& tracks = imported.summary.tracks;
            for (std::size_t i = 0; i < tracks.size(); ++i)
                if (imported.summary.chapters[i] > 0)
                    imported.chaptered.push_back(
                        {tracks[i].id, tracks[i].fileName, imported.summary.chapters[i]});
            return imported;
        },
        [self](Result<Imported> imported) {
            if (!self) return;
            if (!imported) {
                Q_EMIT self->importFinished(false, imported.cancelled(), imported.message());
                return;
            }
            const std::vector<TrackRecord>& tracks = imported->summary.tracks;
            self->reload();
            if (!tracks.empty()) self->setCurrentTrack(tracks.front().id);
            Q_EMIT self->importFinished(true, false,
                                        tr("Imported %n track(s)", nullptr, int(tracks.size())));
            if (!imported->chaptered.empty()) Q_EMIT self->chaptersFound(imported->chaptered);
        });
}

void ProjectController::importLabels(const QString& path, LabelFileFormat format, Overlap existing)
{
    const std::optional<TrackRecord> track = currentTrack();
    if (!m_project || !track) {
        Q_EMIT labelsImported(false, false, tr("Choose a track first"));
        return;
    }
    startLabelImport(
        tr("Importing labels from %1").arg(QFileInfo(path).fileName()), track->id,
        [path, format, existing](Project& project, std::int64_t trackId, const JobControl& job) {
            return importLabelFile(project, trackId, path, format, existing, job);
        });
}

void ProjectController::importTracklistText(const QString& text, Overlap existing)
{
    const std::optional<TrackRecord> track = currentTrack();
    if (!m_project || !track) {
        Q_EMIT labelsImported(false, false, tr("Choose a track first"));
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    const QString name = tr("the pasted tracklist");
    startLabelImport(
        tr("Importing the pasted tracklist"), track->id,
        [utf8, name, existing](Project& project, std::int64_t trackId, const JobControl& job) {
            return hhs::importTracklistText(project, trackId, utf8, name, existing, job);
        });
}

void ProjectController::importChapters(std::int64_t trackId, Overlap existing)
{
    if (!m_project) return;
    QString fileName;
    for (const TrackRecord& track : m_tracks)
        if (track.id == trackId) fileName = track.fileName;
    startLabelImport(tr("Making songs from the chapters of %1").arg(fileName), trackId,
                     [existing](Project& project, std::int64_t id, const JobControl& job) {
                         return hhs::importChapters(project, id, existing, job);
                     });
}

void ProjectController::startLabelImport(const QString& title, std::int64_t trackId,
                                         LabelImportWork work)
{
    QPointer<ProjectController> self(this);
    const QString projectPath = this->path();
    m_runner->start<LabelImport>(
        title,
        [projectPath, trackId,
         work = std::move(work)](const JobControl& job) -> Result<LabelImport> {
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) return project.error();
            return work(**project, trackId, job);
        },
        [self, projectPath](Result<LabelImport> imported) {
            if (!self) return;
            if (!imported) {
                Q_EMIT self->labelsImported(false, imported.cancelled(), imported.message());
                return;
            }
            // Written to the file it was started on; undoable there only.
            if (self->m_project && self->path() == projectPath)
                self->pushEdit(std::move(imported->edit));
            Q_EMIT self->labelsImported(
                true, false,
                tr("%1 labelled and %2 named regions imported, %3 lines skipped")
                    .arg(imported->labelled)
                    .arg(imported->unlabelled)
                    .arg(imported->skipped));
        });
}

void ProjectController::relinkTrack(std::int64_t trackId, const QString& newPath)
{
    if (!m_project) return;
    QPointer<ProjectController> self(this);
    const QString projectPath = path();
    m_runner->start<TrackRecord>(
        tr("Relinking"),
        [projectPath, trackId, newPath](const JobControl&) -> Result<TrackRecord> {
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) return project.error();
            return (*project)->relinkTrack(trackId, newPath);
        },
        [self](Result<TrackRecord> track) {
            if (!self) return;
            if (!track) {
                Q_EMIT self->errorOccurred(track.message());
                return;
            }
            self->m_states.remove(track->id);
            self->reload();
            Q_EMIT self->statusMessage(tr("%1 relinked").arg(track->fileName));
            if (self->m_current == track->id) Q_EMIT self->currentTrackChanged();
        });
}

void ProjectController::exportDataset(const QString& path)
{
    if (!m_project) return;
    QPointer<ProjectController> self(this);
    const QString projectPath = this->path();
    m_runner->start<QString>(
        tr("Exporting the dataset"),
        [projectPath, path](const JobControl& job) -> Result<QString> {
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) return project.error();
            Result<Dataset> dataset = buildDataset(**project, DatasetOptions{}, job.part(0, 0.8));
            if (!dataset) return dataset.error();
            if (dataset->segments.empty())
                return makeError(tr("Nothing to export: no labelled region is as long as one "
                                    "%1-second segment")
                                     .arg(dataset->segmentSeconds));
            if (Status written = writeNotebookJson(*dataset, path, job.part(0.8, 1)); !written)
                return written.error();
            std::vector<int> perClass(std::size_t(dataset->classes.size()), 0);
            for (const DatasetSegment& segment : dataset->segments)
                if (segment.label >= 0 && segment.label < int(perClass.size()))
                    ++perClass[std::size_t(segment.label)];
            QStringList counts;
            for (int i = 0; i < dataset->classes.size(); ++i)
                counts << tr("%1: %2").arg(dataset->classes[i]).arg(perClass[std::size_t(i)]);
            const DatasetSummary& summary = dataset->summary;
            return tr("Wrote %1 segments of %2 × %3 to %4\n%5\nLeft out: %6 s in %7 region "
                      "tail(s) too short for another segment, %8 region(s) shorter than a segment, "
                      "%9 unlabelled region(s)")
                .arg(dataset->segments.size())
                .arg(dataset->frames())
                .arg(dataset->coefficients())
                .arg(QDir::toNativeSeparators(path), counts.join(QStringLiteral(", ")))
                .arg(summary.droppedSeconds, 0, 'f', 1)
                .arg(summary.partialTails)
                .arg(summary.regionsWithoutSegments)
                .arg(summary.unlabelledRegions);
        },
        [self](Result<QString> summary) {
            if (!self) return;
            Q_EMIT self->datasetExported(summary.ok(), summary.ok() ? *summary : summary.message());
        });
}

} // namespace hhs::ui
