// Months of data on two cores: a project as a user accumulates it (many long recordings labelled
// by style folder, trained on several times) measured stage by stage the way a user meets it,
// each stage a process of its own (hiphop-cli, the studio) so that its wall time, CPU time and
// peak memory are its own:
//   import, the first and the second export-json, Train to the first epoch, an epoch at 1 and 2
//   threads on a quiet machine and with the other core busy (the benchmark loads it itself),
//   listing N runs, the studio's start-up with N runs and its first track switch (waveform,
//   MFCC), one label edit, predict and mfcc of a long file.
//   scale_benchmark [--files 9] [--minutes 3] [--long-minutes 20] [--runs 6] [--epochs 2]
//                   [--dir DIR] [--keep] [--full]
// --full is the size measured in issue 18: 120 files of 15 minutes, a 3-hour file, 24 runs
// (hours of work). Prints one "stage ... wall_s= cpu_s= peak_mib=" line per stage.
#include "project/project.h"

#include <QDir>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <random>
#include <sndfile.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace hhs;

namespace {
using Clock = std::chrono::steady_clock;

struct Options
{
    int files = 9; // a split by recording needs 3 recordings of each of the 3 styles
    double minutes = 3;
    double longMinutes = 20;
    int runs = 6;
    int epochs = 2;
    QString dir;
    bool keep = false;
};

struct Outcome
{
    int status = -1;
    double wall = 0;
    double cpu = 0;
    double peakMiB = 0;
    std::vector<std::pair<double, std::string>> lines; // stdout lines with when they came
};

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) * 1e-6;
}

// Runs `argv` with `environment` added, its stdout read line by line as it comes.
Outcome run(const std::vector<std::string>& argv, const std::vector<std::string>& environment = {})
{
    int out[2];
    if (pipe(out) != 0) return {};
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        if (std::FILE* quiet = std::freopen("/dev/null", "w", stderr)) (void)quiet;
        for (const std::string& variable : environment)
            putenv(const_cast<char*>(variable.c_str()));
        std::vector<char*> args;
        for (const std::string& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    Outcome outcome;
    std::string pending;
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0) break;
        const double at = std::chrono::duration<double>(Clock::now() - start).count();
        pending.append(buffer, std::size_t(n));
        std::size_t newline;
        while ((newline = pending.find('\n')) != std::string::npos) {
            if (outcome.lines.size() < 10000)
                outcome.lines.emplace_back(at,
                                           pending.substr(0, std::min<std::size_t>(newline, 300)));
            pending.erase(0, newline + 1);
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    outcome.wall = std::chrono::duration<double>(Clock::now() - start).count();
    outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    outcome.cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    outcome.peakMiB = double(usage.ru_maxrss) / 1024.0;
    return outcome;
}

void print(const char* stage, const Outcome& o, const std::string& extra = {})
{
    std::printf("stage %-28s wall_s=%8.3f cpu_s=%8.3f peak_mib=%7.1f%s%s\n", stage, o.wall, o.cpu,
                o.peakMiB, extra.empty() ? "" : " ", extra.c_str());
    if (o.status != 0) std::printf("  (exit status %d)\n", o.status);
    std::fflush(stdout);
}

// A recording of `minutes` at 44.1 kHz stereo 16-bit: a few tones that change every 20 s and
// noise bursts on a beat, different for every seed. Written block by block.
bool writeRecording(const QString& path, double minutes, unsigned seed)
{
    constexpr int kRate = 44100;
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* file = sf_open(path.toUtf8().constData(), SFM_WRITE, &info);
    if (!file) return false;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> noise(-1, 1);
    std::uniform_real_distribution<double> pitch(80, 900);
    const auto frames = std::int64_t(minutes * 60 * kRate);
    const double beat = 60.0 / (70 + seed % 80);
    std::vector<float> block(2 * 4096);
    double tones[3] = {pitch(rng), pitch(rng), pitch(rng)};
    for (std::int64_t first = 0; first < frames; first += 4096) {
        const std::int64_t count = std::min<std::int64_t>(4096, frames - first);
        for (std::int64_t i = 0; i < count; ++i) {
            const std::int64_t n = first + i;
            if (n % (20 * kRate) == 0)
                for (double& tone : tones)
                    tone = pitch(rng);
            const double t = double(n) / kRate;
            const double sinceBeat = std::fmod(t, beat);
            float value = 0.2f * float(std::sin(2 * M_PI * tones[0] * t) +
                                       0.5 * std::sin(2 * M_PI * tones[1] * t) +
                                       0.3 * std::sin(2 * M_PI * tones[2] * t));
            value += 0.5f * noise(rng) * float(std::exp(-sinceBeat * 30));
            block[std::size_t(2 * i)] = value;
            block[std::size_t(2 * i + 1)] = 0.9f * value;
        }
        sf_writef_float(file, block.data(), count);
    }
    return sf_close(file) == 0;
}

std::optional<double> timeOfLine(const Outcome& o, const char* containing, int occurrence = 1)
{
    for (const auto& [at, line] : o.lines)
        if (line.find(containing) != std::string::npos && --occurrence == 0) return at;
    return std::nullopt;
}

std::optional<double> valueAfter(const Outcome& o, const char* key)
{
    for (const auto& [at, line] : o.lines) {
        const std::size_t found = line.find(key);
        if (found != std::string::npos) return std::atof(line.c_str() + found + std::strlen(key));
    }
    return std::nullopt;
}

std::string format(const char* name, std::optional<double> value)
{
    char text[96];
    if (value)
        std::snprintf(text, sizeof text, "%s=%.3f", name, *value);
    else
        std::snprintf(text, sizeof text, "%s=?", name);
    return text;
}

// An epoch's seconds at `threads`, from the times of the first and second epoch events of
// `train --json` (the first epoch's start is the split event).
Outcome trainEpochs(const std::string& cli, const std::string& data, const std::string& model,
                    int threads, int epochs)
{
    return run({cli, "--quiet", "train", "--model", "cnn", "--data", data, "--out", model,
                "--epochs", std::to_string(epochs), "--threads", std::to_string(threads), "--split",
                "random", "--json"});
}

std::optional<double> meanEpoch(const Outcome& o, int epochs)
{
    const std::optional<double> start = timeOfLine(o, "\"event\":\"split\"");
    const std::optional<double> last = timeOfLine(o, "\"event\":\"epoch\"", epochs);
    if (!start || !last) return std::nullopt;
    return (*last - *start) / epochs;
}

// Keeps the other core busy (a process spinning at normal priority) while it lives.
struct BusyCore
{
    pid_t pid = fork();
    BusyCore()
    {
        if (pid == 0)
            for (volatile unsigned long n = 0;; n = n + 1) {
            }
    }
    ~BusyCore()
    {
        if (pid > 0) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
};
} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : "0"; };
        if (a == "--files")
            options.files = std::atoi(next());
        else if (a == "--minutes")
            options.minutes = std::atof(next());
        else if (a == "--long-minutes")
            options.longMinutes = std::atof(next());
        else if (a == "--runs")
            options.runs = std::atoi(next());
        else if (a == "--epochs")
            options.epochs = std::max(1, std::atoi(next()));
        else if (a == "--dir")
            options.dir = QString::fromLocal8Bit(next());
        else if (a == "--keep")
            options.keep = true;
        else if (a == "--full") {
            options.files = 120;
            options.minutes = 15;
            options.longMinutes = 180;
            options.runs = 24;
        } else {
            std::fprintf(stderr, "usage: scale_benchmark [--files N] [--minutes M] "
                                 "[--long-minutes M] [--runs N] [--epochs N] [--dir DIR] [--keep] "
                                 "[--full]\n");
            return 2;
        }
    }
    QTemporaryDir temporary;
    temporary.setAutoRemove(!options.keep);
    const QDir root(options.dir.isEmpty() ? temporary.path() : options.dir);
    if (!root.mkpath(QStringLiteral("audio")) || !root.mkpath(QStringLiteral("long"))) return 1;
    const std::string cli = HHS_CLI_PATH;
    const std::string project = root.filePath(QStringLiteral("프로젝트.hhs")).toStdString();
    const std::string data = root.filePath(QStringLiteral("data.json")).toStdString();
    const std::string model = root.filePath(QStringLiteral("model.hhsmodel")).toStdString();
    const QString longFile = root.filePath(QStringLiteral("long/[킬링벌스] 긴 녹음.wav"));

    std::printf("project: %d files of %.1f minutes (44.1 kHz stereo 16-bit), one of %.1f "
                "minutes, %d runs, in %s\n",
                options.files, options.minutes, options.longMinutes, options.runs,
                qPrintable(root.path()));
    const auto made = Clock::now();
    const QStringList styles = {QStringLiteral("boom bap"), QStringLiteral("trap"),
                                QStringLiteral("singing")};
    for (int i = 0; i < options.files; ++i) {
        const QString style = styles[i % styles.size()];
        root.mkpath(QStringLiteral("audio/") + style);
        const QString path = root.filePath(QStringLiteral("audio/%1/곡 %2.wav").arg(style).arg(i));
        if (!writeRecording(path, options.minutes, unsigned(i + 1))) return 1;
    }
    if (!writeRecording(longFile, options.longMinutes, 9999)) return 1;
    std::printf("made the audio in %.1f s\n",
                std::chrono::duration<double>(Clock::now() - made).count());

    const std::string audio = root.filePath(QStringLiteral("audio")).toStdString();
    print("import",
          run({cli, "--project", project, "--quiet", "import", audio, "--classes-from-folders"}));
    print("export-json (first)", run({cli, "--project", project, "--quiet", "export-json", data}));
    print("export-json (second)", run({cli, "--project", project, "--quiet", "export-json", data}));

    // Train from the project's labels, as the Train button does: how long until it learns.
    const Outcome trained = run({cli, "--project", project, "--quiet", "train", "--model", "cnn",
                                 "--out", model, "--epochs", "1", "--json"});
    print("train (1 epoch, project)", trained,
          format("first_epoch_starts_s", timeOfLine(trained, "\"event\":\"split\"")));

    for (int threads : {1, 2}) {
        const Outcome quiet = trainEpochs(cli, data, model + ".q", threads, options.epochs);
        print(threads == 1 ? "epoch, quiet, 1 thread" : "epoch, quiet, 2 threads", quiet,
              format("epoch_s", meanEpoch(quiet, options.epochs)));
    }
    for (int threads : {1, 2}) {
        const BusyCore busy;
        const Outcome loaded = trainEpochs(cli, data, model + ".b", threads, options.epochs);
        print(threads == 1 ? "epoch, busy, 1 thread" : "epoch, busy, 2 threads", loaded,
              format("epoch_s", meanEpoch(loaded, options.epochs)));
    }

    // N runs: the trained one again and again, details and all.
    {
        Result<std::unique_ptr<Project>> opened = Project::open(QString::fromStdString(project));
        if (!opened) return 1;
        Result<std::vector<RunRecord>> runs = (*opened)->runs();
        if (!runs || runs->empty()) return 1;
        Result<std::optional<RunRecord>> first = (*opened)->run(runs->front().id);
        if (!first || !*first) return 1;
        for (int i = int(runs->size()); i < options.runs; ++i)
            (void)(*opened)->addRun(**first);
    }
    print("runs (list)", run({cli, "--project", project, "--quiet", "runs"}),
          "runs=" + std::to_string(options.runs));
#ifdef HHS_STUDIO_PATH
    // Twice: the first visit decodes the track (and keeps it in the benchmark's own cache
    // folder), the second reads it from there, as reopening the project does.
    const std::string cacheHome =
        "XDG_CACHE_HOME=" + root.filePath(QStringLiteral("cache")).toStdString();
    for (const char* stage : {"studio start-up", "studio, track decoded before"}) {
        const Outcome studio = run({HHS_STUDIO_PATH, project, "--timings"},
                                   {"QT_QPA_PLATFORM=offscreen", "HHS_NO_DIALOGS=1", cacheHome});
        const std::optional<double> window = valueAfter(studio, "window_s=");
        const std::optional<double> waveform = valueAfter(studio, "waveform_s=");
        const std::optional<double> mfcc = valueAfter(studio, "mfcc_s=");
        print(stage, studio,
              format("window_s", window) + " " +
                  format("track_waveform_s", waveform && window
                                                 ? std::optional<double>(*waveform - *window)
                                                 : std::nullopt) +
                  " " +
                  format("track_mfcc_s",
                         mfcc && window ? std::optional<double>(*mfcc - *window) : std::nullopt));
    }
#endif
    const double editAt = options.minutes * 60 * 0.4; // inside track 1's whole-file label
    print("label (one edit)",
          run({cli, "--project", project, "--quiet", "label", "1", std::to_string(editAt),
               std::to_string(editAt + 2.5), "trap", "--trim"}));
    print("predict (long file)", run({cli, "--quiet", "predict", model, longFile.toStdString()}),
          "minutes=" + std::to_string(int(options.longMinutes)));
    print("mfcc (long file)",
          run({cli, "--quiet", "mfcc", longFile.toStdString(), "--segment-seconds", "3"}));
    return 0;
}
