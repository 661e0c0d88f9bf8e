// Player: plays the current track's decoded signal through Qt Multimedia: play from a second,
// pause, stop, play or loop a stretch, and a position that advances smoothly (updated every
// frame while playing). The sink is fed by an AudioFeeder on an audio thread of its own, so a
// busy GUI thread never starves it; playback ends only when the last sample has been heard.
// Follows the system's audio outputs: when the one in use disappears playback stops with a
// notice naming it, and an output that appears (or one picked with setOutputDevice) makes
// playback work again. Plays at a speed of 0.5x to 2x with the pitch kept (the position is
// the source sample being heard at every speed) and at a volume from 0 to 1. Without any output,
// available() is false and notice() says why; every other part of the window keeps working. GUI
// thread only.
#pragma once

#include "playback/audio_feeder.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

class QMediaDevices;
class QThread;

namespace hhs::ui {

class Player : public QObject
{
    Q_OBJECT
public:
    explicit Player(QObject* parent = nullptr);
    ~Player() override;

    bool available() const { return m_available; }
    QString notice() const { return m_notice; }

    // The signal to play (mono, `sampleRate`); stops playback.
    void setSignal(std::shared_ptr<const std::vector<float>> samples, int sampleRate);

    bool isPlaying() const { return m_playing; }
    double position() const { return m_position; }
    // Underruns (the sink ran dry and recovered) since this Player was made.
    int underruns() const { return m_underruns; }

    // The output played through: a null device follows the system's default output.
    QAudioDevice outputDevice() const { return m_chosen; }
    void setOutputDevice(const QAudioDevice& device);

    static constexpr double kMinSpeed = 0.5;
    static constexpr double kMaxSpeed = 2.0;
    double speed() const { return m_speed; }
    // Clamped to [kMinSpeed, kMaxSpeed]; playing carries on from the same sound at the new speed.
    void setSpeed(double speed);
    double volume() const { return m_volume; }
    // A gain from 0 (silent) to 1 (the signal as it is), heard once the sink's buffer has played.
    void setVolume(double volume);

public Q_SLOTS:
    void play(double from);
    // Plays [from, to), looping when asked.
    void playRange(double from, double to, bool loop);
    void pause();
    void stop();
    // Moves the position; keeps playing if playing.
    void seek(double seconds);

Q_SIGNALS:
    void positionChanged(double seconds);
    void playingChanged(bool playing);
    // The notice changed (the output in use, or why playback is off).
    void noticeChanged(const QString& notice);
    // Something the user should see now: an output vanished, underruns repeat.
    void message(const QString& message);
    void speedChanged(double speed);
    void volumeChanged(double volume);

private:
    void start(std::int64_t begin, std::int64_t end, std::int64_t from, bool loop);
    void halt();
    void tick();
    void setPosition(double seconds);
    // Picks the device and format for the current signal; sets available() and notice().
    void chooseDevice();
    void onOutputsChanged();
    void setNotice(const QString& notice);

    bool m_available = false;
    QString m_notice;
    QAudioDevice m_chosen;
    QAudioDevice m_device;
    QAudioFormat m_format;
    SampleSource::Encoding m_encoding = SampleSource::Encoding::Float32;
    std::shared_ptr<const std::vector<float>> m_samples;
    int m_sampleRate = 0;
    QThread* m_thread;
    AudioFeeder* m_feeder;
    QMediaDevices* m_devices;
    std::uint64_t m_session = 0;
    std::int64_t m_begin = 0;
    std::int64_t m_end = 0;
    std::int64_t m_startSample = 0;
    bool m_loop = false;
    bool m_playing = false;
    double m_position = 0;
    int m_underruns = 0;
    double m_speed = 1.0;
    double m_volume = 1.0;
    std::shared_ptr<std::atomic<float>> m_gain;
    QTimer m_timer;
    QTimer m_deviceTimer;
    QList<QByteArray> m_outputIds;
};

} // namespace hhs::ui
