#include "jobs/progress_panel.h"

#include "jobs/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace hhs::ui {

ProgressPanel::ProgressPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent), m_runner(runner), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    connect(m_cancel, &QPushButton::clicked, runner, &JobRunner::cancel);
    connect(runner, &JobRunner::jobStarted, this, &ProgressPanel::onStarted);
    connect(runner, &JobRunner::jobProgress, this, &ProgressPanel::onProgress);
    connect(runner, &JobRunner::jobFinished, this, &ProgressPanel::onFinished);
    hide();
}

void ProgressPanel::onStarted(const QString& title)
{
    m_title = title;
    m_label->setText(title);
    m_bar->setValue(0);
    show();
}

void ProgressPanel::onProgress(double fraction, const QString& stage)
{
    m_bar->setValue(int(fraction * 1000));
    m_label->setText(stage.isEmpty() ? m_title : tr("%1: %2").arg(m_title, stage));
}

void ProgressPanel::onFinished()
{
    if (m_runner->visibleJobs() == 0) hide();
}

} // namespace hhs::ui
