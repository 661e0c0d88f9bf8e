// Player: plays the current track's decoded signal through Qt Multimedia (QAudioSink in pull
// mode over a SampleSource): play from a second, pause, stop, play or loop a stretch, and a
// position that advances smoothly (updated every frame while playing). On a machine without
// an audio output, or one that refuses the signal's format, available() is false and notice()
// says why; every other part of the window keeps working. GUI thread only.
#pragma once

#include "playback/sample_source.h"

#include <QAudioFormat>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

class QAudioSink;

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

private:
    void start(std::int64_t begin, std::int64_t end, std::int64_t from, bool loop);
    void halt();
    void tick();
    void setPosition(double seconds);

    bool m_available = false;
    QString m_notice;
    QAudioFormat m_format;
    SampleSource::Encoding m_encoding = SampleSource::Encoding::Float32;
    std::shared_ptr<const std::vector<float>> m_samples;
    int m_sampleRate = 0;
    QAudioSink* m_sink = nullptr;
    SampleSource* m_source = nullptr;
    std::int64_t m_startSample = 0;
    bool m_playing = false;
    double m_position = 0;
    QTimer m_timer;
};

} // namespace hhs::ui
