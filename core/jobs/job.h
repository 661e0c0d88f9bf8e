// Progress reporting and cancellation for long work (import, features, export, training,
// prediction). A job takes a JobControl, calls report() now and then and checks cancelled()
// between blocks. The UI adapts the callback to a progress bar; the CLI prints it.
// CancelToken is thread-safe; the progress callback runs on the job's own thread.
#pragma once

#include "jobs/result.h"

#include <QString>
#include <atomic>
#include <functional>

namespace hhs {

class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// fraction in [0, 1]; stage is a short translated description ("Decoding", "Training").
using ProgressCallback = std::function<void(double fraction, const QString& stage)>;

class JobControl
{
public:
    JobControl() = default;
    JobControl(ProgressCallback progress, const CancelToken* cancel = nullptr)
        : m_progress(std::move(progress)), m_cancel(cancel)
    {}

    void report(double fraction, const QString& stage = {}) const;
    bool cancelled() const { return m_cancel && m_cancel->isCancelled(); }

    // A control for one part of a larger job: fractions map into [begin, end]. With a stage, the
    // part's reports all show it (work that is one stage to the user, whatever its parts say).
    JobControl part(double begin, double end, const QString& stage = {}) const;

private:
    ProgressCallback m_progress;
    const CancelToken* m_cancel = nullptr;
};

// The message every job returns when it stops because it was cancelled.
QString cancelledMessage();
// That error, of kind Cancelled: what a job returns when it stops because it was cancelled.
Error cancelledError();

} // namespace hhs
