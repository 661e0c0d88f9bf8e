// AudioFeeder: owns the QAudioSink and its SampleSource on a thread of its own (the audio
// thread), so the sink is refilled however long the GUI thread is busy. A session plays
// [begin, end) from a sample, optionally looping; it ends only when the source has given its
// last sample AND the sink has played it (never on an underrun, which is counted, reported and
// recovered from by restarting the sink where the sound was). At a speed other than 1 the
// source stretches the sound, and the sample heard is the start plus the samples played times
// the speed (the stretcher's delay is trimmed inside it). start() and stop() run on the
// audio thread (call them through a queued functor QMetaObject::invokeMethod); playedSample() may
// be read from any thread; its signals are meant for queued connections to the GUI thread.
#pragma once

#include "playback/sample_source.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

class QAudioSink;

namespace hhs::ui {

struct PlaybackSession
{
    std::uint64_t id = 0; // the Player's number for it; signals carry it back
    QAudioDevice device;
    QAudioFormat format;
    SampleSource::Encoding encoding = SampleSource::Encoding::Float32;
    std::shared_ptr<const std::vector<float>> samples;
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t from = 0;
    bool loop = false;
    // Playback rate, pitch kept: the sample heard is `from` + samples played * speed.
    double speed = 1.0;
    // The volume, which the Player may change while this session plays.
    std::shared_ptr<const std::atomic<float>> gain;
};

class AudioFeeder : public QObject
{
    Q_OBJECT
public:
    // How much audio the sink keeps ahead of the sound: several hundred ms, as Audacity and
    // Sonic Visualiser do, so a stall of the process shorter than this is not heard.
    static constexpr int kBufferMs = 500;

    explicit AudioFeeder(QObject* parent = nullptr);
    ~AudioFeeder() override;

    // The sample being heard in the session `session` (any thread); -1 for another session.
    // The sink reports its progress in steps of tens of ms; between two steps the sample is
    // carried on by the clock (at most kExtrapolateMs past the last step), so the playhead
    // moves smoothly and is not behind the sound by a step.
    std::int64_t playedSample(std::uint64_t session) const;
    static constexpr int kExtrapolateMs = 60;

    // Audio thread only.
    void start(const PlaybackSession& session);
    void stop(std::uint64_t session);

Q_SIGNALS:
    // The session played its last sample (`endSample`) and the sink is stopped.
    void finished(std::uint64_t session, std::int64_t endSample);
    // The sink ran dry `count` times so far in this session (it carries on).
    void underrun(std::uint64_t session, int count);
    // The device failed or vanished: the session is over.
    void failed(std::uint64_t session, const QString& message);

private:
    void openSink(std::int64_t from);
    void closeSink();
    void poll();
    std::int64_t currentSample() const;
    void publish(std::int64_t sample);

    PlaybackSession m_session;
    bool m_active = false;
    QAudioSink* m_sink = nullptr;
    SampleSource* m_source = nullptr;
    std::int64_t m_sinkStart = 0; // the sample the current sink started at
    int m_underruns = 0;
    int m_idlePolls = 0;
    std::int64_t m_lastSample = 0; // the sound's position at the last poll
    int m_stalledPolls = 0;        // polls since it last moved
    int m_restarts = 0;            // sink restarts since it last moved
    QTimer m_poll{this};
    mutable std::mutex m_publishedMutex;
    std::uint64_t m_publishedSession = 0;
    std::int64_t m_publishedSample = 0;
    std::chrono::steady_clock::time_point m_publishedAt; // when it last moved
    bool m_publishedMoving = false;                      // false until the sound moves
    double m_publishedRate = 0;                          // source samples per second heard
    std::int64_t m_publishedBegin = 0;
    std::int64_t m_publishedEnd = 0;
    bool m_publishedLoop = false;
};

} // namespace hhs::ui
