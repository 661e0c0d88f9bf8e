// SampleSource: a QIODevice that feeds the audio output from the decoded signal (what is heard
// is exactly what is labelled), between a start and an end sample, optionally looping, as
// 32-bit float or 16-bit integer mono. Past the end (without looping) it reads silence instead
// of nothing, so the sink never goes idle while its last real samples are still buffered; the
// AudioFeeder stops the sink once they have played. At a speed other than 1 the samples go
// through a TimeStretch (pitch kept); at 1 they are copied untouched. A gain (the volume) is
// applied as they are read; at 1 it is skipped, so normal playback is bit-exact. Read by Qt
// Multimedia on the thread that owns the sink (the AudioFeeder's thread); set up before
// starting the sink; the gain may be changed from any thread.
#pragma once

#include <QIODevice>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace hhs::ui {

class TimeStretch;

class SampleSource : public QIODevice
{
    Q_OBJECT
public:
    enum class Encoding { Float32, Int16 };

    SampleSource(std::shared_ptr<const std::vector<float>> samples, Encoding encoding,
                 QObject* parent = nullptr);
    ~SampleSource() override;

    // Plays [begin, end) from `from`; `loop` wraps back to begin at the end.
    void setRange(std::int64_t begin, std::int64_t end, std::int64_t from, bool loop);
    // Plays `speed` times as fast with the pitch kept (0.5 to 2; 1 bypasses the stretcher).
    // Call after setRange, before reading.
    void setSpeed(int sampleRate, double speed);
    // The volume, read at every block (null: 1).
    void setGain(std::shared_ptr<const std::atomic<float>> gain) { m_gain = std::move(gain); }
    std::int64_t begin() const { return m_begin; }
    std::int64_t end() const { return m_end; }
    bool loops() const { return m_loop; }
    std::int64_t position() const { return m_position; }
    // True once every sample up to end() has been read (never while looping).
    bool exhausted() const { return !m_loop && m_position >= m_end; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    int bytesPerSample() const { return m_encoding == Encoding::Float32 ? 4 : 2; }
    // Copies up to `count` samples of the range from the position, wrapping when looping.
    std::size_t pull(float* to, std::size_t count);

    std::shared_ptr<const std::vector<float>> m_samples;
    Encoding m_encoding;
    std::int64_t m_begin = 0;
    std::int64_t m_end = 0;
    std::int64_t m_position = 0;
    bool m_loop = false;
    std::unique_ptr<TimeStretch> m_stretch;
    std::shared_ptr<const std::atomic<float>> m_gain;
    std::vector<float> m_block;
};

} // namespace hhs::ui
