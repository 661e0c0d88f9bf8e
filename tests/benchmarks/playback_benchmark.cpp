// Playback while a CNN trains in the same process, as a user labels beside a training. Plays a
// signal of 440 Hz with a click every second through the Player into the private PulseAudio
// server of tests/ui/with_pulse_server.sh, records its monitor with parec, and prints:
//   start_latency_ms  from play() to the first sound recorded (in samples recorded, so the
//                     figure is the audio path's, including parec's ~20 ms)
//   offset_ms         the playhead minus the sound heard, read against the clicks (median,
//                     5th and 95th percentile), in listening time
//   underruns_per_min the Player's count over the play, and the gaps in the recording
//   ended_at_s        where playback ended (the signal's end unless it jumped or stopped)
// Usage: with_pulse_server.sh playback_benchmark [--minutes M] [--speed S] [--no-training]
//        [--threads T]
#include "ml/trainer.h"
#include "playback/player.h"
#include "synthetic_styles.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <thread>

using namespace hhs;

namespace {
constexpr int kRate = 22050;

std::shared_ptr<const std::vector<float>> clickSignal(double seconds)
{
    auto samples = std::make_shared<std::vector<float>>(std::size_t(seconds * kRate));
    for (std::size_t i = 0; i < samples->size(); ++i) {
        const double t = double(i) / kRate;
        float value = 0.2f * float(std::sin(2 * M_PI * 440.0 * t));
        if (i % kRate < std::size_t(kRate / 50))
            value += 0.6f * float(std::sin(2 * M_PI * 2000.0 * t));
        (*samples)[i] = value;
    }
    return samples;
}

// As in tests/ui/playback_audio_test.cpp: a rise of the 2 ms mean magnitude past the tone's.
std::vector<std::size_t> clickOnsets(const std::vector<float>& record)
{
    constexpr std::size_t window = kRate / 500;
    std::vector<std::size_t> onsets;
    double sum = 0;
    std::size_t quiet = kRate;
    for (std::size_t i = 0; i < record.size(); ++i) {
        sum += std::abs(record[i]);
        if (i >= window) sum -= std::abs(record[i - window]);
        const bool loud = i >= window && sum / window > 0.19;
        if (loud && quiet >= std::size_t(kRate / 10)) onsets.push_back(i - window);
        quiet = loud ? 0 : quiet + 1;
    }
    return onsets;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

double argument(const QStringList& args, const QString& name, double fallback)
{
    const int index = args.indexOf(name);
    return index >= 0 && index + 1 < args.size() ? args[index + 1].toDouble() : fallback;
}
} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const double minutes = argument(args, QStringLiteral("--minutes"), 2);
    const double speed = argument(args, QStringLiteral("--speed"), 1);
    const bool training = !args.contains(QStringLiteral("--no-training"));
    const int threads = int(argument(args, QStringLiteral("--threads"), 1));
    if (qEnvironmentVariableIsEmpty("PULSE_SERVER")) {
        std::fprintf(stderr, "run through tests/ui/with_pulse_server.sh\n");
        return 2;
    }

    // The training: the default CNN on the synthetic styles, epoch after epoch until the play
    // is over (then cancelled).
    CancelToken cancel;
    std::atomic<int> epochs{0};
    std::thread trainer;
    if (training) {
        trainer = std::thread([&]() {
            const Dataset dataset = test::syntheticDataset(10, 30.0, 3.0);
            TrainingSettings settings;
            settings.kind = ModelKind::Cnn;
            settings.epochs = 100000;
            settings.threads = threads;
            useTorchThreads(threads);
            TrainingObserver observer;
            observer.onEpoch = [&](const EpochMetrics&) { ++epochs; };
            const Result<TrainingOutcome> outcome =
                trainModel(dataset, settings, observer, JobControl({}, &cancel));
            if (!outcome && !cancel.isCancelled())
                std::fprintf(stderr, "training failed: %s\n", qPrintable(outcome.message()));
        });
        // Let it get going (the dataset is made first).
        QElapsedTimer wait;
        wait.start();
        while (epochs == 0 && wait.elapsed() < 20000)
            QThread::msleep(100);
    }

    const auto signal = clickSignal(minutes * 60);
    ui::Player player;
    player.setSignal(signal, kRate);
    player.setSpeed(speed);
    if (!player.available()) {
        std::fprintf(stderr, "no output: %s\n", qPrintable(player.notice()));
        cancel.cancel();
        if (trainer.joinable()) trainer.join();
        return 1;
    }
    QProcess parec;
    QByteArray bytes;
    QObject::connect(&parec, &QProcess::readyReadStandardOutput,
                     [&]() { bytes += parec.readAllStandardOutput(); });
    parec.start(QStringLiteral("parec"),
                {QStringLiteral("-d"), QStringLiteral("hhs_test.monitor"),
                 QStringLiteral("--format=float32le"), QStringLiteral("--rate=%1").arg(kRate),
                 QStringLiteral("--channels=1"), QStringLiteral("--raw"),
                 QStringLiteral("--latency-msec=20")});
    QElapsedTimer bound;
    bound.start();
    while (bytes.isEmpty() && bound.elapsed() < 15000)
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    const auto recorded = [&]() { return std::size_t(bytes.size()) / sizeof(float); };

    const std::size_t atPlay = recorded();
    player.play(0);
    std::vector<std::pair<double, std::size_t>> marks;
    QTimer sampler;
    sampler.setInterval(20);
    QObject::connect(&sampler, &QTimer::timeout, [&]() {
        if (player.isPlaying()) marks.emplace_back(player.position(), recorded());
    });
    sampler.start();
    const double limitMs = minutes * 60 / speed * 1000 * 3 + 30000;
    while (player.isPlaying() && bound.elapsed() < limitMs)
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double endedAt = player.position();
    const QElapsedTimer tail = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    while (tail.elapsed() < 500)
        app.processEvents(QEventLoop::WaitForMoreEvents, 50);
    parec.terminate();
    parec.waitForFinished();
    cancel.cancel();
    if (trainer.joinable()) trainer.join();

    std::vector<float> record(recorded());
    if (!record.empty())
        std::memcpy(record.data(), bytes.constData(), record.size() * sizeof(float));
    std::size_t first = 0, last = record.size();
    while (first < record.size() && record[first] == 0.0f)
        ++first;
    while (last > first && record[last - 1] == 0.0f)
        --last;
    int gaps = 0; // stretches of >= 64 zero samples inside the sound
    for (std::size_t i = first, zeros = 0; i < last; ++i) {
        zeros = record[i] == 0.0f ? zeros + 1 : 0;
        if (zeros == 64) ++gaps;
    }
    const std::vector<std::size_t> onsets = clickOnsets(record);
    std::vector<double> offsets;
    for (const auto& [position, at] : marks) {
        if (onsets.empty() || at < onsets.front() + kRate / 10 || at >= onsets.back()) continue;
        const auto next = std::upper_bound(onsets.begin(), onsets.end(), at);
        const auto k = std::size_t(next - onsets.begin()) - 1;
        const double heardAt = double(k) + double(at - onsets[k]) * speed / kRate;
        offsets.push_back((position - heardAt) * 1000 / speed);
    }
    const double played = double(last - first) / kRate / 60;
    std::printf("speed=%.2f training=%s threads=%d epochs=%d\n", speed, training ? "cnn" : "none",
                threads, int(epochs));
    std::printf("start_latency_ms=%.1f\n", (double(first) - double(atPlay)) * 1000 / kRate);
    std::printf("offset_ms median=%.1f p5=%.1f p95=%.1f marks=%zu\n", percentile(offsets, 0.5),
                percentile(offsets, 0.05), percentile(offsets, 0.95), offsets.size());
    std::printf("underruns=%d underruns_per_min=%.2f gaps_in_recording=%d\n", player.underruns(),
                played > 0 ? player.underruns() / played : 0.0, gaps);
    std::printf("ended_at_s=%.3f of %.3f; sound %.3f s (expected %.3f); clicks %zu of %d\n",
                endedAt, minutes * 60, double(last - first) / kRate, minutes * 60 / speed,
                onsets.size(), int(minutes * 60));
    return 0;
}
