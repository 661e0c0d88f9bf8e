#include "jobs/job.h"

#include <QCoreApplication>
#include <algorithm>

namespace hhs {

void JobControl::report(double fraction, const QString& stage) const
{
    if (m_progress) m_progress(std::clamp(fraction, 0.0, 1.0), stage);
}

JobControl JobControl::part(double begin, double end, const QString& stage) const
{
    if (!m_progress) return JobControl({}, m_cancel);
    ProgressCallback outer = m_progress;
    return JobControl(
        [outer, begin, end, stage](double fraction, const QString& partStage) {
            outer(begin + (end - begin) * std::clamp(fraction, 0.0, 1.0),
                  stage.isEmpty() ? partStage : stage);
        },
        m_cancel);
}

Error cancelledError()
{
    return makeError(cancelledMessage(), ErrorKind::Cancelled);
}

QString cancelledMessage()
{
    return QCoreApplication::translate("hhs::Job", "cancelled");
}

} // namespace hhs
