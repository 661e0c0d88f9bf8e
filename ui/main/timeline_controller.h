// TimelineController: ties the current track's view, playback and labelling together. Loads
// the current track's audio as a job (or takes it from the AudioCache of tracks visited last,
// at once; a track decoded in an earlier visit or session is read from the SignalCache on disk
// instead of being decoded again, and a newly decoded one is kept there by a background job)
// and hands it to the timeline and the player; keeps the
// playhead on the player's position (the view follows by pages or continuously); and owns the
// keyboard actions: Space play/pause, the labelling keys (timeline_labelling.cpp: C cuts at the
// playhead, 1-9 label the selection or the region under the playhead with the class in that
// place, [ and ] set the selection at the playhead, snapping to boundaries nearer than the
// shortest region), Tab / Shift+Tab select the next/previous region, Delete, the zoom keys, and
// the transport keys (timeline_transport.cpp: arrows, Home/End, PgUp/PgDn; clicking the
// waveform or MFCC). Label lane requests (resize, change class, delete) become project
// edits. GUI thread only.
#pragma once

#include "audio/audio_cache.h"
#include "audio/loader.h"
#include "audio/signal_cache.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace hhs::ui {

class JobRunner;
class Player;
class TrackAnalysis;
class ProjectController;
class TimelineState;
class TimelineWidget;

class TimelineController : public QObject
{
    Q_OBJECT
public:
    TimelineController(ProjectController* project, TimelineWidget* timeline, Player* player,
                       JobRunner* runner, QWidget* shortcutHost);

    QList<QAction*> playbackActions() const { return m_playback; }
    QList<QAction*> transportActions() const { return m_transport; }
    QList<QAction*> selectionActions() const { return m_selection; }
    // Cut at Playhead and Labelling Settings…
    QList<QAction*> labellingActions() const { return m_labelling; }
    QAction* cutAction() const { return m_cut; }
    QList<QAction*> viewActions() const { return m_view; }
    QList<QAction*> classActions() const { return m_classActions; }
    QAction* deleteAction() const { return m_delete; }

    // The current track's song changes and tempo, once found.
    TrackAnalysis* analysis() const { return m_analysis; }
    // Boundaries at every suggested song change, as one undoable edit (see planCutsAt).
    void cutAtSuggestedChanges();
    // Selects the region, shows it and puts the playhead at its start (the Regions dock).
    void selectRegion(std::int64_t regionId);

    // True once the current track's audio is on screen.
    bool trackLoaded() const { return bool(m_audio); }
    // The audio of the tracks visited last.
    const AudioCache& recentAudio() const { return m_recentAudio; }

    // The keyboard's verbs, also used by the menus.
    void togglePlay();
    // The selection (or the selected region) when there is one and, while playing, the
    // playhead is in it; otherwise the region under the playhead, or the whole unlabelled gap.
    void labelWithClass(int position);
    // A boundary at the playhead (moved back by the reaction time while playing): the region
    // there splits in two, both keeping their class; on unlabelled ground the stretch since the
    // previous boundary becomes an unlabelled region. Refused, with a message, next to an
    // existing boundary.
    void cutAtPlayhead();
    void selectNextRegion(int direction);
    void deleteSelected();
    // Transport: moves the playhead by `seconds`, to the previous/next region boundary, or
    // by whole screens; the view follows, and playback (if on) carries on from there.
    void seekBy(double seconds);
    void seekToBoundary(int direction);
    void pageBy(int screens);
    // Shows [start, end) of a track, switching to it and waiting for its audio when needed;
    // selects the stretch and, with `play`, plays it (a confused test segment, a disagreement).
    void showStretch(std::int64_t trackId, double start, double end, bool play);

Q_SIGNALS:
    void trackLoadedChanged();
    void classActionsChanged();
    void statusMessage(const QString& message);

private:
    QAction* makeAction(const QString& text, const QKeySequence& key, QList<QAction*>& group);
    void loadCurrentTrack();
    void showLoadedTrack(std::int64_t id, std::shared_ptr<const LoadedAudio> audio);
    // Stores a newly decoded track in the SignalCache, in the background.
    void keepDecoded(const QString& path, std::shared_ptr<const LoadedAudio> audio);
    void rebuildClassActions();
    void showRegions();
    void seek(double seconds);
    void onPosition(double seconds);
    void applyPendingStretch();
    void makeTransportActions();
    void makeLabellingActions();
    void setSelectionEdge(bool start);
    void seekAndShow(double seconds);

    struct PendingStretch
    {
        std::int64_t trackId = 0;
        double start = 0;
        double end = 0;
        bool play = false;
    };
    std::optional<PendingStretch> m_pendingStretch;

    ProjectController* m_project;
    TimelineWidget* m_timeline;
    TimelineState* m_state;
    Player* m_player;
    JobRunner* m_runner;
    QWidget* m_host;
    std::shared_ptr<const LoadedAudio> m_audio;
    std::shared_ptr<CancelToken> m_loading;
    std::int64_t m_loadedTrack = 0;
    AudioCache m_recentAudio;
    SignalCache m_decodedTracks{SignalCache::defaultFolder()};
    QList<QAction*> m_playback;
    QList<QAction*> m_transport;
    QList<QAction*> m_selection;
    QList<QAction*> m_view;
    QList<QAction*> m_labelling;
    QAction* m_cut = nullptr;
    TrackAnalysis* m_analysis = nullptr;
    QList<QAction*> m_classActions;
    QAction* m_delete = nullptr;
    QAction* m_followContinuous = nullptr;
};

} // namespace hhs::ui
