#include "playback/player.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace hhs::ui {
namespace {
// The playhead's refresh while playing: about one screen frame.
constexpr int kTickMs = 16;

// How often the list of outputs is compared with the last one.
constexpr int kDevicePollMs = 1000;

QList<QByteArray> outputIds()
{
    QList<QByteArray> ids;
    for (const QAudioDevice& output : QMediaDevices::audioOutputs())
        ids << output.id();
    return ids;
}

bool listed(const QAudioDevice& device)
{
    for (const QAudioDevice& output : QMediaDevices::audioOutputs())
        if (output.id() == device.id()) return true;
    return false;
}
} // namespace

Player::Player(QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_feeder(new AudioFeeder),
      m_devices(new QMediaDevices(this)), m_gain(std::make_shared<std::atomic<float>>(1.0f))
{
    m_thread->setObjectName(QStringLiteral("audio"));
    m_feeder->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_feeder, &QObject::deleteLater);
    m_thread->start(QThread::TimeCriticalPriority);
    connect(m_feeder, &AudioFeeder::finished, this,
            [this](std::uint64_t session, std::int64_t endSample) {
                if (session != m_session) return;
                halt();
                setPosition(double(endSample) / m_sampleRate);
            });
    connect(m_feeder, &AudioFeeder::underrun, this, [this](std::uint64_t session, int count) {
        if (session != m_session) return;
        ++m_underruns;
        // One glitch is logged only; repeated ones are worth telling.
        if (count >= 2)
            Q_EMIT message(tr("Playback ran dry %n time(s) in this play: the machine is busy, "
                              "the sound carries on where it was.",
                              nullptr, count));
    });
    connect(m_feeder, &AudioFeeder::failed, this,
            [this](std::uint64_t session, const QString& text) {
                if (session != m_session) return;
                halt();
                // Not claimed any more: the next play looks for an output again.
                m_available = false;
                setNotice(text);
                Q_EMIT message(text);
            });
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &Player::onOutputsChanged);
    // Qt 6.4's PulseAudio backend does not always emit audioOutputsChanged (measured: not for
    // a sink loaded or unloaded on a running server), so the list is also compared once a
    // second; reading it is cheap (the backend keeps it).
    m_outputIds = outputIds();
    m_deviceTimer.setInterval(kDevicePollMs);
    connect(&m_deviceTimer, &QTimer::timeout, this, [this]() {
        if (outputIds() != m_outputIds) onOutputsChanged();
    });
    m_deviceTimer.start();
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Player::tick);
    m_notice = tr("No track loaded");
}

Player::~Player()
{
    halt();
    m_thread->quit();
    m_thread->wait();
}

void Player::setNotice(const QString& notice)
{
    if (notice == m_notice) return;
    m_notice = notice;
    Q_EMIT noticeChanged(notice);
}

void Player::setSignal(std::shared_ptr<const std::vector<float>> samples, int sampleRate)
{
    halt();
    m_samples = std::move(samples);
    m_sampleRate = sampleRate;
    setPosition(0);
    chooseDevice();
}

void Player::setOutputDevice(const QAudioDevice& device)
{
    const bool wasPlaying = m_playing;
    halt();
    m_chosen = device;
    chooseDevice();
    if (wasPlaying && m_available) play(m_position);
}

void Player::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == m_speed) return;
    m_speed = speed;
    if (m_playing) {
        // Same sound, new speed; Stop still returns to where playing started.
        tick();
        const std::int64_t startedAt = m_startSample;
        start(m_begin, m_end, std::int64_t(std::llround(m_position * m_sampleRate)), m_loop);
        m_startSample = startedAt;
    }
    Q_EMIT speedChanged(speed);
}

void Player::setVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (volume == m_volume) return;
    m_volume = volume;
    m_gain->store(float(volume));
    Q_EMIT volumeChanged(volume);
}

void Player::chooseDevice()
{
    m_available = false;
    if (!m_samples || m_sampleRate <= 0) {
        setNotice(tr("No track loaded"));
        return;
    }
    if (!m_chosen.isNull() && !listed(m_chosen)) {
        setNotice(tr("The audio output %1 is not connected: playback is off until it is back "
                     "or another one is chosen in the Playback menu.")
                      .arg(m_chosen.description()));
        return;
    }
    const QAudioDevice device = m_chosen.isNull() ? QMediaDevices::defaultAudioOutput() : m_chosen;
    if (device.isNull()) {
        setNotice(tr("No audio output found: playback is off, everything else works"));
        return;
    }
    m_format = QAudioFormat();
    m_format.setSampleRate(m_sampleRate);
    m_format.setChannelCount(1);
    m_format.setSampleFormat(QAudioFormat::Float);
    m_encoding = SampleSource::Encoding::Float32;
    if (!device.isFormatSupported(m_format)) {
        m_format.setSampleFormat(QAudioFormat::Int16);
        m_encoding = SampleSource::Encoding::Int16;
    }
    if (!device.isFormatSupported(m_format)) {
        setNotice(tr("The audio output %1 does not accept %2 Hz mono: playback is off")
                      .arg(device.description())
                      .arg(m_sampleRate));
        return;
    }
    m_device = device;
    m_available = true;
    setNotice(tr("Audio output: %1").arg(device.description()));
}

void Player::onOutputsChanged()
{
    m_outputIds = outputIds();
    const bool lost = m_playing && !listed(m_device);
    const QString name = m_device.description();
    if (lost) halt();
    chooseDevice();
    if (lost) {
        const QString text = tr("The audio output %1 disappeared: playback stopped.").arg(name);
        qWarning("%s", qPrintable(text));
        Q_EMIT message(text);
    }
}

void Player::play(double from)
{
    if (!m_samples) return;
    start(0, std::int64_t(m_samples->size()), std::int64_t(std::llround(from * m_sampleRate)),
          false);
}

void Player::playRange(double from, double to, bool loop)
{
    if (!m_samples) return;
    const auto begin = std::int64_t(std::llround(from * m_sampleRate));
    start(begin, std::int64_t(std::llround(to * m_sampleRate)), begin, loop);
}

void Player::start(std::int64_t begin, std::int64_t end, std::int64_t from, bool loop)
{
    halt();
    if (!m_available) chooseDevice(); // an output may have come back
    if (!m_available || !m_samples) return;
    const auto count = std::int64_t(m_samples->size());
    m_begin = std::clamp<std::int64_t>(begin, 0, count);
    m_end = std::clamp<std::int64_t>(end, m_begin, count);
    m_startSample = std::clamp(from, m_begin, m_end);
    m_loop = loop && m_end > m_begin;
    if (m_startSample >= m_end) return;
    PlaybackSession session;
    session.id = ++m_session;
    session.device = m_device;
    session.format = m_format;
    session.encoding = m_encoding;
    session.samples = m_samples;
    session.begin = m_begin;
    session.end = m_end;
    session.from = m_startSample;
    session.loop = m_loop;
    session.speed = m_speed;
    session.gain = m_gain;
    AudioFeeder* feeder = m_feeder;
    QMetaObject::invokeMethod(
        feeder, [feeder, session]() { feeder->start(session); }, Qt::QueuedConnection);
    m_playing = true;
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void Player::halt()
{
    m_timer.stop();
    if (!m_playing) return;
    AudioFeeder* feeder = m_feeder;
    const std::uint64_t session = m_session;
    QMetaObject::invokeMethod(
        feeder, [feeder, session]() { feeder->stop(session); }, Qt::QueuedConnection);
    ++m_session; // late reports of the stopped session are ignored
    m_playing = false;
    Q_EMIT playingChanged(false);
}

void Player::pause()
{
    if (!m_playing) return;
    tick();
    halt();
}

void Player::stop()
{
    const bool wasPlaying = m_playing;
    halt();
    if (wasPlaying) setPosition(double(m_startSample) / m_sampleRate);
}

void Player::seek(double seconds)
{
    if (m_playing) {
        const auto at = std::int64_t(std::llround(seconds * m_sampleRate));
        if (m_loop)
            start(m_begin, m_end, at, true);
        else
            start(0, std::int64_t(m_samples->size()), at, false);
    }
    setPosition(seconds);
}

void Player::tick()
{
    if (!m_playing || m_sampleRate <= 0) return;
    const std::int64_t at = m_feeder->playedSample(m_session);
    if (at >= 0) setPosition(double(at) / m_sampleRate);
}

void Player::setPosition(double seconds)
{
    if (seconds == m_position) return;
    m_position = seconds;
    Q_EMIT positionChanged(seconds);
}

} // namespace hhs::ui
