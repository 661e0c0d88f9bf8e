#include "main/project_controller.h"

#include "dataset/dataset_builder.h"
#include "dataset/notebook_json.h"
#include "features/feature_params.h"
#include "jobs/job_runner.h"
#include "project/track_import.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>
#include <cmath>

namespace hhs::ui {

// One project edit on the undo stack. The project already made the edit when it handed the
// command over, so the first redo() (QUndoStack::push calls it) does nothing.
class ProjectEditCommand : public QUndoCommand
{
public:
    ProjectEditCommand(ProjectController* controller, EditCommand edit)
        : QUndoCommand(edit.text()), m_controller(controller), m_edit(std::move(edit))
    {}
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_controller->afterEdit(m_edit.redo(*m_controller->project()));
    }
    void undo() override { m_controller->afterEdit(m_edit.undo(*m_controller->project())); }

private:
    ProjectController* m_controller;
    EditCommand m_edit;
    bool m_first = true;
};

ProjectController::ProjectController(JobRunner* runner, QObject* parent)
    : QObject(parent), m_runner(runner), m_undo(new QUndoStack(this))
{}

ProjectController::~ProjectController()
{
    m_undo->clear();
}

QString ProjectController::path() const
{
    return m_project ? m_project->path() : QString();
}

Status ProjectController::open(const QString& path)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened) return opened.error();
    close();
    m_project = std::move(*opened);
    reload();
    if (!m_tracks.empty()) setCurrentTrack(m_tracks.front().id);
    Q_EMIT projectChanged();
    return {};
}

void ProjectController::close()
{
    m_undo->clear();
    m_project.reset();
    m_tracks.clear();
    m_classes.clear();
    m_allLabels.clear();
    m_labels.clear();
    m_predicted.clear();
    m_states.clear();
    m_current.reset();
    Q_EMIT projectChanged();
    Q_EMIT tracksChanged();
    Q_EMIT classesChanged();
    Q_EMIT currentTrackChanged();
    Q_EMIT regionsChanged();
}

Status ProjectController::saveCopyAs(const QString& path)
{
    if (!m_project) return makeError(tr("No project is open"));
    const QString from = this->path();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(from).absoluteFilePath()) return {};
    const std::optional<std::int64_t> current = m_current;
    // Closing the connection folds the write-ahead log into the file, so a plain copy is whole.
    m_project.reset();
    QFile::remove(path);
    const bool copied = QFile::copy(from, path);
    Status reopened = open(copied ? path : from);
    if (!reopened) return reopened;
    if (current) setCurrentTrack(current);
    if (!copied)
        return makeError(tr("Could not copy the project to %1 (is the folder writable?)")
                             .arg(QDir::toNativeSeparators(path)));
    return {};
}

void ProjectController::reload()
{
    if (!m_project) return;
    m_tracks = m_project->tracks();
    m_classes = m_project->classes();
    if (m_current && !m_project->track(*m_current)) m_current.reset();
    reloadRegions();
    Q_EMIT tracksChanged();
    Q_EMIT classesChanged();
    checkFiles();
}

void ProjectController::reloadRegions()
{
    m_allLabels = m_project ? m_project->regions() : std::vector<RegionRecord>{};
    m_labels.clear();
    m_predicted.clear();
    if (m_project && m_current) {
        for (const RegionRecord& region : m_allLabels)
            if (region.trackId == *m_current) m_labels.push_back(region);
        m_predicted = m_project->regions(*m_current, Layer::Predicted);
    }
    Q_EMIT regionsChanged();
}

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

std::optional<TrackRecord> ProjectController::currentTrack() const
{
    if (!m_current) return std::nullopt;
    for (const TrackRecord& track : m_tracks)
        if (track.id == *m_current) return track;
    return std::nullopt;
}

void ProjectController::setCurrentTrack(std::optional<std::int64_t> trackId)
{
    if (trackId == m_current) return;
    m_current = trackId;
    reloadRegions();
    Q_EMIT currentTrackChanged();
}

TrackState ProjectController::trackState(std::int64_t trackId) const
{
    return m_states.value(trackId, TrackState::Ok);
}

ClassSeconds ProjectController::labelledSeconds(std::int64_t trackId) const
{
    ClassSeconds seconds;
    for (const RegionRecord& region : m_allLabels)
        if (region.trackId == trackId)
            seconds[region.classId.value_or(0)] += region.end - region.start;
    return seconds;
}

QHash<std::int64_t, int> ProjectController::segmentsPerClass() const
{
    const FeatureParams params;
    const std::int64_t window = params.samplesForSeconds(kNotebookSegmentSeconds);
    QHash<std::int64_t, int> counts;
    for (const RegionRecord& region : m_allLabels) {
        if (!region.classId) continue;
        const std::int64_t samples = std::llround(region.end * params.sampleRate) -
                                     std::llround(region.start * params.sampleRate);
        counts[*region.classId] += int(std::max<std::int64_t>(0, samples / window));
    }
    return counts;
}

std::optional<RegionRecord> ProjectController::region(std::int64_t regionId) const
{
    for (const RegionRecord& region : m_labels)
        if (region.id == regionId) return region;
    return std::nullopt;
}

bool ProjectController::commit(Result<EditCommand> edit)
{
    if (!edit) {
        Q_EMIT errorOccurred(edit.message());
        return false;
    }
    pushEdit(std::move(*edit));
    return true;
}

void ProjectController::pushEdit(EditCommand edit)
{
    m_undo->push(new ProjectEditCommand(this, std::move(edit)));
    afterEdit({});
}

void ProjectController::afterEdit(const Status& status)
{
    if (!status) Q_EMIT errorOccurred(status.message());
    if (!m_project) return;
    const std::vector<ClassRecord> classes = m_project->classes();
    const bool classesMoved = classes.size() != m_classes.size() ||
                              !std::equal(classes.begin(), classes.end(), m_classes.begin(),
                                          [](const ClassRecord& a, const ClassRecord& b) {
                                              return a.id == b.id && a.name == b.name &&
                                                     a.color == b.color && a.position == b.position;
                                          });
    m_classes = classes;
    if (classesMoved) Q_EMIT classesChanged();
    reloadRegions();
    Q_EMIT tracksChanged();
}

bool ProjectController::label(double start, double end, const QString& className)
{
    const std::optional<TrackRecord> track = currentTrack();
    if (!m_project || !track) return false;
    end = std::min(end, track->durationSeconds);
    return commit(m_project->label(track->id, start, end, className, Overlap::TrimNeighbours));
}

bool ProjectController::changeClass(std::int64_t regionId, const QString& className)
{
    const std::optional<RegionRecord> found = region(regionId);
    if (!m_project || !found) return false;
    return commit(m_project->addRegions(
        found->trackId, {NewRegion{found->start, found->end, className, found->name}},
        Overlap::TrimNeighbours,
        tr("Change %1 to %2")
            .arg(found->className.isEmpty() ? found->name : found->className, className)));
}

bool ProjectController::resizeRegion(std::int64_t regionId, double start, double end)
{
    const std::optional<RegionRecord> found = region(regionId);
    if (!m_project || !found || end <= start) return false;
    if (start > found->start && end >= found->end)
        return commit(m_project->unlabel(found->trackId, found->start, start));
    if (end < found->end && start <= found->start)
        return commit(m_project->unlabel(found->trackId, end, found->end));
    std::optional<QString> className;
    if (found->classId) className = found->className;
    return commit(m_project->addRegions(found->trackId,
                                        {NewRegion{start, end, className, found->name}},
                                        Overlap::TrimNeighbours, tr("Resize region")));
}

bool ProjectController::removeRegion(std::int64_t regionId)
{
    const std::optional<RegionRecord> found = region(regionId);
    if (!m_project || !found) return false;
    return commit(m_project->unlabel(found->trackId, found->start, found->end));
}

Status ProjectController::importLabels(const QString& path, LabelFileFormat format)
{
    const std::optional<TrackRecord> track = currentTrack();
    if (!m_project || !track) return makeError(tr("Choose a track first"));
    Result<LabelImport> imported =
        importLabelFile(*m_project, track->id, path, format, Overlap::TrimNeighbours);
    if (!imported) return imported.error();
    pushEdit(imported->edit);
    Q_EMIT statusMessage(tr("%1 labelled and %2 named regions imported, %3 lines skipped")
                             .arg(imported->labelled)
                             .arg(imported->unlabelled)
                             .arg(imported->skipped));
    return {};
}

bool ProjectController::addClass(const QString& name, const QString& colour)
{
    return m_project && commit(m_project->addClass(name, colour));
}

bool ProjectController::renameClass(const QString& oldName, const QString& newName)
{
    return m_project && commit(m_project->renameClass(oldName, newName));
}

bool ProjectController::recolourClass(const QString& name, const QString& colour)
{
    return m_project && commit(m_project->recolorClass(name, colour));
}

bool ProjectController::moveClass(const QString& name, int position)
{
    return m_project && commit(m_project->moveClass(name, position));
}

void ProjectController::importPaths(const QStringList& paths)
{
    if (!m_project || paths.isEmpty()) return;
    QPointer<ProjectController> self(this);
    const QString projectPath = path();
    m_runner->start<ImportSummary>(
        tr("Importing %n file(s)", nullptr, int(paths.size())),
        [projectPath, paths](const JobControl& job) -> Result<ImportSummary> {
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) return project.error();
            return hhs::importPaths(**project, paths, false, job);
        },
        [self](Result<ImportSummary> summary) {
            if (!self) return;
            if (!summary) {
                Q_EMIT self->importFinished(false, summary.message());
                return;
            }
            self->reload();
            if (!summary->tracks.empty()) self->setCurrentTrack(summary->tracks.front().id);
            Q_EMIT self->importFinished(
                true, tr("Imported %n track(s)", nullptr, int(summary->tracks.size())));
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
            return tr("Wrote %1 segments of %2 × %3 to %4\n%5\nLeft out: %6 s in %7 partial "
                      "slice(s), %8 region(s) shorter than a segment, %9 unlabelled region(s)")
                .arg(dataset->segments.size())
                .arg(dataset->frames())
                .arg(dataset->coefficients())
                .arg(QDir::toNativeSeparators(path), counts.join(QStringLiteral(", ")))
                .arg(summary.droppedSeconds, 0, 'f', 1)
                .arg(summary.partialSlices)
                .arg(summary.regionsWithoutSegments)
                .arg(summary.unlabelledRegions);
        },
        [self](Result<QString> summary) {
            if (!self) return;
            Q_EMIT self->datasetExported(summary.ok(), summary.ok() ? *summary : summary.message());
        });
}

} // namespace hhs::ui
