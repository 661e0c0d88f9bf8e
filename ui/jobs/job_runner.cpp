#include "jobs/job_runner.h"

#include <algorithm>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace hhs::ui {
namespace {
// At most one progress message per this many milliseconds per job (the bar needs no more).
constexpr qint64 kProgressIntervalMs = 50;
// Jobs run this much nicer than the GUI thread (Linux schedules threads by their own nice).
constexpr int kJobNiceness = 5;
// Training and a prediction queue may run at once, beside the shared pool.
constexpr int kLongJobThreads = 2;
} // namespace

void JobRunner::yieldToGui()
{
    thread_local bool lowered = false;
    if (lowered) return;
    lowered = true;
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, thread, std::max(getpriority(PRIO_PROCESS, thread), kJobNiceness));
}

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    // Two cores are common; one thread stays free for the GUI and the audio output.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_longPool.setMaxThreadCount(kLongJobThreads);
    m_clock.start();
}

JobRunner::~JobRunner()
{
    for (const auto& running : m_running)
        running->token.cancel();
    m_pool.waitForDone();
    m_longPool.waitForDone();
}

void JobRunner::waitForIdle()
{
    m_pool.waitForDone();
    m_longPool.waitForDone();
}

void JobRunner::cancel()
{
    for (const auto& running : m_running)
        if (running->kind == Kind::Visible) running->token.cancel();
}

ProgressCallback JobRunner::progressFor(const std::shared_ptr<Running>& running)
{
    if (running->kind != Kind::Visible && !running->onProgress) return {};
    // Runs on the job's thread: throttle there, then hop to the GUI thread with values.
    const QElapsedTimer* clock = &m_clock;
    return [this, running, clock](double fraction, const QString& stage) {
        const qint64 now = clock->elapsed();
        qint64 last = running->lastReportMs.load();
        if (now - last < kProgressIntervalMs && fraction < 1.0) return;
        if (!running->lastReportMs.compare_exchange_strong(last, now)) return;
        QMetaObject::invokeMethod(
            this,
            [this, running, fraction, stage]() {
                if (running->onProgress) running->onProgress(fraction, stage);
                if (running->kind == Kind::Visible)
                    Q_EMIT jobProgress(running->id, fraction, stage);
            },
            Qt::QueuedConnection);
    };
}

void JobRunner::begin(const std::shared_ptr<Running>& running, const QString& title)
{
    running->id = m_nextId++;
    m_running.push_back(running);
    if (running->kind == Kind::Visible) {
        ++m_visibleJobs;
        Q_EMIT jobStarted(running->id, title);
    }
}

void JobRunner::end(const std::shared_ptr<Running>& running, const QString& title, bool ok,
                    const QString& message)
{
    m_running.erase(std::remove(m_running.begin(), m_running.end(), running), m_running.end());
    if (running->kind == Kind::Visible) {
        --m_visibleJobs;
        Q_EMIT jobFinished(running->id, title, ok, message);
    }
    if (m_running.empty()) Q_EMIT idle();
}

} // namespace hhs::ui
