#include "document/project_controller.h"

#include "dataset/segment_plan.h"
#include "features/feature_params.h"
#include "jobs/job_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <iterator>

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
    // VACUUM INTO: whole and consistent even while a preview or a training job holds another
    // connection with frames not yet in the file.
    if (Status copied = m_project->saveCopyTo(path); !copied)
        return makeError(tr("The project was not saved: %1").arg(copied.message()));
    Status reopened = open(path);
    if (!reopened) return reopened;
    if (current) setCurrentTrack(current);
    return {};
}

void ProjectController::reload()
{
    if (!m_project) return;
    // A list that cannot be read (a busy or damaged file) is said aloud, and the lists shown
    // stay as they were rather than turning empty.
    if (!readInto(m_project->tracks(), m_tracks) || !readInto(m_project->classes(), m_classes))
        return;
    if (m_current && !m_project->track(*m_current)) m_current.reset();
    reloadRegions();
    Q_EMIT tracksChanged();
    Q_EMIT classesChanged();
    checkFiles();
}

void ProjectController::reloadRegions()
{
    if (!m_project) {
        m_allLabels.clear();
        m_labels.clear();
        m_predicted.clear();
        Q_EMIT regionsChanged();
        return;
    }
    std::vector<RegionRecord> predicted;
    if (!readInto(m_project->regions(), m_allLabels) ||
        (m_current && !readInto(m_project->regions(*m_current, Layer::Predicted), predicted)))
        return;
    m_labels.clear();
    m_predicted = std::move(predicted);
    if (m_current)
        for (const RegionRecord& region : m_allLabels)
            if (region.trackId == *m_current) m_labels.push_back(region);
    Q_EMIT regionsChanged();
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
    return hhs::segmentsPerClass(m_allLabels, m_tracks, params,
                                 params.samplesForSeconds(kNotebookSegmentSeconds));
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
    std::vector<ClassRecord> classes = m_classes;
    if (!readInto(m_project->classes(), classes)) return;
    const bool classesMoved = classes.size() != m_classes.size() ||
                              !std::equal(classes.begin(), classes.end(), m_classes.begin(),
                                          [](const ClassRecord& a, const ClassRecord& b) {
                                              return a.id == b.id && a.name == b.name &&
                                                     a.color == b.color && a.position == b.position;
                                          });
    m_classes = classes;
    if (classesMoved) Q_EMIT classesChanged();
    // Removing a track (or undoing that) changes the list; the current track must exist. The
    // list is replaced only then, so callers walking tracks() while they edit stay valid.
    std::vector<TrackRecord> tracks;
    if (!readInto(m_project->tracks(), tracks)) return;
    if (!std::equal(tracks.begin(), tracks.end(), m_tracks.begin(), m_tracks.end(),
                    [](const TrackRecord& a, const TrackRecord& b) { return a.id == b.id; }))
        m_tracks = std::move(tracks);
    const std::optional<std::int64_t> current = m_current;
    if (!currentTrack())
        m_current = m_tracks.empty() ? std::nullopt : std::optional(m_tracks.front().id);
    reloadRegions();
    Q_EMIT tracksChanged();
    if (current != m_current) Q_EMIT currentTrackChanged();
}

bool ProjectController::removeTrack(std::int64_t trackId)
{
    if (!m_project) return false;
    const std::optional<std::int64_t> current = m_current;
    if (m_current == trackId) {
        // The neighbour below (or above) becomes current, as a list's selection would.
        const auto it = std::find_if(m_tracks.begin(), m_tracks.end(),
                                     [trackId](const TrackRecord& t) { return t.id == trackId; });
        m_current.reset();
        if (it != m_tracks.end() && std::next(it) != m_tracks.end())
            m_current = std::next(it)->id;
        else if (it != m_tracks.begin() && it != m_tracks.end())
            m_current = std::prev(it)->id;
    }
    if (!commit(m_project->removeTrack(trackId))) {
        m_current = current;
        return false;
    }
    if (current != m_current) {
        reloadRegions();
        Q_EMIT currentTrackChanged();
    }
    return true;
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

bool ProjectController::applyRegionEdit(const RegionEdit& edit, const QString& text)
{
    if (!m_project || edit.empty()) return false;
    return commit(m_project->replaceRegions(edit.before, edit.after, text));
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
    return m_project && commit(m_project->recolourClass(name, colour));
}

bool ProjectController::moveClass(const QString& name, int position)
{
    return m_project && commit(m_project->moveClass(name, position));
}

} // namespace hhs::ui
