#include "jobs/progress_panel.h"

#include "jobs/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace hhs::ui {
namespace {
constexpr int kBarWidth = 160;
constexpr int kLabelWidth = 280; // longer titles are elided; the tooltip has all of it
} // namespace

ProgressPanel::ProgressPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_rows(new QHBoxLayout), m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(m_cancel);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setToolTip(tr("Stop the imports, exports and predictions shown here."));
    connect(m_cancel, &QPushButton::clicked, runner, &JobRunner::cancel);
    connect(runner, &JobRunner::jobStarted, this, &ProgressPanel::onStarted);
    connect(runner, &JobRunner::jobProgress, this, &ProgressPanel::onProgress);
    connect(runner, &JobRunner::jobFinished, this,
            [this](int job, const QString&, bool, const QString&) { onFinished(job); });
    hide();
}

QProgressBar* ProgressPanel::bar(int job) const
{
    const auto found = m_jobs.constFind(job);
    return found == m_jobs.constEnd() ? nullptr : found->bar;
}

void ProgressPanel::onStarted(int job, const QString& title)
{
    Shown shown;
    shown.title = title;
    shown.row = new QWidget(this);
    auto* row = new QHBoxLayout(shown.row);
    row->setContentsMargins(0, 0, 6, 0);
    shown.label = new QLabel(shown.row);
    shown.label->setMaximumWidth(kLabelWidth);
    shown.bar = new QProgressBar(shown.row);
    shown.bar->setRange(0, 1000);
    shown.bar->setValue(0);
    shown.bar->setMaximumWidth(kBarWidth);
    shown.bar->setTextVisible(false);
    row->addWidget(shown.label);
    row->addWidget(shown.bar);
    m_rows->addWidget(shown.row);
    m_jobs.insert(job, shown);
    onProgress(job, 0, QString());
    show();
}

void ProgressPanel::onProgress(int job, double fraction, const QString& stage)
{
    const auto found = m_jobs.constFind(job);
    if (found == m_jobs.constEnd()) return;
    found->bar->setValue(int(fraction * 1000));
    const QString text = stage.isEmpty() ? found->title : tr("%1: %2").arg(found->title, stage);
    found->label->setToolTip(text);
    found->label->setText(
        found->label->fontMetrics().elidedText(text, Qt::ElideMiddle, kLabelWidth));
}

void ProgressPanel::onFinished(int job)
{
    const Shown shown = m_jobs.take(job);
    if (shown.row) shown.row->deleteLater();
    if (m_jobs.isEmpty()) hide();
}

} // namespace hhs::ui
