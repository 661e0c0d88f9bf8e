// ProgressPanel: the status-bar strip that shows each running visible job (its title, stage and
// a progress bar of its own, side by side) with one Cancel button for them all, and hides itself
// when nothing runs. GUI thread only.
#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace hhs::ui {

class JobRunner;

class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(JobRunner* runner, QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }
    // The bar of a running visible job (nullptr when it is not running); for tests.
    QProgressBar* bar(int job) const;
    int shownJobs() const { return int(m_jobs.size()); }

private:
    struct Shown
    {
        QString title;
        QWidget* row = nullptr;
        QLabel* label = nullptr;
        QProgressBar* bar = nullptr;
    };
    void onStarted(int job, const QString& title);
    void onProgress(int job, double fraction, const QString& stage);
    void onFinished(int job);

    QHBoxLayout* m_rows;
    QPushButton* m_cancel;
    QHash<int, Shown> m_jobs;
};

} // namespace hhs::ui
