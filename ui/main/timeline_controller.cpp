#include "main/timeline_controller.h"

#include "document/project_controller.h"
#include "jobs/job_runner.h"
#include "main/class_gloss.h"
#include "main/class_list.h"
#include "main/labelling_settings.h"
#include "main/track_analysis.h"
#include "playback/player.h"
#include "project/label_edits.h"
#include "timeline/click_seek.h"
#include "timeline/label_lane.h"
#include "timeline/mfcc_view.h"
#include "timeline/time_axis.h"
#include "timeline/time_ruler.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"
#include "timeline/waveform_view.h"

#include <QAction>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QWidget>

namespace hhs::ui {
namespace {
const char* kFollowKey = "playback/followContinuously";
} // namespace

TimelineController::TimelineController(ProjectController* project, TimelineWidget* timeline,
                                       Player* player, JobRunner* runner, QWidget* shortcutHost)
    : QObject(shortcutHost), m_project(project), m_timeline(timeline), m_state(timeline->state()),
      m_player(player), m_runner(runner), m_host(shortcutHost),
      m_analysis(new TrackAnalysis(runner, this))
{
    QAction* play = makeAction(tr("Play / Pause"), QKeySequence(Qt::Key_Space), m_playback);
    connect(play, &QAction::triggered, this, &TimelineController::togglePlay);
    connect(makeAction(tr("Stop"), QKeySequence(Qt::Key_Escape), m_playback), &QAction::triggered,
            m_player, &Player::stop);
    connect(makeAction(tr("Play Selection"), QKeySequence(tr("Shift+Space")), m_playback),
            &QAction::triggered, this, [this]() {
                if (const auto s = m_state->selection())
                    m_player->playRange(s->start, s->end, false);
            });
    connect(makeAction(tr("Loop Selection"), QKeySequence(tr("L")), m_playback),
            &QAction::triggered, this, [this]() {
                if (const auto s = m_state->selection())
                    m_player->playRange(s->start, s->end, true);
            });
    makeTransportActions();
    m_followContinuous = makeAction(tr("Follow Playhead Continuously"), {}, m_playback);
    m_followContinuous->setCheckable(true);
    m_followContinuous->setToolTip(tr("Keep the playhead centred; off: turn pages"));
    // The follow mode is a preference: it persists across sessions.
    m_followContinuous->setChecked(QSettings().value(QLatin1String(kFollowKey), false).toBool());
    connect(m_followContinuous, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QLatin1String(kFollowKey), on); });

    makeLabellingActions();
    connect(makeAction(tr("Next Region"), QKeySequence(Qt::Key_Tab), m_selection),
            &QAction::triggered, this, [this]() { selectNextRegion(1); });
    connect(makeAction(tr("Previous Region"), QKeySequence(Qt::SHIFT | Qt::Key_Tab), m_selection),
            &QAction::triggered, this, [this]() { selectNextRegion(-1); });
    m_delete = makeAction(tr("Delete Region"), QKeySequence::Delete, m_selection);
    connect(m_delete, &QAction::triggered, this, &TimelineController::deleteSelected);

    connect(makeAction(tr("Zoom In"), QKeySequence(tr("+")), m_view), &QAction::triggered,
            m_timeline, &TimelineWidget::zoomIn);
    m_view.back()->setShortcuts(
        {QKeySequence(tr("+")), QKeySequence(tr("=")), QKeySequence::ZoomIn});
    connect(makeAction(tr("Zoom Out"), QKeySequence(tr("-")), m_view), &QAction::triggered,
            m_timeline, &TimelineWidget::zoomOut);
    m_view.back()->setShortcuts({QKeySequence(tr("-")), QKeySequence::ZoomOut});
    connect(makeAction(tr("Fit Track"), QKeySequence(tr("F")), m_view), &QAction::triggered,
            m_timeline, &TimelineWidget::fit);
    connect(makeAction(tr("Zoom to Selection"), QKeySequence(tr("Z")), m_view), &QAction::triggered,
            m_timeline, &TimelineWidget::zoomToSelection);

    connect(m_player, &Player::positionChanged, this, &TimelineController::onPosition);
    connect(m_analysis, &TrackAnalysis::statusMessage, this, &TimelineController::statusMessage);
    connect(m_analysis, &TrackAnalysis::ready, this, [this](std::int64_t trackId) {
        std::vector<TimeRuler::Mark> marks;
        if (trackId != 0 && trackId == m_loadedTrack) {
            const SongChangeSuggestions& found = m_analysis->suggestions();
            for (std::size_t i = 0; i < found.changes.size(); ++i) {
                const double bpm = i + 1 < found.songs.size() ? found.songs[i + 1].tempo.bpm : 0;
                marks.push_back({found.changes[i].time, found.changes[i].strength, bpm});
            }
        }
        m_timeline->ruler()->setSongChanges(std::move(marks));
    });
    connect(m_timeline->ruler(), &TimeRuler::seekRequested, this, &TimelineController::seek);
    LabelLane* lane = m_timeline->labelLane();
    connect(lane, &LabelLane::seekRequested, this, &TimelineController::seek);
    for (QWidget* view :
         {static_cast<QWidget*>(m_timeline->waveform()), static_cast<QWidget*>(m_timeline->mfcc())})
        connect(ClickSeek::install(view, m_timeline->axis(), m_state), &ClickSeek::seekRequested,
                this, &TimelineController::seek);
    connect(lane, &LabelLane::classChangeRequested, m_project, &ProjectController::changeClass);
    connect(lane, &LabelLane::deleteRequested, m_project, &ProjectController::removeRegion);
    connect(lane, &LabelLane::resizeRequested, this,
            [this](std::int64_t id, double start, double end) {
                // An edge dragged near another region's edge (or the track's end) meets it
                // exactly: no sliver of a gap or an overlap is left.
                std::vector<RegionRecord> others;
                for (const RegionRecord& region : m_project->labelRegions())
                    if (region.id != id) others.push_back(region);
                const double duration = m_timeline->axis()->duration();
                const double minimum = LabellingSettings::load().minimumSeconds;
                start = snapToBoundary(others, start, duration, minimum);
                end = snapToBoundary(others, end, duration, minimum);
                if (!m_project->resizeRegion(id, start, end)) return;
                for (const RegionRecord& region : m_project->labelRegions())
                    if (region.start < end && start < region.end)
                        m_state->selectRegion(region.id, region.start, region.end);
            });

    connect(m_project, &ProjectController::currentTrackChanged, this,
            &TimelineController::loadCurrentTrack);
    connect(m_project, &ProjectController::regionsChanged, this, &TimelineController::showRegions);
    connect(m_project, &ProjectController::classesChanged, this,
            &TimelineController::rebuildClassActions);
}

QAction* TimelineController::makeAction(const QString& text, const QKeySequence& key,
                                        QList<QAction*>& group)
{
    auto* action = new QAction(text, this);
    if (!key.isEmpty()) action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    m_host->addAction(action);
    group.append(action);
    return action;
}

void TimelineController::rebuildClassActions()
{
    qDeleteAll(m_classActions);
    m_classActions.clear();
    m_timeline->setClasses(m_project->classes());
    for (const ClassRecord& record : m_project->classes()) {
        const QString key = ClassList::hotkey(record.position);
        if (key.isEmpty()) continue;
        QAction* action = makeAction(tr("Label as %1").arg(classWithGloss(record.name)),
                                     QKeySequence(key), m_classActions);
        const int position = record.position;
        connect(action, &QAction::triggered, this,
                [this, position]() { labelWithClass(position); });
    }
    Q_EMIT classActionsChanged();
}

void TimelineController::loadCurrentTrack()
{
    if (m_loading) m_loading->cancel();
    m_player->stop();
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!track) {
        m_audio.reset();
        m_loadedTrack = 0;
        m_timeline->ruler()->setSongChanges({});
        m_timeline->setAudio(nullptr);
        m_player->setSignal(nullptr, 0);
        m_analysis->analyse(0, nullptr);
        m_state->reset();
        showRegions();
        Q_EMIT trackLoadedChanged();
        return;
    }
    if (m_audio && m_loadedTrack == track->id) return;
    m_audio.reset();
    m_timeline->ruler()->setSongChanges({});
    const QString path = track->path;
    const std::int64_t id = track->id;
    if (std::shared_ptr<const LoadedAudio> recent = m_recentAudio.find(path)) {
        showLoadedTrack(id, std::move(recent));
        return;
    }
    Q_EMIT trackLoadedChanged();
    QPointer<TimelineController> self(this);
    struct Loaded
    {
        std::shared_ptr<const LoadedAudio> audio;
        bool decoded = false; // not read from the SignalCache
    };
    const SignalCache decodedTracks = m_decodedTracks;
    m_loading = m_runner->start<Loaded>(
        tr("Loading %1").arg(track->fileName),
        [path, decodedTracks](const JobControl& job) -> Result<Loaded> {
            const LoadOptions options;
            if (std::optional<LoadedAudio> kept = decodedTracks.find(path, options.targetRate))
                return Loaded{std::make_shared<const LoadedAudio>(std::move(*kept)), false};
            Result<LoadedAudio> loaded = loadAudio(path, options, job);
            if (!loaded) return loaded.error();
            return Loaded{std::make_shared<const LoadedAudio>(std::move(*loaded)), true};
        },
        [self, id, path](Result<Loaded> loaded) {
            if (!self) return;
            if (loaded) {
                self->m_recentAudio.insert(path, loaded->audio); // kept even if no longer shown
                if (loaded->decoded) self->keepDecoded(path, loaded->audio);
            }
            const std::optional<TrackRecord> current = self->m_project->currentTrack();
            if (!current || current->id != id) return; // another track was chosen meanwhile
            if (!loaded) {
                Q_EMIT self->statusMessage(loaded.message());
                return;
            }
            self->showLoadedTrack(id, loaded->audio);
        });
}

void TimelineController::keepDecoded(const QString& path, std::shared_ptr<const LoadedAudio> audio)
{
    QPointer<TimelineController> self(this);
    const SignalCache decodedTracks = m_decodedTracks;
    m_runner->start<bool>(
        tr("Keeping the decoded %1 for next time").arg(QFileInfo(path).fileName()),
        [path, audio, decodedTracks](const JobControl&) -> Result<bool> {
            if (Status stored = decodedTracks.store(path, *audio); !stored) return stored.error();
            return true;
        },
        [self, path](Result<bool> stored) {
            // Not an error of the track's: it opens as before, only slower next time.
            if (self && !stored)
                Q_EMIT self->statusMessage(tr("%1 will be decoded again next time: %2")
                                               .arg(QFileInfo(path).fileName(), stored.message()));
        },
        JobRunner::Kind::Background, JobRunner::Lane::Long); // never ahead of a load or the MFCC
}

void TimelineController::showLoadedTrack(std::int64_t id, std::shared_ptr<const LoadedAudio> audio)
{
    m_audio = std::move(audio);
    m_loadedTrack = id;
    m_state->reset();
    m_timeline->setAudio(m_audio);
    m_player->setSignal(std::shared_ptr<const std::vector<float>>(m_audio, &m_audio->samples),
                        m_audio->sampleRate);
    showRegions();
    m_analysis->analyse(id, m_audio);
    Q_EMIT trackLoadedChanged();
    applyPendingStretch();
}

void TimelineController::showStretch(std::int64_t trackId, double start, double end, bool play)
{
    m_pendingStretch = PendingStretch{trackId, start, end, play};
    const std::optional<TrackRecord> current = m_project->currentTrack();
    if (!current || current->id != trackId)
        m_project->setCurrentTrack(trackId); // loads it; the stretch is shown when it is in
    else if (m_audio && m_loadedTrack == trackId)
        applyPendingStretch();
}

void TimelineController::applyPendingStretch()
{
    if (!m_pendingStretch || !m_audio || m_pendingStretch->trackId != m_loadedTrack) return;
    const PendingStretch stretch = *m_pendingStretch;
    m_pendingStretch.reset();
    m_state->clearRegion();
    m_state->setSelection(stretch.start, stretch.end);
    m_timeline->axis()->ensureVisible(stretch.start, stretch.end);
    seek(stretch.start);
    if (stretch.play && m_player->available())
        m_player->playRange(stretch.start, stretch.end, false);
}

void TimelineController::showRegions()
{
    m_timeline->setRegions(m_project->labelRegions(), m_project->predictedRegions());
    // Keep the selected region selected if it still exists (undo may have removed it).
    if (const auto id = m_state->selectedRegion()) {
        bool found = false;
        for (const RegionRecord& region : m_project->labelRegions())
            if (region.id == *id) {
                m_state->selectRegion(region.id, region.start, region.end);
                found = true;
            }
        if (!found) m_state->clearRegion();
    }
}

void TimelineController::seek(double seconds)
{
    m_player->seek(seconds);
    m_state->setPlayhead(seconds);
}

void TimelineController::onPosition(double seconds)
{
    m_state->setPlayhead(seconds);
    if (m_player->isPlaying()) m_timeline->axis()->follow(seconds, m_followContinuous->isChecked());
}

void TimelineController::togglePlay()
{
    if (!m_audio) return;
    if (!m_player->available()) {
        Q_EMIT statusMessage(m_player->notice());
        return;
    }
    if (m_player->isPlaying()) {
        m_player->pause();
        return;
    }
    // From the playhead; from the start when the playhead is at the track's end.
    const double at = m_state->playhead();
    m_player->play(at >= m_timeline->axis()->duration() ? 0.0 : at);
}

void TimelineController::selectNextRegion(int direction)
{
    const auto& regions = m_project->labelRegions();
    if (regions.empty()) return;
    // From the playhead, a region that starts right there counts as the next one.
    double reference = m_state->playhead() - (direction > 0 ? 1e-6 : 0.0);
    if (const auto id = m_state->selectedRegion())
        for (const RegionRecord& region : regions)
            if (region.id == *id) reference = region.start;
    const RegionRecord* target = nullptr;
    if (direction > 0) {
        for (const RegionRecord& region : regions)
            if (region.start > reference + 1e-9) {
                target = &region;
                break;
            }
    } else {
        for (auto it = regions.rbegin(); it != regions.rend(); ++it)
            if (it->start < reference - 1e-9) {
                target = &*it;
                break;
            }
    }
    if (!target) return;
    m_state->selectRegion(target->id, target->start, target->end);
    m_timeline->axis()->ensureVisible(target->start, target->end);
    if (!m_player->isPlaying()) seek(target->start);
}

void TimelineController::deleteSelected()
{
    if (const auto id = m_state->selectedRegion()) m_project->removeRegion(*id);
}

} // namespace hhs::ui
