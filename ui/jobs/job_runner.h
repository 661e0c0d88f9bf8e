// JobRunner: runs core's long jobs (import, loading, MFCC, export) on a thread pool and hands
// their results back to the GUI thread as values. A job receives a JobControl whose progress
// is throttled and forwarded, on the GUI thread, to the job's own progress handler and (for
// visible jobs) to jobProgress(); this is the one way work reports to the GUI. cancel() stops
// every visible job. Results and progress arrive through queued calls, never processEvents. Create,
// start jobs and destroy on the GUI thread; the destructor cancels what still runs and waits for
// it.
#pragma once

#include "jobs/job.h"
#include "jobs/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace hhs::ui {

class JobRunner : public QObject
{
    Q_OBJECT
public:
    // How a job shows itself: Visible jobs drive the progress panel and its Cancel button;
    // Background jobs (MFCC tiles, file checks) only run.
    enum class Kind { Visible, Background };
    // Where a job runs: Shared jobs (loading, import, export, MFCC) take turns on one pool;
    // Long jobs (training, prediction) get threads of their own, so a training of many
    // minutes never holds up loading the track the user clicks meanwhile.
    enum class Lane { Shared, Long };

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Called on the GUI thread with a job's throttled progress (at most every 50 ms, and the
    // report of 1.0 always), before its `done`.
    using ProgressHandler = std::function<void(double fraction, const QString& stage)>;

    // Runs `work` on a pool thread; `done` gets its result on the GUI thread (not called when
    // the runner is destroyed first). Exceptions thrown by `work` become errors.
    template <typename T>
    std::shared_ptr<CancelToken>
    start(const QString& title, std::function<Result<T>(const JobControl&)> work,
          std::function<void(Result<T>)> done, Kind kind = Kind::Visible, Lane lane = Lane::Shared,
          ProgressHandler onProgress = {});

    int visibleJobs() const { return m_visibleJobs; }
    // Waits until every job has finished (tests and shutdown only; blocks the caller).
    void waitForIdle();
    // Called first on a job's thread: lowers the thread's scheduling priority (nice), so the
    // GUI thread stays ahead of the work on a busy machine.
    static void yieldToGui();

public Q_SLOTS:
    // Cancels every visible job (the Cancel button).
    void cancel();

Q_SIGNALS:
    // Visible jobs only; `job` tells running jobs apart (a number unique in this runner).
    void jobStarted(int job, const QString& title);
    void jobProgress(int job, double fraction, const QString& stage);
    // ok is false for failures and cancellations; message is the error's text.
    void jobFinished(int job, const QString& title, bool ok, const QString& message);
    void idle();

private:
    struct Running
    {
        int id = 0;
        CancelToken token;
        Kind kind = Kind::Visible;
        ProgressHandler onProgress; // GUI thread only
        std::atomic<qint64> lastReportMs{-1000};
    };
    ProgressCallback progressFor(const std::shared_ptr<Running>& running);
    void begin(const std::shared_ptr<Running>& running, const QString& title);
    void end(const std::shared_ptr<Running>& running, const QString& title, bool ok,
             const QString& message);

    QThreadPool m_pool;
    QThreadPool m_longPool;
    QElapsedTimer m_clock;
    std::vector<std::shared_ptr<Running>> m_running;
    int m_visibleJobs = 0;
    int m_nextId = 1;
};

template <typename T>
std::shared_ptr<CancelToken> JobRunner::start(const QString& title,
                                              std::function<Result<T>(const JobControl&)> work,
                                              std::function<void(Result<T>)> done, Kind kind,
                                              Lane lane, ProgressHandler onProgress)
{
    auto running = std::make_shared<Running>();
    running->kind = kind;
    running->onProgress = std::move(onProgress);
    begin(running, title);
    const JobControl control(progressFor(running), &running->token);
    QThreadPool& pool = lane == Lane::Long ? m_longPool : m_pool;
    pool.start([this, running, control, title, work = std::move(work), done = std::move(done)]() {
        yieldToGui();
        auto result = std::make_shared<Result<T>>(makeError(QString()));
        try {
            *result = work(control);
        } catch (const std::exception& e) {
            *result = Result<T>(
                makeError(title + QStringLiteral(": ") + QString::fromLocal8Bit(e.what())));
        } catch (...) {
            *result = Result<T>(makeError(title + QStringLiteral(": unexpected failure")));
        }
        QMetaObject::invokeMethod(
            this,
            [this, running, title, result, done]() {
                const bool ok = result->ok();
                const QString message = ok ? QString() : result->message();
                if (done) done(std::move(*result));
                end(running, title, ok, message);
            },
            Qt::QueuedConnection);
    });
    return std::shared_ptr<CancelToken>(running, &running->token);
}

} // namespace hhs::ui
