#include "playback/audio_feeder.h"

#include <QAudioSink>
#include <QDebug>
#include <algorithm>
#include <cmath>

namespace hhs::ui {
namespace {
// How often the audio thread looks at the sink: the position, the end, an underrun.
constexpr int kPollMs = 10;
// A sink idle this long after an underrun is restarted where the sound was.
constexpr int kRecoverAfterPolls = 20;
// A sink whose sound has not moved for this many polls (>= 1.5 s of the audio thread running:
// a frozen process does not poll) is restarted; one that does not move after a restart either
// has lost its output (a server gone without telling).
constexpr int kStalledPolls = 150;
} // namespace

AudioFeeder::AudioFeeder(QObject* parent) : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    m_poll.setTimerType(Qt::PreciseTimer);
    connect(&m_poll, &QTimer::timeout, this, &AudioFeeder::poll);
}

AudioFeeder::~AudioFeeder()
{
    closeSink();
}

std::int64_t AudioFeeder::playedSample(std::uint64_t session) const
{
    using Clock = std::chrono::steady_clock;
    const std::lock_guard<std::mutex> lock(m_publishedMutex);
    if (m_publishedSession != session) return -1;
    if (!m_publishedMoving) return m_publishedSample;
    const Clock::duration elapsed = std::min<Clock::duration>(
        Clock::now() - m_publishedAt, std::chrono::milliseconds(kExtrapolateMs));
    const std::int64_t at =
        m_publishedSample +
        std::llround(std::chrono::duration<double>(elapsed).count() * m_publishedRate);
    const std::int64_t length = m_publishedEnd - m_publishedBegin;
    if (m_publishedLoop && length > 0) return m_publishedBegin + (at - m_publishedBegin) % length;
    return std::min(at, m_publishedEnd);
}

void AudioFeeder::publish(std::int64_t sample)
{
    const std::lock_guard<std::mutex> lock(m_publishedMutex);
    if (m_publishedSession != m_session.id) {
        m_publishedSession = m_session.id;
        m_publishedMoving = false;
        m_publishedRate = m_session.format.sampleRate() * m_session.speed;
        m_publishedBegin = m_session.begin;
        m_publishedEnd = m_session.end;
        m_publishedLoop = m_session.loop;
    } else if (sample != m_publishedSample) {
        m_publishedMoving = true;
        m_publishedAt = std::chrono::steady_clock::now();
    }
    m_publishedSample = sample;
}

void AudioFeeder::start(const PlaybackSession& session)
{
    closeSink();
    m_session = session;
    m_active = true;
    m_underruns = 0;
    m_restarts = 0;
    publish(session.from);
    openSink(session.from);
}

void AudioFeeder::stop(std::uint64_t session)
{
    if (session != m_session.id) return;
    m_active = false;
    closeSink();
}

void AudioFeeder::openSink(std::int64_t from)
{
    m_source = new SampleSource(m_session.samples, m_session.encoding, this);
    m_source->setRange(m_session.begin, m_session.end, from, m_session.loop);
    m_source->setSpeed(m_session.format.sampleRate(), m_session.speed);
    m_source->setGain(m_session.gain);
    m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_sinkStart = m_source->position();
    m_lastSample = m_sinkStart;
    m_idlePolls = 0;
    m_stalledPolls = 0;
    m_sink = new QAudioSink(m_session.device, m_session.format, this);
    const int bytesPerSample = m_session.encoding == SampleSource::Encoding::Float32 ? 4 : 2;
    m_sink->setBufferSize(m_session.format.sampleRate() * kBufferMs / 1000 * bytesPerSample);
    // Idle while the session is on means the sink was not refilled in time (the source never
    // runs dry: it reads silence past the end): an underrun, counted as it happens.
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state != QAudio::IdleState || !m_active) return;
        ++m_underruns;
        qWarning("playback: underrun %d at sample %lld", m_underruns, qlonglong(currentSample()));
        Q_EMIT underrun(m_session.id, m_underruns);
    });
    m_sink->start(m_source);
    m_poll.start();
}

void AudioFeeder::closeSink()
{
    m_poll.stop();
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    delete m_source;
    m_source = nullptr;
}

std::int64_t AudioFeeder::currentSample() const
{
    const int rate = m_session.format.sampleRate();
    if (!m_sink || rate <= 0) return m_sinkStart;
    const std::int64_t out = m_sink->processedUSecs() * rate / 1000000;
    const std::int64_t played =
        m_session.speed == 1.0 ? out : std::llround(double(out) * m_session.speed);
    const std::int64_t length = m_session.end - m_session.begin;
    if (m_session.loop && length > 0)
        return m_session.begin + (m_sinkStart - m_session.begin + played) % length;
    return std::min(m_sinkStart + played, m_session.end);
}

void AudioFeeder::poll()
{
    if (!m_active || !m_sink) return;
    const QAudio::State state = m_sink->state();
    if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
        const QString message = tr("The audio output %1 stopped working: playback stopped.")
                                    .arg(m_session.device.description());
        qWarning().noquote() << message << "(QAudio error" << m_sink->error() << ")";
        m_active = false;
        closeSink();
        Q_EMIT failed(m_session.id, message);
        return;
    }
    const std::int64_t at = currentSample();
    if (at != m_lastSample) {
        m_lastSample = at;
        m_stalledPolls = 0;
        m_restarts = 0;
    } else if (++m_stalledPolls >= kStalledPolls) {
        if (m_restarts++ > 0) {
            const QString message = tr("The audio output %1 stopped playing: playback stopped.")
                                        .arg(m_session.device.description());
            qWarning().noquote() << message;
            m_active = false;
            closeSink();
            Q_EMIT failed(m_session.id, message);
            return;
        }
        qWarning("playback: no sound for a while, restarting the sink at sample %lld",
                 qlonglong(at));
        closeSink();
        openSink(at);
        return;
    }
    publish(at);
    if (state == QAudio::IdleState) {
        // An underrun (counted by the stateChanged handler); the sink normally carries on at
        // its next refill. Still idle after a while: start a new sink where the sound was.
        if (++m_idlePolls >= kRecoverAfterPolls) {
            qWarning("playback: the sink stayed idle, restarting it at sample %lld", qlonglong(at));
            closeSink();
            openSink(at);
        }
        return;
    }
    m_idlePolls = 0;
    if (!m_session.loop && m_source->exhausted() && at >= m_session.end) {
        m_active = false;
        closeSink();
        Q_EMIT finished(m_session.id, m_session.end);
    }
}

} // namespace hhs::ui
