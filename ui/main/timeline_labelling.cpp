// TimelineController's labelling keys: a medley is labelled in one pass by pressing a class key
// when a song starts and C when it changes. Cuts and labels are planned by project/label_edits.h
// (one undoable edit each); [ and ] snap to boundaries nearer than the shortest region, so no
// edit made at listening speed leaves a sliver.
#include "document/project_controller.h"
#include "formats/time_text.h"
#include "main/labelling_settings.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "playback/player.h"
#include "project/label_edits.h"
#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>
#include <algorithm>

namespace hhs::ui {

void TimelineController::makeLabellingActions()
{
    connect(makeAction(tr("Selection Start at Playhead"), QKeySequence(Qt::Key_BracketLeft),
                       m_selection),
            &QAction::triggered, this, [this]() { setSelectionEdge(true); });
    connect(makeAction(tr("Selection End at Playhead"), QKeySequence(Qt::Key_BracketRight),
                       m_selection),
            &QAction::triggered, this, [this]() { setSelectionEdge(false); });
    m_cut = makeAction(tr("Cut at Playhead"), QKeySequence(tr("C")), m_labelling);
    m_cut->setToolTip(tr("Put a boundary at the playhead: the region there splits in two, or the "
                         "stretch since the last boundary becomes a region. While playing, the "
                         "cut lands a reaction time earlier."));
    connect(m_cut, &QAction::triggered, this, &TimelineController::cutAtPlayhead);
    QAction* suggested = makeAction(tr("Cut at Suggested Changes"), {}, m_labelling);
    suggested->setToolTip(tr("Put a boundary at every song change the studio found (the orange "
                             "marks on the ruler), in one step you can undo."));
    connect(suggested, &QAction::triggered, this, &TimelineController::cutAtSuggestedChanges);
    connect(makeAction(tr("Labelling Settings…"), {}, m_labelling), &QAction::triggered, this,
            [this]() { LabellingSettingsDialog(m_host).exec(); });
}

void TimelineController::setSelectionEdge(bool start)
{
    const double at =
        snapToBoundary(m_project->labelRegions(), m_state->playhead(),
                       m_timeline->axis()->duration(), LabellingSettings::load().minimumSeconds);
    if (start)
        m_state->setSelectionStart(at);
    else
        m_state->setSelectionEnd(at);
}

void TimelineController::cutAtPlayhead()
{
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!m_audio || !track) return;
    const LabellingSettings settings = LabellingSettings::load();
    const double duration = m_timeline->axis()->duration();
    double at = m_state->playhead();
    if (m_player->isPlaying()) at = std::max(0.0, at - settings.reactionSeconds);
    Result<RegionEdit> edit =
        planCut(m_project->labelRegions(), track->id, at, duration, settings.minimumSeconds);
    if (!edit) {
        Q_EMIT statusMessage(edit.message());
        return;
    }
    // The class keys that follow label the region under the playhead, not an old selection.
    m_state->clearSelection();
    m_project->applyRegionEdit(*edit, tr("Cut at %1").arg(formatTimeText(at)));
}

void TimelineController::cutAtSuggestedChanges()
{
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (!m_audio || !track) return;
    if (m_analysis->trackId() != track->id) {
        Q_EMIT statusMessage(tr("The song changes of this track are still being found."));
        return;
    }
    std::vector<double> times;
    for (const SongChange& change : m_analysis->songChanges())
        times.push_back(change.time);
    const RegionEdit edit =
        planCutsAt(m_project->labelRegions(), track->id, times, m_timeline->axis()->duration(),
                   LabellingSettings::load().minimumSeconds);
    if (edit.empty()) {
        Q_EMIT statusMessage(tr("There are no suggested changes left to cut at."));
        return;
    }
    m_project->applyRegionEdit(edit, QCoreApplication::translate("hhs::ui::TimelineController",
                                                                 "Cut at %n suggested change(s)",
                                                                 nullptr, int(times.size())));
}

void TimelineController::selectRegion(std::int64_t regionId)
{
    for (const RegionRecord& region : m_project->labelRegions())
        if (region.id == regionId) {
            m_state->selectRegion(region.id, region.start, region.end);
            m_timeline->axis()->ensureVisible(region.start, region.end);
            if (!m_player->isPlaying()) seek(region.start);
            return;
        }
}

void TimelineController::labelWithClass(int position)
{
    const auto& classes = m_project->classes();
    const std::optional<TrackRecord> track = m_project->currentTrack();
    if (position < 0 || position >= int(classes.size()) || !m_audio || !track) return;
    const ClassRecord& label = classes[std::size_t(position)];
    const double at = m_state->playhead();
    const std::optional<TimeRange> selection = m_state->selection();
    // While playing, a selection the playhead has left is no longer what the user means.
    const bool selectionMeant =
        selection && (!m_player->isPlaying() || (selection->start <= at && at < selection->end));
    if (selectionMeant) {
        if (const auto region = m_state->selectedRegion()) {
            m_project->changeClass(*region, label.name);
            return;
        }
        // A dragged selection's edges meet a region or the track's end nearer than the
        // shortest region, rather than leave a sliver beside it.
        const double minimum = LabellingSettings::load().minimumSeconds;
        const double duration = m_timeline->axis()->duration();
        const double start =
            snapToBoundary(m_project->labelRegions(), selection->start, duration, minimum);
        const double end =
            snapToBoundary(m_project->labelRegions(), selection->end, duration, minimum);
        if (end <= start || !m_project->label(start, end, label.name)) return;
        for (const RegionRecord& region : m_project->labelRegions())
            if (region.start < end && start < region.end && region.className == label.name)
                m_state->selectRegion(region.id, region.start, region.end);
        return;
    }
    Result<RegionEdit> edit = planLabelAt(m_project->labelRegions(), track->id, at,
                                          m_timeline->axis()->duration(), label);
    if (!edit) {
        Q_EMIT statusMessage(edit.message());
        return;
    }
    if (edit->empty()) return; // already that class
    m_state->clearSelection();
    m_project->applyRegionEdit(*edit, tr("Label as %1").arg(label.name));
}

} // namespace hhs::ui
