#include "playback/player.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>
#include <cmath>

namespace hhs::ui {
namespace {
// The playhead's refresh while playing: about one screen frame.
constexpr int kTickMs = 16;
} // namespace

Player::Player(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Player::tick);
    m_notice = tr("No track loaded");
}

Player::~Player()
{
    halt();
}

void Player::setSignal(std::shared_ptr<const std::vector<float>> samples, int sampleRate)
{
    halt();
    m_samples = std::move(samples);
    m_sampleRate = sampleRate;
    m_available = false;
    setPosition(0);
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_notice = tr("No audio output found: playback is off, everything else works");
        return;
    }
    m_format = QAudioFormat();
    m_format.setSampleRate(sampleRate);
    m_format.setChannelCount(1);
    m_format.setSampleFormat(QAudioFormat::Float);
    m_encoding = SampleSource::Encoding::Float32;
    if (!device.isFormatSupported(m_format)) {
        m_format.setSampleFormat(QAudioFormat::Int16);
        m_encoding = SampleSource::Encoding::Int16;
    }
    if (!device.isFormatSupported(m_format)) {
        m_notice = tr("The audio output %1 does not accept %2 Hz mono: playback is off")
                       .arg(device.description())
                       .arg(sampleRate);
        return;
    }
    m_available = true;
    m_notice = tr("Audio output: %1").arg(device.description());
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
    if (!m_available) return;
    m_source = new SampleSource(m_samples, m_encoding, this);
    m_source->setRange(begin, end, from, loop);
    if (!m_source->open(QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        m_source->position() >= m_source->end()) {
        halt();
        return;
    }
    m_startSample = m_source->position();
    m_sink = new QAudioSink(QMediaDevices::defaultAudioOutput(), m_format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState && m_source && !m_source->loops()) {
            const double end = double(m_source->end()) / m_sampleRate;
            halt();
            setPosition(end);
        } else if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError) {
            m_notice = tr("The audio output stopped with an error");
            halt();
        }
    });
    m_sink->start(m_source);
    m_playing = true;
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void Player::halt()
{
    m_timer.stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink->deleteLater();
        m_sink = nullptr;
    }
    if (m_source) {
        m_source->deleteLater();
        m_source = nullptr;
    }
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
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
    if (m_playing && m_source) {
        const auto at = std::int64_t(std::llround(seconds * m_sampleRate));
        if (m_source->loops()) {
            start(m_source->begin(), m_source->end(), at, true);
        } else {
            start(0, std::int64_t(m_samples->size()), at, false);
        }
    }
    setPosition(seconds);
}

void Player::tick()
{
    if (!m_sink || !m_source || m_sampleRate <= 0) return;
    const std::int64_t played = m_sink->processedUSecs() * m_sampleRate / 1000000;
    std::int64_t at = m_startSample + played;
    const std::int64_t length = m_source->end() - m_source->begin();
    if (m_source->loops() && length > 0)
        at = m_source->begin() + (m_startSample - m_source->begin() + played) % length;
    setPosition(double(std::min(at, m_source->end())) / m_sampleRate);
}

void Player::setPosition(double seconds)
{
    if (seconds == m_position) return;
    m_position = seconds;
    Q_EMIT positionChanged(seconds);
}

} // namespace hhs::ui
