#include "main/track_analysis.h"

#include "jobs/job_runner.h"

#include <QPointer>
#include <cmath>

namespace hhs::ui {

struct TrackAnalysis::Outcome
{
    SongChangeSuggestions suggestions;
    std::vector<float> onset;
    double framesPerSecond = 0;
};

TrackAnalysis::TrackAnalysis(JobRunner* runner, QObject* parent) : QObject(parent), m_runner(runner)
{}

TrackAnalysis::~TrackAnalysis()
{
    if (m_job) m_job->cancel();
}

void TrackAnalysis::analyse(std::int64_t trackId, std::shared_ptr<const LoadedAudio> audio)
{
    if (m_job) m_job->cancel();
    m_job.reset();
    m_trackId = 0;
    m_suggestions = {};
    m_onset.clear();
    if (!audio) {
        Q_EMIT ready(0);
        return;
    }
    QPointer<TrackAnalysis> self(this);
    m_job = m_runner->start<Outcome>(
        tr("Finding song changes"),
        [audio](const JobControl& job) -> hhs::Result<Outcome> {
            hhs::Result<SpectralFrames> frames =
                computeSpectralFrames(audio->samples.data(), std::int64_t(audio->samples.size()),
                                      audio->sampleRate, job.part(0, 0.8));
            if (!frames) return frames.error();
            hhs::Result<SongChangeSuggestions> suggestions =
                suggestSongChanges(*frames, {}, job.part(0.8, 1));
            if (!suggestions) return suggestions.error();
            Outcome result;
            result.suggestions = std::move(*suggestions);
            result.onset = onsetStrength(*frames);
            result.framesPerSecond = frames->framesPerSecond();
            return result;
        },
        [self, trackId](hhs::Result<Outcome> result) {
            if (!self) return;
            self->m_job.reset();
            if (!result) {
                if (!result.cancelled())
                    Q_EMIT self->statusMessage(
                        tr("Song changes could not be found: %1").arg(result.message()));
                return;
            }
            self->m_trackId = trackId;
            self->m_suggestions = std::move(result->suggestions);
            self->m_onset = std::move(result->onset);
            self->m_framesPerSecond = result->framesPerSecond;
            Q_EMIT self->ready(trackId);
        },
        JobRunner::Kind::Background);
}

std::optional<double> TrackAnalysis::tempo(double start, double end) const
{
    if (m_onset.empty() || m_framesPerSecond <= 0 || end <= start) return std::nullopt;
    const int begin = std::max(0, int(std::lround(start * m_framesPerSecond)));
    const int stop = std::min(int(m_onset.size()), int(std::lround(end * m_framesPerSecond)));
    if (stop <= begin) return std::nullopt;
    const TempoEstimate estimate = estimateTempo(m_onset, m_framesPerSecond, begin, stop);
    if (estimate.bpm <= 0) return std::nullopt;
    return estimate.bpm;
}

} // namespace hhs::ui
