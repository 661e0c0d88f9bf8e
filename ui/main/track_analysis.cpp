#include "main/track_analysis.h"

#include "jobs/job_runner.h"

#include <QPointer>
#include <cmath>

namespace hhs::ui {

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
    if (m_trackId != 0 && m_audio) m_kept.keep(m_audio, std::move(m_result));
    m_trackId = 0;
    m_audio.reset();
    m_result = {};
    if (!audio) {
        Q_EMIT ready(0);
        return;
    }
    if (std::optional<Outcome> kept = m_kept.take(audio.get())) {
        m_trackId = trackId;
        m_audio = std::move(audio);
        m_result = std::move(*kept);
        Q_EMIT ready(trackId);
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
        [self, trackId, audio](hhs::Result<Outcome> result) {
            if (!self) return;
            self->m_job.reset();
            if (!result) {
                if (!result.cancelled())
                    Q_EMIT self->statusMessage(
                        tr("Song changes could not be found: %1").arg(result.message()));
                return;
            }
            self->m_trackId = trackId;
            self->m_audio = audio;
            self->m_result = std::move(*result);
            Q_EMIT self->ready(trackId);
        },
        JobRunner::Kind::Background);
}

std::optional<double> TrackAnalysis::tempo(double start, double end) const
{
    const std::vector<float>& onset = m_result.onset;
    const double framesPerSecond = m_result.framesPerSecond;
    if (onset.empty() || framesPerSecond <= 0 || end <= start) return std::nullopt;
    const int begin = std::max(0, int(std::lround(start * framesPerSecond)));
    const int stop = std::min(int(onset.size()), int(std::lround(end * framesPerSecond)));
    if (stop <= begin) return std::nullopt;
    const TempoEstimate estimate = estimateTempo(onset, framesPerSecond, begin, stop);
    if (estimate.bpm <= 0) return std::nullopt;
    return estimate.bpm;
}

} // namespace hhs::ui
