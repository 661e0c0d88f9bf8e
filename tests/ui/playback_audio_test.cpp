// The real audio test: the Player plays through Qt Multimedia's real backend into a private
// PulseAudio null sink (started by with_pulse_server.sh) while parec records the sink's
// monitor, and the recording is compared with the signal sample by sample. It pins down that
// what is heard is the signal (correlation >= 0.999 once aligned), that the file and a 2 s
// selection play to their last sample, that a loop repeats exactly the selection, and that
// freezing the whole process for 0.5 s (SIGSTOP / SIGCONT) neither ends playback nor moves
// the sound: it resumes where it was; that 0.5x, 1.5x and 2x keep the pitch, put every click
// where the stretch says and keep the playhead within 50 ms of the sound; that the volume is a
// gain; that outputs and the server itself can go and come back. No wall-clock timing is asserted;
// waits only bound how long a broken build may hang. Prints what it measured.
#include "playback/player.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <unistd.h>

using namespace hhs::ui;

namespace {
constexpr int kRate = 22050;
constexpr int kWaitMs = 15000;

// Noise over a tone: every lag but the right one correlates near zero, and no stretch of it
// is silent, so silence in the recording is always a gap.
std::shared_ptr<const std::vector<float>> testSignal(double seconds)
{
    std::mt19937 random(12);
    std::uniform_real_distribution<float> noise(-0.3f, 0.3f);
    auto samples = std::make_shared<std::vector<float>>(std::size_t(seconds * kRate));
    for (std::size_t i = 0; i < samples->size(); ++i)
        (*samples)[i] = noise(random) + 0.2f * float(std::sin(2 * M_PI * 440.0 * i / kRate));
    return samples;
}

double correlation(const float* a, const float* b, std::size_t n)
{
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

// A 440 Hz tone with a click (20 ms of 2 kHz) at the start of every second: the clicks mark
// where in the signal the sound is, the tone's pitch shows whether a stretch kept it.
constexpr double kTone = 440;
std::shared_ptr<const std::vector<float>> clickSignal(double seconds)
{
    auto samples = std::make_shared<std::vector<float>>(std::size_t(seconds * kRate));
    for (std::size_t i = 0; i < samples->size(); ++i) {
        const double t = double(i) / kRate;
        float value = 0.2f * float(std::sin(2 * M_PI * kTone * t));
        if (i % kRate < std::size_t(kRate / 50))
            value += 0.6f * float(std::sin(2 * M_PI * 2000.0 * t));
        (*samples)[i] = value;
    }
    return samples;
}

// Where each click begins in a recording: the mean magnitude over 2 ms rises past what the
// tone alone reaches, after at least 0.1 s below it.
std::vector<std::size_t> clickOnsets(const std::vector<float>& record)
{
    constexpr std::size_t window = kRate / 500;
    constexpr double threshold = 0.19; // the tone alone: 0.13 at most; a stretched click: 0.24 up
    std::vector<std::size_t> onsets;
    double sum = 0;
    std::size_t quiet = kRate; // the recording may begin just before the first click
    for (std::size_t i = 0; i < record.size(); ++i) {
        sum += std::abs(record[i]);
        if (i >= window) sum -= std::abs(record[i - window]);
        const bool loud = i >= window && sum / window > threshold;
        if (loud && quiet >= std::size_t(kRate / 10)) onsets.push_back(i - window);
        quiet = loud ? 0 : quiet + 1;
    }
    return onsets;
}

// The tone's frequency in record[from, to): upward zero crossings, interpolated.
double frequency(const std::vector<float>& record, std::size_t from, std::size_t to)
{
    double first = -1, last = -1;
    int crossings = 0;
    for (std::size_t i = from + 1; i < to && i < record.size(); ++i) {
        if (record[i - 1] < 0 && record[i] >= 0) {
            const double at = double(i - 1) + record[i - 1] / double(record[i - 1] - record[i]);
            if (first < 0) first = at;
            last = at;
            ++crossings;
        }
    }
    return crossings > 1 ? (crossings - 1) * double(kRate) / (last - first) : 0;
}

// First and one past the last non-zero sample.
std::pair<std::size_t, std::size_t> soundSpan(const std::vector<float>& record)
{
    std::size_t first = 0, last = record.size();
    while (first < record.size() && record[first] == 0.0f)
        ++first;
    while (last > first && record[last - 1] == 0.0f)
        --last;
    return {first, last};
}

// With HHS_RECORDINGS set to a folder, keeps a recording there as NAME.f32 (raw 32-bit float,
// mono, 22050 Hz), to listen to or analyse.
void keep(const std::vector<float>& record, const QString& name)
{
    const QString folder = qEnvironmentVariable("HHS_RECORDINGS");
    if (folder.isEmpty()) return;
    QFile file(folder + QLatin1Char('/') + name + QStringLiteral(".f32"));
    if (file.open(QIODevice::WriteOnly))
        file.write(reinterpret_cast<const char*>(record.data()),
                   qint64(record.size() * sizeof(float)));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

// One stretch of sound in the recording, and where in the signal it comes from.
struct Piece
{
    std::size_t recordStart = 0;
    std::size_t length = 0;
    std::int64_t signalStart = -1;
    double correlation = 0;
};

// Splits the recording at silences (>= 64 zero samples) and aligns each stretch on the signal
// by its first 1024 samples, then correlates the whole stretch there.
std::vector<Piece> pieces(const std::vector<float>& record, const std::vector<float>& signal)
{
    std::vector<Piece> found;
    std::size_t i = 0;
    const std::size_t n = record.size();
    while (true) {
        while (i < n && record[i] == 0.0f)
            ++i;
        if (i >= n) break;
        std::size_t last = i, zeros = 0;
        for (std::size_t j = i; j < n && zeros < 64; ++j) {
            if (record[j] == 0.0f) {
                ++zeros;
            } else {
                zeros = 0;
                last = j;
            }
        }
        const std::size_t end = last + 1;
        if (end - i >= 2048) {
            Piece piece{i, end - i};
            constexpr std::size_t probe = 1024;
            double best = 0;
            for (std::size_t lag = 0; lag + probe <= signal.size(); ++lag) {
                const double c = correlation(&record[i], &signal[lag], probe);
                if (c > best) {
                    best = c;
                    piece.signalStart = std::int64_t(lag);
                }
            }
            const std::size_t length =
                std::min(piece.length, signal.size() - std::size_t(piece.signalStart));
            piece.correlation =
                correlation(&record[i], &signal[std::size_t(piece.signalStart)], length);
            found.push_back(piece);
        }
        i = end;
    }
    return found;
}

// parec on the null sink's monitor, as 32-bit float mono at the signal's rate.
class Recorder
{
public:
    explicit Recorder(QString device = QStringLiteral("hhs_test.monitor"))
        : m_device(std::move(device))
    {}
    bool start()
    {
        m_process.setProgram(QStringLiteral("parec"));
        m_process.setArguments(
            {QStringLiteral("-d"), m_device, QStringLiteral("--format=float32le"),
             QStringLiteral("--rate=%1").arg(kRate), QStringLiteral("--channels=1"),
             QStringLiteral("--raw"), QStringLiteral("--latency-msec=20")});
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this]() { m_bytes += m_process.readAllStandardOutput(); });
        m_process.start();
        if (!m_process.waitForStarted()) return false;
        // Recording has begun once the monitor's silence arrives.
        return QTest::qWaitFor([this]() { return m_bytes.size() > 0; }, kWaitMs);
    }
    std::size_t samples() const { return std::size_t(m_bytes.size()) / sizeof(float); }
    // Records `extra` more samples (the tail after playback), then stops.
    // Not inlined: GCC 12 then warns about copying from an empty QByteArray it imagines.
    Q_NEVER_INLINE std::vector<float> finish(std::size_t extra)
    {
        const std::size_t target = samples() + extra;
        if (!QTest::qWaitFor([&]() { return samples() >= target; }, kWaitMs))
            qWarning("parec stopped delivering");
        m_process.terminate();
        m_process.waitForFinished();
        std::vector<float> out(samples());
        std::memcpy(out.data(), m_bytes.constData(), out.size() * sizeof(float));
        return out;
    }

private:
    QString m_device;
    QProcess m_process;
    QByteArray m_bytes;
};
} // namespace

class PlaybackAudioTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PULSE_SERVER"))
            QSKIP("run through with_pulse_server.sh (ctest does)");
        QVERIFY2(!QMediaDevices::audioOutputs().isEmpty(),
                 "Qt Multimedia sees no output on the private PulseAudio server");
    }

    // The whole signal, start to last sample, once, and nothing after it.
    void filePlaysToItsLastSample()
    {
        const auto signal = testSignal(3.0);
        Player player;
        player.setSignal(signal, kRate);
        QVERIFY2(player.available(), qPrintable(player.notice()));
        Recorder recorder;
        QVERIFY(recorder.start());
        player.play(0);
        // Pairs of (playhead, samples recorded so far), for the printed offset below.
        std::vector<std::pair<double, std::size_t>> marks;
        QElapsedTimer bound;
        bound.start();
        while (player.isPlaying() && bound.elapsed() < kWaitMs) {
            marks.emplace_back(player.position(), recorder.samples());
            QTest::qWait(20);
        }
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.position(), 3.0);
        const std::vector<float> record = recorder.finish(kRate / 2);
        const std::vector<Piece> found = pieces(record, *signal);
        // Playhead minus the sound that has reached parec (which itself lags the sink by its
        // ~20 ms latency): a figure to read, not a check.
        std::vector<double> offsets;
        for (const auto& [position, recorded] : marks)
            if (!found.empty() && recorded > found[0].recordStart + kRate / 10 &&
                recorded < found[0].recordStart + signal->size())
                offsets.push_back((position * kRate - double(recorded - found[0].recordStart)) *
                                  1000 / kRate);
        std::sort(offsets.begin(), offsets.end());
        if (!offsets.empty())
            qInfo("playhead minus recorded sound: median %.1f ms, %.1f to %.1f ms (%zu marks)",
                  offsets[offsets.size() / 2], offsets.front(), offsets.back(), offsets.size());
        for (const Piece& p : found)
            qInfo("piece: %zu samples from signal sample %lld, correlation %.6f", p.length,
                  qlonglong(p.signalStart), p.correlation);
        qInfo("underruns: %d", player.underruns());
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].signalStart, std::int64_t(0));
        QCOMPARE(found[0].length, signal->size());
        QVERIFY(found[0].correlation >= 0.999);
    }

    // A 2 s selection plays every one of its samples; a looped one repeats exactly it.
    void selectionAndLoopPlayExactlyTheSelection()
    {
        const auto signal = testSignal(4.0);
        Player player;
        player.setSignal(signal, kRate);
        Recorder recorder;
        QVERIFY(recorder.start());
        player.playRange(1.0, 3.0, false);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
        QCOMPARE(player.position(), 3.0);
        const std::vector<float> record = recorder.finish(kRate / 2);
        const std::vector<Piece> found = pieces(record, *signal);
        QCOMPARE(found.size(), std::size_t(1));
        qInfo("selection: %zu samples from %lld, correlation %.6f", found[0].length,
              qlonglong(found[0].signalStart), found[0].correlation);
        QCOMPARE(found[0].signalStart, std::int64_t(kRate));
        QCOMPARE(found[0].length, std::size_t(2 * kRate));
        QVERIFY(found[0].correlation >= 0.999);

        // The loop: the recording, from its first sample, is the selection over and over.
        Recorder looped;
        QVERIFY(looped.start());
        player.playRange(1.0, 1.5, true);
        const std::size_t passes = 5, length = kRate / 2;
        QTRY_VERIFY_WITH_TIMEOUT(looped.samples() > passes * length + kRate, kWaitMs);
        player.stop();
        const std::vector<float> loop = looped.finish(0);
        const std::vector<Piece> loopPieces = pieces(loop, *signal);
        QVERIFY(!loopPieces.empty());
        const Piece first = loopPieces.front();
        QCOMPARE(first.signalStart, std::int64_t(kRate));
        QVERIFY(first.length >= passes * length);
        std::vector<float> expected;
        for (std::size_t pass = 0; pass < passes; ++pass)
            expected.insert(expected.end(), signal->begin() + kRate,
                            signal->begin() + kRate + std::ptrdiff_t(length));
        const double c = correlation(&loop[first.recordStart], expected.data(), expected.size());
        qInfo("loop: %zu passes correlate %.6f with the selection repeated", passes, c);
        QVERIFY(c >= 0.999);
    }

    // SIGSTOP for 0.5 s mid-play: playback carries on to the end, and the sound after the
    // freeze continues from where it was (a skip or repeat of at most 50 ms).
    void aFrozenProcessDoesNotEndPlayback()
    {
        const auto signal = testSignal(4.0);
        Player player;
        player.setSignal(signal, kRate);
        Recorder recorder;
        QVERIFY(recorder.start());
        player.play(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 1.0, kWaitMs);
        const QString pid = QString::number(getpid());
        QVERIFY(QProcess::startDetached(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("kill -STOP %1; sleep 0.5; kill -CONT %1").arg(pid)}));
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
        QCOMPARE(player.position(), 4.0);
        const std::vector<float> record = recorder.finish(kRate / 2);
        const std::vector<Piece> found = pieces(record, *signal);
        qInfo("underruns during the freeze: %d", player.underruns());
        std::int64_t heard = 0;
        for (const Piece& p : found) {
            qInfo("piece: %zu samples from signal sample %lld, correlation %.6f", p.length,
                  qlonglong(p.signalStart), p.correlation);
            QVERIFY(p.correlation >= 0.999);
            heard += std::int64_t(p.length);
        }
        QVERIFY(!found.empty());
        QCOMPARE(found.front().signalStart, std::int64_t(0));
        for (std::size_t i = 1; i < found.size(); ++i) {
            const std::int64_t expected =
                found[i - 1].signalStart + std::int64_t(found[i - 1].length);
            const std::int64_t jump = found[i].signalStart - expected;
            qInfo("after gap %zu the sound resumed %+lld samples from where it was", i,
                  qlonglong(jump));
            QVERIFY(std::abs(jump) <= kRate / 20);
        }
        const Piece& last = found.back();
        QCOMPARE(last.signalStart + std::int64_t(last.length), std::int64_t(signal->size()));
        qInfo("heard %lld of %zu samples", qlonglong(heard), signal->size());
    }

    // At 0.5x, 1.5x and 2x the sound is the signal stretched with its pitch kept: a click
    // that is at second k of the signal is heard k / speed seconds after the start (within
    // 20 ms), the tone between clicks stays at 440 Hz within 2 % (a plain resampling would move it
    // to 440 * speed), and the whole signal lasts its length / speed, in samples recorded. At 1.5x
    // over 60 s of signal the playhead, read against the clicks heard, stays within 50 ms of the
    // sound.
    void aStretchKeepsThePitchAndThePlayheadOnTheSound_data()
    {
        QTest::addColumn<double>("speed");
        QTest::addColumn<double>("seconds");
        QTest::newRow("0.5x") << 0.5 << 4.0;
        QTest::newRow("2x") << 2.0 << 8.0;
        QTest::newRow("1.5x over 60 s") << 1.5 << 60.0;
    }
    void aStretchKeepsThePitchAndThePlayheadOnTheSound()
    {
        QFETCH(double, speed);
        QFETCH(double, seconds);
        const auto signal = clickSignal(seconds);
        Player player;
        player.setSignal(signal, kRate);
        player.setSpeed(speed);
        QCOMPARE(player.speed(), speed);
        Recorder recorder;
        QVERIFY(recorder.start());
        player.play(0);
        std::vector<std::pair<double, std::size_t>> marks;
        QElapsedTimer bound;
        bound.start();
        while (player.isPlaying() && bound.elapsed() < 3 * seconds / speed * 1000 + kWaitMs) {
            marks.emplace_back(player.position(), recorder.samples());
            QTest::qWait(20);
        }
        QVERIFY(!player.isPlaying());
        QCOMPARE(player.position(), seconds);
        const std::vector<float> record = recorder.finish(kRate / 2);
        keep(record, QStringLiteral("speed-%1").arg(speed));
        const auto [first, last] = soundSpan(record);
        const double heard = double(last - first) / kRate;
        const std::vector<std::size_t> onsets = clickOnsets(record);
        qInfo("%.2fx: %.4f s of sound for %.1f s of signal (expected %.4f s), %zu clicks, "
              "underruns %d",
              speed, heard, seconds, seconds / speed, onsets.size(), player.underruns());
        QCOMPARE(onsets.size(), std::size_t(seconds));
        QVERIFY(std::abs(heard - seconds / speed) <= 0.05);
        // Clicks where the stretch puts them, measured from the first one.
        std::vector<double> spacing, pitch, errors;
        for (std::size_t k = 0; k < onsets.size(); ++k) {
            const double expected = double(onsets[0]) + k * kRate / speed;
            errors.push_back((double(onsets[k]) - expected) * 1000 / kRate);
            if (k == 0) continue;
            spacing.push_back(double(onsets[k] - onsets[k - 1]) / kRate);
            const std::size_t gap = onsets[k] - onsets[k - 1];
            pitch.push_back(
                frequency(record, onsets[k - 1] + gap * 3 / 10, onsets[k - 1] + gap * 7 / 10));
        }
        const auto [minError, maxError] = std::minmax_element(errors.begin(), errors.end());
        qInfo("%.2fx: click spacing median %.5f s (expected %.5f), clicks off by %.1f to %.1f ms; "
              "tone median %.2f Hz (%.2f to %.2f)",
              speed, percentile(spacing, 0.5), 1 / speed, *minError, *maxError,
              percentile(pitch, 0.5), percentile(pitch, 0), percentile(pitch, 1));
        QVERIFY(*minError >= -20 && *maxError <= 20);
        // Within 2 % (35 cents; Rubber Band's R2 engine reads 441-445 Hz); a resampling
        // would be off by 50 % or more.
        for (double f : pitch)
            QVERIFY2(std::abs(f / kTone - 1) <= 0.02, qPrintable(QString::number(f)));
        // The playhead against the sound heard: the clicks say which signal second is heard at
        // each recorded sample (the stretch is even between them).
        std::vector<double> offsets;
        for (const auto& [position, recorded] : marks) {
            if (recorded < onsets.front() + kRate / 10 || recorded >= onsets.back()) continue;
            const auto next = std::upper_bound(onsets.begin(), onsets.end(), recorded);
            const auto k = std::size_t(next - onsets.begin()) - 1;
            const double heardAt = double(k) + double(recorded - onsets[k]) * speed / kRate;
            offsets.push_back((position - heardAt) * 1000);
        }
        // In the time the listener hears (a signal offset divided by the speed): the playhead
        // shows the sound of at most 50 ms ago or ahead.
        std::vector<double> heardOffsets, magnitudes;
        for (double offset : offsets) {
            heardOffsets.push_back(offset / speed);
            magnitudes.push_back(std::abs(offset / speed));
        }
        qInfo("%.2fx: playhead minus sound heard, in signal time: median %.1f ms, %.1f to %.1f ms; "
              "in listening time: median %.1f ms, 90 %% within %.1f ms (%zu marks over %.1f s "
              "of sound)",
              speed, percentile(offsets, 0.5), percentile(offsets, 0), percentile(offsets, 1),
              percentile(heardOffsets, 0.5), percentile(magnitudes, 0.9), offsets.size(), heard);
        QVERIFY(!offsets.empty());
        QVERIFY(std::abs(percentile(heardOffsets, 0.5)) <= 50);
        QVERIFY(percentile(magnitudes, 0.9) <= 50);
    }

    // The volume is a gain on the samples: at 0.5 the recording is the signal halved.
    void theVolumeScalesTheSound()
    {
        const auto signal = testSignal(2.0);
        Player player;
        player.setSignal(signal, kRate);
        player.setVolume(0.5);
        Recorder recorder;
        QVERIFY(recorder.start());
        player.play(0);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
        const std::vector<float> record = recorder.finish(kRate / 2);
        const auto [first, last] = soundSpan(record);
        QCOMPARE(last - first, signal->size());
        double ratio = 0;
        for (std::size_t i = 0; i < signal->size(); ++i)
            ratio = std::max(ratio, std::abs(double(record[first + i]) - 0.5 * (*signal)[i]));
        qInfo("volume 0.5: the recording differs from half the signal by at most %.2g", ratio);
        QVERIFY(ratio <= 1e-6);
    }

    // An output that appears while the studio runs (a second null sink loaded into the
    // server) is listed and plays sample-exact once picked; when it is unloaded mid-play,
    // playback stops with a message naming it.
    void anOutputThatComesAndGoes()
    {
        QProcess load;
        load.start(QStringLiteral("pactl"),
                   {QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                    QStringLiteral("sink_name=hhs_second"), QStringLiteral("rate=22050"),
                    QStringLiteral("channels=1"), QStringLiteral("format=float32le"),
                    QStringLiteral("norewinds=1"),
                    QStringLiteral("sink_properties=device.description=Second")});
        QVERIFY(load.waitForFinished());
        const QString module = QString::fromUtf8(load.readAllStandardOutput()).trimmed();
        QVERIFY2(!module.isEmpty(), load.readAllStandardError().constData());
        QAudioDevice second;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (const QAudioDevice& device : QMediaDevices::audioOutputs())
                    if (device.id() == "hhs_second") second = device;
                return !second.isNull();
            }(),
            kWaitMs);

        const auto signal = testSignal(6.0);
        Player player;
        player.setSignal(signal, kRate);
        player.setOutputDevice(second);
        QVERIFY2(player.available(), qPrintable(player.notice()));
        QVERIFY(player.notice().contains(second.description()));
        Recorder recorder(QStringLiteral("hhs_second.monitor"));
        QVERIFY(recorder.start());
        player.playRange(1.0, 2.0, false);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
        const std::vector<Piece> found = pieces(recorder.finish(kRate / 2), *signal);
        QCOMPARE(found.size(), std::size_t(1));
        qInfo("on the output that appeared: %zu samples from %lld, correlation %.6f",
              found[0].length, qlonglong(found[0].signalStart), found[0].correlation);
        QCOMPARE(found[0].signalStart, std::int64_t(kRate));
        QCOMPARE(found[0].length, std::size_t(kRate));
        QVERIFY(found[0].correlation >= 0.999);

        QSignalSpy messages(&player, &Player::message);
        player.play(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0.5, kWaitMs);
        QCOMPARE(
            QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("unload-module"), module}),
            0);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), kWaitMs);
        const QString message = messages.front().front().toString();
        qInfo("when it went: \"%s\"; notice \"%s\"", qPrintable(message),
              qPrintable(player.notice()));
        QVERIFY2(message.contains(second.description()), qPrintable(message));
        QVERIFY(!player.available());
        // Back to the system default: plays again.
        player.setOutputDevice(QAudioDevice());
        QVERIFY2(player.available(), qPrintable(player.notice()));
    }

    // The server itself going away mid-play stops playback with a message naming the output,
    // and the status no longer claims it; a server started again is picked up without a new
    // Player, and plays the signal again.
    void theServerGoingAwayAndComingBack()
    {
        const auto signal = testSignal(6.0);
        Player player;
        player.setSignal(signal, kRate);
        const QString name = QMediaDevices::defaultAudioOutput().description();
        QSignalSpy messages(&player, &Player::message);
        player.play(0);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0.5, kWaitMs);
        QCOMPARE(QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("exit")}), 0);
        // A server back within Qt's reconnection (Qt 6.4 tries once, 3 s after losing it, as a
        // restarted server would be): started as soon as the old one is gone, so the test
        // does not race that one attempt on a busy machine.
        const QString start = qEnvironmentVariable("HHS_PULSE_START");
        if (start.isEmpty()) QSKIP("with_pulse_server.sh did not say how to start the server");
        QTRY_VERIFY_WITH_TIMEOUT(
            QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("info")}) != 0, kWaitMs);
        QVERIFY(QProcess::startDetached(QStringLiteral("bash"), {QStringLiteral("-c"), start}));
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), kWaitMs);
        const QString message = messages.front().front().toString();
        qInfo("when the server went away: \"%s\"; notice \"%s\"", qPrintable(message),
              qPrintable(player.notice()));
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY(!player.notice().startsWith(QStringLiteral("Audio output:")));
        QVERIFY(!player.available());

        // The next play finds the output again, without a new Player.
        QTRY_VERIFY_WITH_TIMEOUT(
            QProcess::execute(QStringLiteral("pactl"), {QStringLiteral("info")}) == 0, kWaitMs);
        Recorder recorder;
        QVERIFY(recorder.start());
        int attempts = 0;
        bool played = false;
        while (!played && attempts < 20) {
            ++attempts;
            messages.clear();
            player.playRange(1.0, 2.0, false);
            QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), kWaitMs);
            played = messages.isEmpty() && player.available();
            if (!played) QTest::qWait(500);
        }
        qInfo("on the new server: played on attempt %d, notice \"%s\"", attempts,
              qPrintable(player.notice()));
        // Measured: when another Player has played in this process before (as in a run of the
        // whole file), Qt 6.4 neither reports the lost server to the sink (the stall check
        // ends the play) nor reconnects, and no Player can make it try again; in a run of this
        // function alone (ctest's playback_server_restart_test, which requires it) it
        // reconnects every time.
        if (!played && qEnvironmentVariableIsEmpty("HHS_REQUIRE_RECONNECT"))
            QSKIP("Qt's PulseAudio backend did not reconnect to the restarted server");
        QVERIFY(played);
        QVERIFY(player.notice().contains(name));
        const std::vector<Piece> found = pieces(recorder.finish(kRate / 2), *signal);
        QCOMPARE(found.size(), std::size_t(1));
        qInfo("on the new server: %zu samples from %lld, correlation %.6f", found[0].length,
              qlonglong(found[0].signalStart), found[0].correlation);
        QCOMPARE(found[0].signalStart, std::int64_t(kRate));
        QCOMPARE(found[0].length, std::size_t(kRate));
        QVERIFY(found[0].correlation >= 0.999);
    }
};

QTEST_MAIN(PlaybackAudioTest)
#include "playback_audio_test.moc"
