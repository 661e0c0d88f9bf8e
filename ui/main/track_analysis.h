// TrackAnalysis: the listening aids of the current track, computed off the GUI thread once its
// audio is loaded: candidate song changes (analysis/song_changes.h), drawn on the ruler and
// reachable with Ctrl+← / →, and the onset envelope from which any stretch's tempo is read in
// a moment (the Regions dock's Tempo column). A new track cancels the previous analysis; the
// analysis of an audio shown before is kept while that audio lives (AudioMemo) and is ready at
// once when its track comes back. GUI thread only.
#pragma once

#include "analysis/song_changes.h"
#include "audio/audio_cache.h"
#include "audio/loader.h"

#include <QObject>
#include <cstdint>
#include <memory>
#include <optional>

namespace hhs {
class CancelToken;
}

namespace hhs::ui {

class JobRunner;

class TrackAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit TrackAnalysis(JobRunner* runner, QObject* parent = nullptr);
    ~TrackAnalysis() override;

    // Starts analysing `audio` (the track `trackId`); nullptr forgets the current one.
    void analyse(std::int64_t trackId, std::shared_ptr<const LoadedAudio> audio);
    // The track whose analysis is ready (0: none yet).
    std::int64_t trackId() const { return m_trackId; }
    const std::vector<SongChange>& songChanges() const { return m_result.suggestions.changes; }
    const SongChangeSuggestions& suggestions() const { return m_result.suggestions; }
    // The tempo of [start, end) seconds of the analysed track; nothing before the analysis is
    // ready or when the stretch has no steady beat.
    std::optional<double> tempo(double start, double end) const;

Q_SIGNALS:
    void ready(std::int64_t trackId);
    void statusMessage(const QString& message);

private:
    struct Outcome
    {
        SongChangeSuggestions suggestions;
        std::vector<float> onset;
        double framesPerSecond = 0;
    };
    JobRunner* m_runner;
    std::shared_ptr<CancelToken> m_job;
    std::int64_t m_trackId = 0;
    std::shared_ptr<const LoadedAudio> m_audio; // whose analysis m_result is, once ready
    Outcome m_result;
    AudioMemo<Outcome> m_kept;
};

} // namespace hhs::ui
