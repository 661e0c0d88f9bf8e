// TimelineController's transport keys: seeking by seconds, region boundaries and screens, as
// Audacity and Sonic Visualiser users expect. The view follows every move.
#include "document/project_controller.h"
#include "main/timeline_controller.h"
#include "main/track_analysis.h"
#include "playback/player.h"
#include "timeline/time_axis.h"
#include "timeline/timeline_state.h"
#include "timeline/timeline_widget.h"

#include <QAction>
#include <algorithm>
#include <vector>

namespace hhs::ui {
namespace {
constexpr double kStepSeconds = 1;
constexpr double kBigStepSeconds = 5;
// Boundaries closer than this to the playhead count as "here", not as the next one.
constexpr double kBoundaryEpsilon = 1e-6;
} // namespace

void TimelineController::makeTransportActions()
{
    auto add = [this](const QString& text, const QKeySequence& key, auto verb) {
        connect(makeAction(text, key, m_transport), &QAction::triggered, this, verb);
    };
    add(tr("Back 1 Second"), QKeySequence(Qt::Key_Left), [this]() { seekBy(-kStepSeconds); });
    add(tr("Forward 1 Second"), QKeySequence(Qt::Key_Right), [this]() { seekBy(kStepSeconds); });
    add(tr("Back 5 Seconds"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
        [this]() { seekBy(-kBigStepSeconds); });
    add(tr("Forward 5 Seconds"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
        [this]() { seekBy(kBigStepSeconds); });
    add(tr("Previous Boundary or Suggested Change"), QKeySequence(Qt::CTRL | Qt::Key_Left),
        [this]() { seekToBoundary(-1); });
    add(tr("Next Boundary or Suggested Change"), QKeySequence(Qt::CTRL | Qt::Key_Right),
        [this]() { seekToBoundary(1); });
    add(tr("Go to Track Start"), QKeySequence(Qt::Key_Home), [this]() { seekAndShow(0); });
    add(tr("Go to Track End"), QKeySequence(Qt::Key_End),
        [this]() { seekAndShow(m_timeline->axis()->duration()); });
    add(tr("Previous Screen"), QKeySequence(Qt::Key_PageUp), [this]() { pageBy(-1); });
    add(tr("Next Screen"), QKeySequence(Qt::Key_PageDown), [this]() { pageBy(1); });
}

void TimelineController::seekAndShow(double seconds)
{
    if (!m_audio) return;
    seconds = std::clamp(seconds, 0.0, m_timeline->axis()->duration());
    seek(seconds);
    m_timeline->axis()->follow(seconds, m_followContinuous->isChecked());
}

void TimelineController::seekBy(double seconds)
{
    seekAndShow(m_state->playhead() + seconds);
}

void TimelineController::seekToBoundary(int direction)
{
    if (!m_audio) return;
    std::vector<double> boundaries = {0.0, m_timeline->axis()->duration()};
    if (m_analysis->trackId() == m_loadedTrack)
        for (const SongChange& change : m_analysis->songChanges())
            boundaries.push_back(change.time);
    for (const RegionRecord& region : m_project->labelRegions()) {
        boundaries.push_back(region.start);
        boundaries.push_back(region.end);
    }
    std::sort(boundaries.begin(), boundaries.end());
    const double here = m_state->playhead();
    if (direction > 0) {
        const auto next =
            std::upper_bound(boundaries.begin(), boundaries.end(), here + kBoundaryEpsilon);
        if (next != boundaries.end()) seekAndShow(*next);
    } else {
        const auto next =
            std::lower_bound(boundaries.begin(), boundaries.end(), here - kBoundaryEpsilon);
        if (next != boundaries.begin()) seekAndShow(*(next - 1));
    }
}

void TimelineController::pageBy(int screens)
{
    if (!m_audio) return;
    TimeAxis* axis = m_timeline->axis();
    const double page = axis->end() - axis->start();
    axis->setStart(axis->start() + screens * page);
    const double target = std::clamp(m_state->playhead() + screens * page, 0.0, axis->duration());
    seek(target);
    axis->ensureVisible(target, target);
}

} // namespace hhs::ui
